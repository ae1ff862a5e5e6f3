/**
 * A small static server for the built guidance site (site/dist), bound to 127.0.0.1.
 * `--port <n>` or `--port=<n>` (else `PORT`, else 4321; startArguments), `--quiet` (no request
 * log); any other argument is refused with one sentence. Prints `Guidance site: <address>` once
 * it listens. Unknown paths get the 404 page of their language (`/de/…` → de/404/), or the
 * root 404 page, with status 404.
 * A request it cannot read (a malformed request line or target) gets 400, and the server
 * keeps serving. Sends the site's security headers (site/src/lib/security.ts) with every
 * response. No dependencies; never serves anything outside site/dist.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../site/src/lib/security.ts';
import { localPort, localSiteUrl, parsePort, PortError } from '../config/site-url.ts';

export const SITE_DIST = resolve(fileURLToPath(new URL('../site/dist', import.meta.url)));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  // Pagefind's index files.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const LANGUAGE_PREFIX = /^\/(de|en|zh)(\/|$)/;

/** The file for a URL path inside `root`, or undefined (missing, or outside root). */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const target = normalize(join(root, decoded));
  if (target !== root && !target.startsWith(root + sep)) return undefined;
  const candidates = decoded.endsWith('/')
    ? [join(target, 'index.html')]
    : [target, join(target, 'index.html')];
  for (const file of candidates) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** The 404 page for a path: the one of its language, else the root one. */
export function notFoundFile(root: string, urlPath: string): string | undefined {
  const language = LANGUAGE_PREFIX.exec(urlPath)?.[1];
  const file = language ? join(root, language, '404', 'index.html') : join(root, '404.html');
  return existsSync(file) ? file : undefined;
}

/** The request target as a URL, or undefined when it is not one (`http://[`, `//`, …). */
function targetOf(raw: string | undefined): URL | undefined {
  if (!raw || (!raw.startsWith('/') && !/^https?:\/\//i.test(raw))) return undefined;
  try {
    return new URL(raw, 'http://127.0.0.1');
  } catch {
    return undefined;
  }
}

export function createSiteServer(root: string = SITE_DIST, log = false): Server {
  const server = createServer((request, response) => {
    const url = targetOf(request.url);
    if (!url) {
      if (log) console.log(`400 ${request.method} ${request.url}`);
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let file = resolveFile(root, url.pathname);
    // A directory without its trailing slash: redirect, so relative URLs keep working.
    if (
      file &&
      !url.pathname.endsWith('/') &&
      file.endsWith(`${sep}index.html`) &&
      extname(url.pathname) === ''
    ) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      file = notFoundFile(root, url.pathname);
    }
    if (log) console.log(`${status} ${request.method} ${url.pathname}`);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(status, {
      'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      // frame-ancestors and the rest that a <meta> cannot carry (site/src/lib/security.ts).
      ...securityHeaders(url.pathname),
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file)
      .on('error', () => response.destroy())
      .pipe(response);
  });
  // What the HTTP parser cannot read (a broken request line, header or encoding): 400 where
  // the connection still takes an answer, and the server goes on.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

/** True when nothing listens on `port` of 127.0.0.1 (the server could take it). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const probe = createNetServer();
    probe.once('error', () => resolvePromise(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePromise(true)));
  });
}

/** The first free port after `port` (up to 100 further), for the message about a busy one. */
export async function freePortAfter(port: number): Promise<number | undefined> {
  for (let candidate = port + 1; candidate <= Math.min(port + 100, 65535); candidate++)
    if (await portIsFree(candidate)) return candidate;
  return undefined;
}

/** The one sentence for a busy port, naming a free one to use instead. */
export async function busyPortMessage(port: number): Promise<string> {
  const free = await freePortAfter(port);
  return free
    ? `Port ${port} is already in use on this machine; start on a free one with "npm start -- --port ${free}".`
    : `Port ${port} and the 100 after it are in use on this machine; choose another with "npm start -- --port <number>".`;
}

/** The spellings of a port on the command line, for the messages. */
const PORT_SPELLINGS = '--port <number> or --port=<number>';

/**
 * The port and switches asked for on the command line of `command` ("npm start", "npm run
 * serve"). The port: `--port N` or `--port=N` among `args`; else npm's `npm_config_port` (npm
 * keeps `--port` given without `--` for itself: `npm start --port=N` arrives as
 * npm_config_port=N, `npm start --port N` as npm_config_port=true with N as an argument); else
 * `PORT`; else 4321. Anything else among `args` but the `switches` is refused. Throws
 * PortError with one sentence naming what was wrong and what is allowed.
 */
export function startArguments(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  switches: readonly string[] = [],
): { port: number; switches: ReadonlySet<string> } {
  const others = switches.map((name) => ` and ${name}`).join('');
  const example = `for example "${command} -- --port 8080"`;
  const given = new Set<string>();
  const ports: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--port') {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('-'))
        throw new PortError(`--port needs a number after it, ${example}.`);
      ports.push(value);
      i++;
    } else if (arg.startsWith('--port=')) ports.push(arg.slice('--port='.length));
    else if (switches.includes(arg)) given.add(arg);
    else rest.push(arg);
  }
  // npm took `--port` for itself and left its number as an argument.
  const npmPort = env.npm_config_port?.trim();
  if (ports.length === 0 && npmPort === 'true') {
    const value = rest.shift();
    if (value === undefined || !/^\d+$/.test(value))
      throw new PortError(`--port needs a number after it, ${example}.`);
    ports.push(value);
  } else if (ports.length === 0 && npmPort !== undefined) {
    if (npmPort === '' || npmPort === 'false')
      throw new PortError(`--port needs a number after it, ${example}.`);
    ports.push(npmPort);
  }
  if (rest.length > 0)
    throw new PortError(
      `${command} does not know the argument "${rest[0]}"; it takes ${PORT_SPELLINGS} (or PORT=<number> before the command)${others}, ${example}.`,
    );
  if (ports.length > 1)
    throw new PortError(
      `--port is given ${ports.length} times (${ports.join(', ')}); give it once, ${example}.`,
    );
  const port = ports[0] === undefined ? localPort(env) : parsePort(ports[0], '--port');
  return { port, switches: given };
}

/**
 * Serves `root` on 127.0.0.1:`port`. Resolves with the server once it listens; on a busy port
 * rejects with PortError carrying the sentence that names a free port.
 */
export function serveSite(port: number, options: { root?: string; log?: boolean } = {}) {
  const server = createSiteServer(options.root ?? SITE_DIST, options.log ?? false);
  return new Promise<Server>((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        void busyPortMessage(port).then((message) => reject(new PortError(message)));
      else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

async function main(): Promise<void> {
  try {
    const { port, switches } = startArguments('npm run serve', process.argv.slice(2), process.env, [
      '--quiet',
    ]);
    const quiet = switches.has('--quiet');
    if (!existsSync(join(SITE_DIST, 'index.html'))) {
      console.error(`No built site in ${SITE_DIST}. Run "npm run build:site" first.`);
      process.exit(1);
    }
    await serveSite(port, { log: !quiet });
    console.log(`Guidance site: ${localSiteUrl(port)}`);
  } catch (error) {
    if (!(error instanceof PortError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();

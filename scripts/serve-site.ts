/**
 * A small static server for the built guidance site (site/dist), bound to 127.0.0.1.
 * `--port <n>` (default 4321), `--quiet` (no request log). Unknown paths get the 404 page of
 * their language (`/de/…` → de/404/), or the root 404 page, with status 404.
 * Sends the site's security headers (site/src/lib/security.ts) with every response.
 * No dependencies; never serves anything outside site/dist.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../site/src/lib/security.ts';

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

export function createSiteServer(root: string = SITE_DIST, log = false): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
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
    createReadStream(file).pipe(response);
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : 4321;
  const quiet = args.includes('--quiet');
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port needs a number between 0 and 65535, not "${args[portArg + 1]}".`);
    process.exit(2);
  }
  if (!existsSync(join(SITE_DIST, 'index.html'))) {
    console.error(`No built site in ${SITE_DIST}. Run "npm run build:site" first.`);
    process.exit(1);
  }
  const server = createSiteServer(SITE_DIST, !quiet);
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`Guidance site: http://127.0.0.1:${actual}/`);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

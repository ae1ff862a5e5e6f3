import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSiteServer, serveSite, startArguments } from '../../scripts/serve-site.ts';
import { start } from '../../scripts/start.ts';
import { PortError, siteUrl } from '../../config/site-url.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** A tiny built site: a home page, a page in a language and its 404 page. */
let site: string;
let server: Server;
let port: number;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'serve-site-test-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(site, '404.html'), '<!doctype html><title>not found</title>');
  mkdirSync(join(site, 'en', '404'), { recursive: true });
  writeFileSync(join(site, 'en', '404', 'index.html'), '<!doctype html><title>404 en</title>');
  server = createSiteServer(site);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(site, { recursive: true, force: true });
});

/** The port a busy-port sentence suggests is another one, and one this machine can listen on. */
async function expectFreeSuggestion(sentence: string): Promise<void> {
  const suggested = Number(/--port (\d+)"/.exec(sentence)?.[1]);
  expect(suggested).not.toBe(port);
  const probe = createNetServer();
  await new Promise<void>((done, fail) => {
    probe.once('error', fail);
    probe.listen(suggested, '127.0.0.1', done);
  });
  await new Promise((done) => probe.close(done));
}

/**
 * Sends raw bytes to the server on 127.0.0.1 and resolves with the status of its answer
 * (0 when it closed the connection without one). With `close`, the client says it sends
 * nothing more (half-close), as a client does that gives up on a request it did not finish.
 */
function send(raw: string, close = false): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const finish = () => {
      socket.destroy();
      const status = /^HTTP\/1\.1 (\d{3})/.exec(received)?.[1];
      resolvePromise(status ? Number(status) : 0);
    };
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      received += chunk;
      if (received.includes('\r\n')) finish();
    });
    socket.on('end', finish);
    socket.on('error', (error: NodeJS.ErrnoException) =>
      // The server may close a connection it cannot read before the rest arrives.
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? finish() : reject(error),
    );
    if (close) socket.end(raw, 'latin1');
    else socket.write(raw, 'latin1');
  });
}

/** Methods HTTP/1.1's parser reads (case matters: "get" is not one). */
const KNOWN_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'OPTIONS']);

/**
 * True when a request line is one HTTP/1.x can read: a method it knows, a target of visible
 * ASCII characters (no space, control character or byte above 0x7E), and HTTP/1.0 or HTTP/1.1.
 * Every other complete request line is malformed and must get 400.
 */
function readableRequestLine(method: string, target: string, version: string): boolean {
  return (
    KNOWN_METHODS.has(method) &&
    /^[\x21-\x7e]+$/.test(target) &&
    (version === 'HTTP/1.1' || version === 'HTTP/1.0')
  );
}

/** A port nothing listens on now: the one the system hands out for port 0, given back. */
async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port: free } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return free;
}

describe('the local server (npm start)', () => {
  it('answers a malformed request with 400 and keeps serving', async () => {
    expect(await send('GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(400);
    expect(await send('GET * HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(400);
    expect(await send('GET /%E0%A4%A HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(404);
    expect(await send('\u0000\u0001 garbage\r\n\r\n')).toBe(400);
    expect(await send('GET / HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(200);
    expect(await send('GET /en/nothing HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(404);
  });

  it('answers thousands of random request lines, each malformed one with 400, and keeps serving', async () => {
    const methods = fc.constantFrom('GET', 'HEAD', 'POST', 'OPTIONS', 'G ET', '', 'get');
    const targets = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string({ maxLength: 30 }).map((s) => `/${s}`),
      fc.constantFrom(
        'http://[',
        '//',
        '/..%2f..%2fetc/passwd',
        '/%00',
        '*',
        '/en/',
        'http://[::1',
      ),
    );
    const versions = fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/9.9', '', 'HTTP/1.1 extra');
    let malformed = 0;
    await fc.assert(
      fc.asyncProperty(methods, targets, versions, async (method, target, version) => {
        // A complete request: the line, a Host header and the empty line that ends the head.
        const status = await send(`${method} ${target} ${version}\r\nHost: x\r\n\r\n`);
        // Bytes are sent as latin1: what the server sees of the target.
        const sent = Buffer.from(target, 'latin1').toString('latin1');
        if (readableRequestLine(method, sent, version)) {
          // A page, a redirect, a refused method, or 400 for a target that is no URL (`*`, `http://[`).
          expect([200, 301, 400, 404, 405]).toContain(status);
        } else {
          malformed++;
          expect(status).toBe(400);
        }
      }),
      { numRuns: 3000, seed: 17 },
    );
    // The generators reach malformed lines often enough for the 400 rule to be tested.
    expect(malformed).toBeGreaterThan(1000);
    expect(await send('GET / HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(200);
  });

  it('may leave unanswered only a request whose head never ends, and keeps serving', async () => {
    // Bytes cut anywhere before the empty line that ends the head: HTTP has no answer for a
    // request that is not there yet; a 400 is fine too, a crash or a page is not.
    const complete = fc
      .tuple(
        fc.constantFrom('GET', 'HEAD', 'POST', 'get'),
        fc.oneof(
          fc.constantFrom('/', '/en/', 'http://[', '*'),
          // No line break: the head must not end early inside the target.
          fc.string({ maxLength: 20 }).filter((s) => !/[\r\n]/.test(s)),
        ),
      )
      .map(([method, target]) => `${method} ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
    await fc.assert(
      fc.asyncProperty(
        complete.chain((raw) => fc.nat({ max: raw.length - 1 }).map((cut) => raw.slice(0, cut))),
        async (head) => {
          expect([0, 400]).toContain(await send(head, true));
        },
      ),
      { numRuns: 300, seed: 17 },
    );
    expect(await send('GET / HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(200);
  });

  it('a busy port ends in one sentence naming a free port', async () => {
    const error = await serveSite(port, { root: site }).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(
      new RegExp(
        `^Port ${port} is already in use on this machine; start on a free one with "npm start -- --port \\d+"\\.$`,
      ),
    );
    await expectFreeSuggestion(message);
  });

  it('takes the port from --port N or --port=N, npm’s npm_config_port, PORT, else 4321', () => {
    const port = (args: string[], env: NodeJS.ProcessEnv = {}) =>
      startArguments('npm start', args, env).port;
    expect(port(['--port', '8080'], { PORT: '9090' })).toBe(8080);
    expect(port(['--port=8081'], { PORT: '9090' })).toBe(8081);
    // npm start --port=8082 (npm keeps --port for itself without "--").
    expect(port([], { npm_config_port: '8082', PORT: '9090' })).toBe(8082);
    // npm start --port 8083: npm sets npm_config_port=true and passes the number on.
    expect(port(['8083'], { npm_config_port: 'true' })).toBe(8083);
    expect(port([], { PORT: '9090' })).toBe(9090);
    expect(port([])).toBe(4321);
    expect(startArguments('npm run serve', ['--quiet', '--port=1'], {}, ['--quiet'])).toEqual({
      port: 1,
      switches: new Set(['--quiet']),
    });
  });

  it('refuses a bad port or an unknown argument in one sentence naming what is allowed', () => {
    const refusal = (args: string[], env: NodeJS.ProcessEnv = {}) => {
      try {
        startArguments('npm start', args, env);
      } catch (error) {
        expect(error).toBeInstanceOf(PortError);
        return (error as PortError).message;
      }
      throw new Error(`${args.join(' ')} was accepted`);
    };
    const example = 'for example "npm start -- --port 8080".';
    expect(refusal(['--port'])).toBe(`--port needs a number after it, ${example}`);
    expect(refusal(['--port', '--quiet'])).toBe(`--port needs a number after it, ${example}`);
    expect(refusal([], { npm_config_port: 'true' })).toBe(
      `--port needs a number after it, ${example}`,
    );
    expect(refusal(['--port', 'x'])).toBe(
      '--port must be a whole number from 1 to 65535, not "x".',
    );
    expect(refusal(['--port=0'])).toBe('--port must be a whole number from 1 to 65535, not "0".');
    expect(refusal([], { npm_config_port: '70000' })).toBe(
      '--port must be a whole number from 1 to 65535, not "70000".',
    );
    expect(refusal(['--port', '1', '--port=2'])).toBe(
      `--port is given 2 times (1, 2); give it once, ${example}`,
    );
    const unknown = (arg: string) =>
      `npm start does not know the argument "${arg}"; it takes --port <number> or --port=<number> (or PORT=<number> before the command), ${example}`;
    expect(refusal(['--prot', '8080'])).toBe(unknown('--prot'));
    expect(refusal(['8080'])).toBe(unknown('8080'));
    expect(refusal(['--quiet'])).toBe(unknown('--quiet'));
  });

  it('npm start on a free port builds for its address, serves there and ends with it', async () => {
    const free = await freePort();
    const builds: NodeJS.ProcessEnv[] = [];
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => printed.push(line));
    let started: Server | undefined;
    try {
      started = await start(
        ['--port', String(free)],
        { PATH: process.env.PATH, npm_config_port: 'true' },
        { build: (env) => builds.push(env), root: site },
      );
    } finally {
      log.mockRestore();
    }
    try {
      // The site's and the extension's links to the guide follow the port (config/site-url.ts).
      expect(builds).toHaveLength(1);
      expect(builds[0]!.PORT).toBe(String(free));
      expect(builds[0]!.npm_config_port).toBeUndefined();
      expect(siteUrl(builds[0])).toBe(`http://127.0.0.1:${free}/`);
      expect(printed.at(-1)).toBe(`Guidance site: http://127.0.0.1:${free}/`);
      const answer = await fetch(`http://127.0.0.1:${free}/`);
      expect(answer.status).toBe(200);
      expect(await answer.text()).toContain('<title>home</title>');
    } finally {
      await new Promise((done) => started?.close(done));
    }
  });

  it('npm start with an unknown argument stops before building, with one sentence', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts', '--port=8080', '--verbose'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^npm start does not know the argument "--verbose"; it takes --port/),
    ]);
  });

  it('npm start on a busy port stops before building, with the sentence and nothing else', async () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/start.ts', '--port', String(port)],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^Port ${port} is already in use.*--port \\d+"\\.$`)),
    ]);
    await expectFreeSuggestion(result.stderr);
  });
});

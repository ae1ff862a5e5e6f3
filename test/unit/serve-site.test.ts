import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer, requestedPort, serveSite } from '../../scripts/serve-site.ts';
import { PortError } from '../../config/site-url.ts';

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

/**
 * Sends raw bytes to the server on 127.0.0.1 and resolves with the status of its answer
 * (0 when it closed the connection without one).
 */
function send(raw: string): Promise<number> {
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
    socket.write(raw, 'latin1');
  });
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

  it('survives thousands of random request lines, answering each it can read', async () => {
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
    await fc.assert(
      fc.asyncProperty(methods, targets, versions, async (method, target, version) => {
        const status = await send(`${method} ${target} ${version}\r\nHost: x\r\n\r\n`);
        // An answer from the list, or a closed connection for bytes that are not HTTP at all.
        expect([0, 200, 301, 400, 404, 405, 505]).toContain(status);
      }),
      { numRuns: 3000, seed: 17 },
    );
    expect(await send('GET / HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(200);
  });

  it('a busy port ends in one sentence naming a free port', async () => {
    await expect(serveSite(port, { root: site })).rejects.toThrow(
      new RegExp(
        `^Port ${port} is already in use on this machine; start on a free one with "npm start -- --port \\d+"\\.$`,
      ),
    );
  });

  it('takes the port from --port, else PORT, else 4321, and names a bad one', () => {
    expect(requestedPort(['--port', '8080'], { PORT: '9090' })).toBe(8080);
    expect(requestedPort([], { PORT: '9090' })).toBe(9090);
    expect(requestedPort([], {})).toBe(4321);
    expect(() => requestedPort(['--port'], {})).toThrow(PortError);
    expect(() => requestedPort(['--port', 'x'], {})).toThrow(
      '--port must be a whole number from 1 to 65535, not "x".',
    );
  });

  it('npm start on a busy port stops before building, with the sentence and nothing else', () => {
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
  });
});

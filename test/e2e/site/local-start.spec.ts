import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The local server started on a port of one's choosing (`npm run serve -- --port=N`, which
 * `npm start` runs after its builds) serves the built site there and says so. The argument
 * rules and `npm start`'s builds for the port: test/unit/serve-site.test.ts.
 */

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** A port nothing listens on now: the one the system hands out for port 0, given back. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise((done) => probe.close(done));
  return port;
}

test('the server serves the built site on the port asked for and prints its address', async () => {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/serve-site.ts', `--port=${port}`, '--quiet'],
    // PORT names another port: the command line wins.
    { cwd: ROOT, env: { ...process.env, PORT: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    // The line it prints once it listens (its end before that fails the test).
    const first = await new Promise<string>((resolveLine, reject) => {
      let out = '';
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolveLine(out.split('\n')[0]!);
      });
      child.on('exit', (code) => reject(new Error(`The server ended with ${code}: ${out}${err}`)));
    });
    expect(first).toBe(`Guidance site: http://127.0.0.1:${port}/`);
    const page = await fetch(`http://127.0.0.1:${port}/en/extension/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('data-stores');
  } finally {
    child.kill();
  }
});

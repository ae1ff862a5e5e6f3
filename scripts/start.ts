/**
 * `npm start [-- --port <n>]` (or `PORT=<n> npm start`): builds the site and the extension for
 * the local address on that port (their links to the guide follow it, scripts/site-url.ts),
 * then serves the site there. The port is checked before the build, so a busy one costs no
 * build time and ends in one sentence naming a free port. The tools' own output is kept
 * back and shown only when a build fails; what is printed ends with the address.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { busyPortMessage, portIsFree, requestedPort, serveSite } from './serve-site.ts';
import { localSiteUrl, PortError } from '../config/site-url.ts';
import { NO_TELEMETRY } from './telemetry.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The build steps `npm run build` runs, each as its own npm script. */
const BUILD_STEPS = [
  { script: 'build:site', what: 'the site' },
  { script: 'build:extension', what: 'the extension' },
] as const;

/** Runs one npm script with its output kept; on failure prints that output and stops. */
function run(script: string, what: string, env: NodeJS.ProcessEnv): void {
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', script], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error(`Building ${what} failed (npm run ${script}); its output is above.`);
    process.exit(1);
  }
  console.log(`Built ${what} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

async function main(): Promise<void> {
  try {
    const port = requestedPort(process.argv.slice(2));
    if (!(await portIsFree(port))) throw new PortError(await busyPortMessage(port));
    const address = localSiteUrl(port);
    console.log(`Building the site and the extension for ${address} …`);
    // PORT reaches site/astro.config.mjs and extension/wxt.config.ts through siteUrl().
    const env = { ...process.env, ...NO_TELEMETRY, PORT: String(port) };
    for (const step of BUILD_STEPS) run(step.script, step.what, env);
    await serveSite(port);
    console.log(
      'Extension: extension/.output/chrome-mv3 and firefox-mv3 (README, "Load the extension")',
    );
    console.log(`Guidance site: ${address}`);
  } catch (error) {
    if (!(error instanceof PortError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

void main();

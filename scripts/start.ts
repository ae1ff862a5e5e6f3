/**
 * `npm start [-- --port <n>]` (or `PORT=<n> npm start`; `--port=<n>` and npm's own
 * `npm start --port <n>` work too, scripts/serve-site.ts startArguments): builds the site and
 * the extension for the local address on that port (their links to the guide follow it,
 * config/site-url.ts), then serves the site there. The port is checked before the build, so a
 * busy one costs no build time and ends in one sentence naming a free port; so does an
 * argument it does not know. The tools' own output is kept back and shown only when a build
 * fails; what is printed ends with the address.
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { busyPortMessage, portIsFree, serveSite, SITE_DIST, startArguments } from './serve-site.ts';
import { localSiteUrl, PortError, siteUrl } from '../config/site-url.ts';
import { NO_TELEMETRY } from './telemetry.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The build steps `npm run build` runs, each as its own npm script. */
const BUILD_STEPS = [
  { script: 'build:site', what: 'the site' },
  { script: 'build:extension', what: 'the extension' },
] as const;

/** A build step that failed; its message says which, after the tools' output. */
export class BuildError extends Error {
  override name = 'BuildError';
}

/** Runs one npm script with its output kept; on failure prints that output and throws. */
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
    throw new BuildError(`Building ${what} failed (npm run ${script}); its output is above.`);
  }
  console.log(`Built ${what} in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

/** Builds the site and the extension with `env` (the build steps of `npm run build`). */
export function buildAll(env: NodeJS.ProcessEnv): void {
  for (const step of BUILD_STEPS) run(step.script, step.what, env);
}

/**
 * The environment of the builds for `port`: PORT set to it (site/astro.config.mjs and
 * extension/wxt.config.ts read it through siteUrl()), npm's own `npm_config_port` removed so
 * the nested npm runs do not take it as a setting, and no telemetry.
 */
export function buildEnvironment(port: number, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const built: NodeJS.ProcessEnv = { ...env, ...NO_TELEMETRY, PORT: String(port) };
  delete built.npm_config_port;
  return built;
}

/**
 * `npm start` with its command-line `args`: checks the arguments and the port, builds (with
 * `build`, the real builds unless a test gives another), serves `root` and prints the address
 * last. Resolves with the listening server; throws PortError with the one sentence for a bad
 * argument or a busy port.
 */
export async function start(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  options: { build?: (env: NodeJS.ProcessEnv) => void; root?: string } = {},
): Promise<Server> {
  const { port } = startArguments('npm start', args, env);
  if (!(await portIsFree(port))) throw new PortError(await busyPortMessage(port));
  const buildEnv = buildEnvironment(port, env);
  const address = siteUrl(buildEnv);
  console.log(`Building the site and the extension for ${address} …`);
  (options.build ?? buildAll)(buildEnv);
  const server = await serveSite(port, { root: options.root ?? SITE_DIST });
  console.log(
    'Extension: extension/.output/chrome-mv3 and firefox-mv3 (README, "Load the extension")',
  );
  console.log(`Guidance site: ${localSiteUrl(port)}`);
  return server;
}

async function main(): Promise<void> {
  try {
    await start(process.argv.slice(2));
  } catch (error) {
    if (error instanceof PortError) {
      console.error(error.message);
      process.exit(2);
    }
    if (error instanceof BuildError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();

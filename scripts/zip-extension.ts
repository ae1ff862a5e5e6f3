/**
 * `npm run zip`: the store packages of the extension (Chrome Web Store, Edge Add-ons,
 * Firefox AMO plus the sources package AMO asks for), built with the public SITE_URL.
 * Stops before building when SITE_URL is missing or local, and after building when a
 * package still names a local address. `--out <dir>` puts the builds and zips there
 * instead of extension/.output (used by `npm run release`).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pkg from '../package.json' with { type: 'json' };
import { LOCAL_HOSTS, requireSiteUrl, SiteUrlError } from '../config/site-url.ts';
import { NO_TELEMETRY } from './telemetry.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_OUTPUT = join(ROOT, 'extension', '.output');

/** The stores and the WXT build each gets (Edge takes the Chromium build, zipped on its own). */
export const STORE_BUILDS = [
  { store: 'Chrome Web Store', args: [], dir: 'chrome-mv3' },
  { store: 'Microsoft Edge Add-ons', args: ['-b', 'edge'], dir: 'edge-mv3' },
  { store: 'Firefox Add-ons (AMO)', args: ['-b', 'firefox', '--mv3'], dir: 'firefox-mv3' },
] as const;

/**
 * The zips WXT writes (its artifact and sources templates, with zip.name = package name in
 * extension/wxt.config.ts); the version is package.json's, the project's one version.
 */
export function packageFiles(version: string = pkg.version): string[] {
  return ['chrome', 'edge', 'firefox', 'sources'].map(
    (kind) => `${pkg.name}-${version}-${kind}.zip`,
  );
}

/** A store package that would send users to the builder's machine. */
export class LocalAddressError extends Error {
  override name = 'LocalAddressError';
}

/** Addresses that only reach the builder's own machine. */
const LOCAL_ADDRESS = new RegExp(
  LOCAL_HOSTS.map((host) => host.replace(/[.[\]]/g, '\\$&')).join('|'),
);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Files of a build that name a local address (text files; images and binary indexes are skipped). */
export function filesNamingLocalAddress(buildDir: string): string[] {
  return filesUnder(buildDir).filter(
    (file) =>
      !/\.(png|ico|woff2?|wasm|pagefind|pf_\w+)$/i.test(file) &&
      LOCAL_ADDRESS.test(readFileSync(file, 'latin1')),
  );
}

/**
 * Builds and zips the extension for every store with SITE_URL; returns the zip files.
 * Throws SiteUrlError (SITE_URL missing or local) or Error (a package names a local address).
 */
export function zipExtension(options: { outDir?: string } = {}): string[] {
  requireSiteUrl('the store packages');
  const outDir = options.outDir ? resolve(options.outDir) : EXTENSION_OUTPUT;
  const env = { ...process.env, ...NO_TELEMETRY, EXTENSION_OUT_DIR: outDir };
  for (const build of STORE_BUILDS) {
    execFileSync('npx', ['wxt', 'zip', 'extension', ...build.args], {
      cwd: ROOT,
      env,
      stdio: 'inherit',
    });
    const local = filesNamingLocalAddress(join(outDir, build.dir));
    if (local.length)
      throw new LocalAddressError(
        `The ${build.store} package names a local address in ${local.map((f) => relative(outDir, f)).join(', ')}; store packages must link only to SITE_URL.`,
      );
  }
  return packageFiles().map((name) => join(outDir, name));
}

/** A step of a command run as its own process failed; the message carries what it printed. */
export class StepFailedError extends Error {
  override name = 'StepFailedError';
}

/**
 * Runs `main`; a SiteUrlError, a LocalAddressError or a StepFailedError ends with its message,
 * not a stack trace.
 */
export function runCommand(main: () => void | Promise<void>): void {
  const fail = (error: unknown) => {
    if (
      error instanceof SiteUrlError ||
      error instanceof LocalAddressError ||
      error instanceof StepFailedError
    ) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  };
  try {
    void main()?.catch(fail);
  } catch (error) {
    fail(error);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runCommand(() => {
    const out = process.argv.indexOf('--out');
    const zips = zipExtension({ outDir: out >= 0 ? process.argv[out + 1] : undefined });
    console.log(`Store packages:\n${zips.map((zip) => `  ${relative(ROOT, zip)}`).join('\n')}`);
  });
}

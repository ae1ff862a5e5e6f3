/**
 * `npm run build:site`: builds the site with Astro, indexes it with Pagefind (one index per
 * language, words cut as scripts/search-index.ts says), and records how long that took in .bench/site-build.json, where
 * `npm run bench` reads it. The site's public address comes from SITE_URL
 * (config/site-url.ts); without it the build uses the local address of `npm start`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_TELEMETRY } from './telemetry.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_RECORD = join(ROOT, '.bench', 'site-build.json');
export const SITE_DIST = join(ROOT, 'site', 'dist');

/**
 * Builds and indexes the site; returns the seconds it took. With `outDir` (a release) the
 * site goes there and the time is not recorded for the bench.
 */
export function buildSite(options: { quiet?: boolean; outDir?: string } = {}): number {
  const stdio = options.quiet ? 'ignore' : 'inherit';
  const outDir = options.outDir ? resolve(options.outDir) : SITE_DIST;
  // SITE_URL reaches astro.config.mjs through the environment.
  const env = { ...process.env, ...NO_TELEMETRY };
  const start = process.hrtime.bigint();
  execFileSync('npx', ['astro', 'build', '--root', 'site', '--outDir', outDir], {
    cwd: ROOT,
    stdio,
    env,
  });
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', 'search-index.ts'), outDir],
    {
      cwd: ROOT,
      stdio,
      env,
    },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!options.outDir) {
    mkdirSync(dirname(BUILD_RECORD), { recursive: true });
    writeFileSync(BUILD_RECORD, JSON.stringify({ seconds, at: new Date().toISOString() }));
  }
  return seconds;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--out <dir>`: somewhere else than site/dist (a release), time not recorded.
  const out = process.argv.indexOf('--out');
  const seconds = buildSite(out >= 0 ? { outDir: process.argv[out + 1] } : {});
  console.log(`Site built and indexed in ${seconds.toFixed(1)} s.`);
}

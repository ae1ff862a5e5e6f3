/**
 * `npm run build:site`: builds the site with Astro, indexes it with Pagefind (one index per
 * language), and records how long that took in .bench/site-build.json, where
 * `npm run bench` reads it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_TELEMETRY } from './telemetry.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_RECORD = join(ROOT, '.bench', 'site-build.json');

/** Builds and indexes the site; returns the seconds it took. */
export function buildSite(options: { quiet?: boolean } = {}): number {
  const stdio = options.quiet ? 'ignore' : 'inherit';
  const start = process.hrtime.bigint();
  // SITE_URL (scripts/site-url.ts) reaches astro.config.mjs through the environment.
  const env = { ...process.env, ...NO_TELEMETRY };
  execFileSync('npx', ['astro', 'build', '--root', 'site'], { cwd: ROOT, stdio, env });
  execFileSync('npx', ['pagefind', '--site', 'site/dist'], { cwd: ROOT, stdio, env });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  mkdirSync(dirname(BUILD_RECORD), { recursive: true });
  writeFileSync(BUILD_RECORD, JSON.stringify({ seconds, at: new Date().toISOString() }));
  return seconds;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const seconds = buildSite();
  console.log(`Site built and indexed in ${seconds.toFixed(1)} s.`);
}

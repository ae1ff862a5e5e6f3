/**
 * `node --import tsx scripts/together.ts <script> <script> …`: runs npm scripts that do not
 * touch each other's files at the same time (the linter reads sources while the builds write
 * `site/dist` and `extension/.output`, which it ignores), so `npm test` uses both cores for
 * steps that each use one. Each script's output is kept and printed whole when it ends, so
 * logs never interleave; the exit code is non-zero if any script failed, and the last line
 * names which.
 *
 * Only for scripts that share no output: `typecheck` (which regenerates `extension/.wxt` and
 * `site/.astro`) must not run beside the builds, which write the same folders; beside the unit
 * tests it may (tsc keeps one core busy while Vitest uses the other; the tests read sources
 * and the builds, not those folders).
 */
import { runCaptured } from './captured-run.ts';

const run = (script: string) =>
  runCaptured('npm', ['run', '--silent', script], {
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
  });

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Name the npm scripts to run together, e.g. "lint build:site build:extension".');
  process.exit(2);
}

const outcomes = await Promise.all(
  scripts.map(async (script) => {
    const outcome = { script, ...(await run(script)) };
    const verdict = outcome.code === 0 ? 'done' : `FAILED (exit ${outcome.code})`;
    process.stdout.write(
      `\n> npm run ${script}: ${verdict} in ${outcome.seconds.toFixed(0)} s\n${outcome.output}`,
    );
    return outcome;
  }),
);
const failed = outcomes.filter((o) => o.code !== 0).map((o) => `npm run ${o.script}`);
if (failed.length) {
  console.error(`\nFailed: ${failed.join(', ')} (output above).`);
  process.exit(1);
}

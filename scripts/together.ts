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
import { spawn } from 'node:child_process';

interface Outcome {
  script: string;
  code: number;
  seconds: number;
  output: string;
}

function run(script: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number) =>
      resolve({
        script,
        code,
        seconds: (Date.now() - started) / 1000,
        output: Buffer.concat(chunks).toString('utf8'),
      });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Name the npm scripts to run together, e.g. "lint build:site build:extension".');
  process.exit(2);
}

const outcomes = await Promise.all(
  scripts.map(async (script) => {
    const outcome = await run(script);
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

/**
 * `npm run bench`: measures the built products, prints the figures and their budgets, and
 * exits non-zero when any figure is over budget. `--quick` (used in CI) repeats less.
 * Each product has its own module: bench/site.ts, bench/extension.ts; bench/search.ts gives
 * the share of partner questions the site's search answers, per language.
 */
import type { Measurement } from './budgets.ts';

const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

interface BenchModule {
  measure(options: { quick: boolean }): Promise<Measurement[]>;
}

const suites: Record<string, () => Promise<BenchModule>> = {
  site: () => import('./site.ts'),
  extension: () => import('./extension.ts'),
  search: () => import('./search.ts'),
};

/** Whether a figure is within its budget and above its floor. */
const within = (m: Measurement) =>
  (m.budget === undefined || m.value <= m.budget) && (m.floor === undefined || m.value >= m.floor);

function format(m: Measurement): string {
  const value =
    m.unit === 'B'
      ? `${(m.value / 1024).toFixed(1)} KB`
      : m.unit === '%'
        ? `${m.value.toFixed(0)} %`
        : `${m.value.toFixed(m.unit === 'ms' ? 2 : 0)} ${m.unit}`;
  const budget =
    m.budget === undefined
      ? ''
      : m.unit === 'B'
        ? ` / ${(m.budget / 1024).toFixed(1)} KB`
        : ` / ${m.budget} ${m.unit}`;
  const floor = m.floor === undefined ? '' : ` (floor ${m.floor} ${m.unit})`;
  const limited = m.budget !== undefined || m.floor !== undefined;
  const verdict = !limited
    ? ''
    : within(m)
      ? '  ok'
      : m.budget !== undefined && m.value > m.budget
        ? '  OVER BUDGET'
        : '  BELOW FLOOR';
  return `${m.name.padEnd(58)} ${value}${budget}${floor}${verdict}`;
}

let over = 0;
for (const [name, load] of Object.entries(suites)) {
  if (only && only !== name) continue;
  const suite = await load();
  const results = await suite.measure({ quick });
  console.log(`\n${name}${quick ? ' (quick)' : ''}`);
  for (const m of results) {
    console.log(format(m));
    if (!within(m)) over++;
  }
}
console.log(
  over === 0 ? '\nAll figures within budget.' : `\n${over} figure(s) over budget or below floor.`,
);
process.exitCode = over === 0 ? 0 : 1;

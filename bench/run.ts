/**
 * `npm run bench`: measures the built products, prints the figures and their budgets, and
 * exits non-zero when any figure is over budget. `--quick` (used in CI) repeats less.
 * Each product has its own module: bench/site.ts, bench/extension.ts; bench/search.ts counts
 * how many partner questions the site's search answers.
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

function format(m: Measurement): string {
  const value =
    m.unit === 'B'
      ? `${(m.value / 1024).toFixed(1)} KB`
      : `${m.value.toFixed(m.unit === 'ms' ? 2 : 0)} ${m.unit}`;
  const budget =
    m.budget === undefined
      ? ''
      : m.unit === 'B'
        ? ` / ${(m.budget / 1024).toFixed(1)} KB`
        : ` / ${m.budget} ${m.unit}`;
  const verdict = m.budget === undefined ? '' : m.value <= m.budget ? '  ok' : '  OVER BUDGET';
  return `${m.name.padEnd(58)} ${value}${budget}${verdict}`;
}

let over = 0;
for (const [name, load] of Object.entries(suites)) {
  if (only && only !== name) continue;
  const suite = await load();
  const results = await suite.measure({ quick });
  console.log(`\n${name}${quick ? ' (quick)' : ''}`);
  for (const m of results) {
    console.log(format(m));
    if (m.budget !== undefined && m.value > m.budget) over++;
  }
}
console.log(over === 0 ? '\nAll figures within budget.' : `\n${over} figure(s) over budget.`);
process.exitCode = over === 0 ? 0 : 1;

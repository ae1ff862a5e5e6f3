import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Logic in `.astro` front matter, counted per file. Data shaping, string assembly and
 * conditionals belong in typed modules (`site/src/view-models/`, `site/src/lib/`) with unit
 * tests; a page's front matter only reads its params and props and calls them. A line counts
 * as logic unless it is blank, a comment, part of an `import`, part of a type declaration
 * (`interface`, `type`), or one of the page's plain readings: `Astro.props` / `Astro.params`,
 * `const t = tFor(lang)`, `export const getStaticPaths = …;`.
 *
 * Budgets are data: `site/astro-logic-budget.json` (`test/unit/astro-logic.test.ts` fails on a
 * file over its budget). `node --import tsx scripts/astro-logic.ts` lists the counts.
 */

const PLAIN = [
  /^const \{[^}]*\} = Astro\.props;$/,
  /^const \w+ = Astro\.params\.\w+ as \w+;$/,
  /^const t = tFor\(\w+\);$/,
  /^export const getStaticPaths = \w+;$/,
];

/** The logic lines of one `.astro` file's front matter. */
export function astroLogicLines(source: string): string[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return [];
  const logic: string[] = [];
  let inComment = false;
  let inImport = false;
  let typeDepth = 0;
  for (const raw of match[1]!.split(/\r?\n/)) {
    const line = raw.trim();
    if (inComment) {
      if (line.includes('*/')) inComment = false;
      continue;
    }
    if (line.startsWith('/*')) {
      if (!line.includes('*/')) inComment = true;
      continue;
    }
    if (inImport) {
      if (/from\s+['"]/.test(line)) inImport = false;
      continue;
    }
    if (line.startsWith('import ')) {
      if (!/from\s+['"]|^import\s+['"]/.test(line)) inImport = true;
      continue;
    }
    if (typeDepth > 0 || /^(export )?(interface|type) \w+/.test(line)) {
      typeDepth += (line.match(/[{(<[]/g) ?? []).length - (line.match(/[})>\]]/g) ?? []).length;
      if (typeDepth < 0) typeDepth = 0;
      continue;
    }
    if (!line || line.startsWith('//') || PLAIN.some((p) => p.test(line))) continue;
    logic.push(line);
  }
  return logic;
}

function astroFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? astroFiles(join(dir, entry.name))
      : entry.name.endsWith('.astro')
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Logic-line counts of every `.astro` file below `root`, keyed by path relative to `base`. */
export function astroLogicCounts(root: string, base: string): Record<string, number> {
  return Object.fromEntries(
    astroFiles(root)
      .map((file) => [relative(base, file), astroLogicLines(readFileSync(file, 'utf8')).length])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  ) as Record<string, number>;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = astroLogicCounts('site/src', '.');
  for (const [file, n] of Object.entries(counts).sort(([, a], [, b]) => b - a))
    console.log(String(n).padStart(3), file);
  console.log(
    'total',
    Object.values(counts).reduce((a, b) => a + b, 0),
    'in',
    Object.keys(counts).length,
    'files',
  );
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { astroLogicCounts, astroLogicLines } from '../../scripts/astro-logic.ts';

/**
 * Logic stays out of `.astro` files (docs/engineering.md, "Logic in .astro files"): every
 * file's front matter keeps within its budget in `site/astro-logic-budget.json`.
 */

const budget = JSON.parse(readFileSync('site/astro-logic-budget.json', 'utf8')) as {
  default: number;
  files: Record<string, number>;
};

describe('logic in .astro front matter', () => {
  const counts = astroLogicCounts('site/src', '.');

  it('keeps every .astro file within its budget', () => {
    const over = Object.entries(counts)
      .filter(([file, n]) => n > (budget.files[file] ?? budget.default))
      .map(
        ([file, n]) =>
          `${file}: ${n} lines of logic, budget ${budget.files[file] ?? budget.default}`,
      );
    expect(over).toEqual([]);
  });

  it('lists only files that exist and need more than the default', () => {
    for (const [file, n] of Object.entries(budget.files)) {
      expect(counts[file], `${file} is in the budget but not in site/src`).toBeDefined();
      expect(n, file).toBeGreaterThan(budget.default);
    }
  });

  it('counts logic, not imports, types, comments or plain readings of params and props', () => {
    const page = [
      '---',
      "import A from './a.astro';",
      'import {',
      '  b,',
      "} from './b.ts';",
      '/** A comment. */',
      'interface Props {',
      '  lang: Language;',
      '}',
      'export const getStaticPaths = languagePaths;',
      'const { lang } = Astro.props;',
      'const scenario = Astro.params.scenario as ScenarioId;',
      'const t = tFor(lang);',
      '// why',
      'const rows = items.filter((i) => i.ok)',
      '  .map((i) => t(i.key));',
      '---',
      '<p>{rows}</p>',
    ].join('\n');
    expect(astroLogicLines(page)).toEqual([
      'const rows = items.filter((i) => i.ok)',
      '.map((i) => t(i.key));',
    ]);
  });
});

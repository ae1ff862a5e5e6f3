import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typographyProblems } from '../../locales/typography.ts';
import { htmlFiles } from '../src/lib/dist.ts';
import { visibleText } from '../src/lib/visible-text.ts';

/**
 * Typography of the built site (run `npm run build:site` first), by the rules of
 * docs/style-de.md and docs/style-zh.md: on every German and Chinese page, every visible text
 * block, SVG label, aria-label, title, alt and meta description. The rules include the marks
 * of text joined in code: a colon after a question (`？：`, `?:`), `和Microsoft`, and a
 * title in sentence case joined into a German list („… und Der …“). Text inside an element with
 * its own `lang` (a German quote on a Chinese page) is checked by that language's rules.
 */
const DIST = resolve(import.meta.dirname, '..', 'dist');

function problemsOf(pageLanguage: 'de' | 'zh'): string[] {
  const found = new Set<string>();
  for (const file of htmlFiles(DIST).filter((f) => f.startsWith(`/${pageLanguage}/`))) {
    const { blocks, attributes } = visibleText(readFileSync(join(DIST, file), 'utf8'));
    for (const { text, lang } of [...blocks, ...attributes]) {
      for (const p of typographyProblems((lang || pageLanguage).slice(0, 2), text)) {
        const problem = `${p.rule}: “${p.excerpt}”`;
        found.add(`${problem} (first on ${file})`);
      }
    }
  }
  // One line per distinct problem: the same label on 70 pages is one defect.
  const byText = new Map<string, string>();
  for (const line of found) {
    const key = line.replace(/ \(first on .*\)$/, '');
    if (!byText.has(key)) byText.set(key, line);
  }
  return [...byText.values()];
}

// Reading every built page takes seconds on a busy 2-core machine: room for that, not a speed limit.
const READ_ALL_PAGES = 60_000;

describe('typography of the built site', () => {
  it(
    'Chinese pages: full-width punctuation beside Chinese, no space between Chinese characters',
    () => {
      expect(
        htmlFiles(DIST).some((f) => f.startsWith('/zh/')),
        'run "npm run build:site" first',
      ).toBe(true);
      expect(problemsOf('zh')).toEqual([]);
    },
    READ_ALL_PAGES,
  );

  it(
    'German pages: German quotation marks „…“, no Chinese punctuation',
    () => {
      expect(
        htmlFiles(DIST).some((f) => f.startsWith('/de/')),
        'run "npm run build:site" first',
      ).toBe(true);
      expect(problemsOf('de')).toEqual([]);
    },
    READ_ALL_PAGES,
  );
});

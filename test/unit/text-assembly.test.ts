import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No user-visible text is put together in .astro templates (ESLint checks .ts and .tsx: see
 * `no-restricted-syntax` in eslint.config.js). A sentence is one locale key with
 * placeholders; punctuation between translated pieces comes from `common:punctuation.*`;
 * a comment `text-assembly: allow` up to 10 lines above a match exempts it (say why);
 * lists go through `formatList` (locales/text.ts). See docs/style-de.md and docs/style-zh.md.
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const SITE = join(ROOT, 'site', 'src');

function astroFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return astroFiles(full);
    return name.endsWith('.astro') ? [full] : [];
  });
}

/** The template of an .astro file (after the frontmatter), and the whole frontmatter. */
function parts(source: string): { frontmatter: string; template: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  return match
    ? { frontmatter: match[1]!, template: match[2]! }
    : { frontmatter: '', template: source };
}

const RULES: { name: string; where: 'template' | 'both'; pattern: RegExp }[] = [
  {
    name: 'list joined with typed punctuation (use formatList or common:punctuation.separator)',
    where: 'both',
    pattern: /\.join\(\s*(['"`])(?:\s*[,;|·]\s+|\s+[|·]\s*|[、，；])\1\s*\)/g,
  },
  {
    name: 'punctuation typed after an expression (use common:punctuation.labelled)',
    where: 'template',
    pattern: /\}[ \t]*[:;,|·][ \t]*(?=\{|<)/g,
  },
  {
    name: 'punctuation typed after an element (use common:punctuation.labelled)',
    where: 'template',
    pattern: /(?<![=/-])>[ \t]*[:;,|·][ \t]*(?=\{|<|\n)/g,
  },
  {
    name: 'brackets typed around an expression (use common:punctuation.parenthetical)',
    where: 'template',
    pattern: /(?:^|(?<!=)>)[ \t]*\(\{|\}\)[ \t]*(?=<)/gm,
  },
  {
    name: 'text built in a template literal from translated pieces',
    where: 'both',
    pattern: /`[^`]*\$\{t\([^`]*\}[^`]*\$\{t\(/g,
  },
];

describe('no text assembled in .astro templates', () => {
  const files = astroFiles(SITE);

  it('finds the templates', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('no sentence, list or label is put together with typed punctuation', () => {
    const found: string[] = [];
    for (const file of files) {
      const { frontmatter, template } = parts(readFileSync(file, 'utf8'));
      for (const rule of RULES) {
        const texts = rule.where === 'both' ? [frontmatter, template] : [template];
        for (const text of texts)
          for (const m of text.matchAll(rule.pattern)) {
            const before = text.slice(0, m.index).split('\n').slice(-12).join('\n');
            if (before.includes('text-assembly: allow')) continue;
            found.push(`${relative(ROOT, file)}: ${rule.name}: ${m[0].trim()}`);
          }
      }
    }
    expect(found).toEqual([]);
  });

  it('the rules catch what they are meant to', () => {
    const template = [
      "<p>{t('a')}: {t('b')}</p>",
      "<p><strong>{t('a')}</strong>: {t('b')}</p>",
      "<a href={x}>{t('quiz')}</a>\n({t('cards')})",
      "{items.join('; ')}",
      "{`${t('a')} – ${t('b')}`}",
    ];
    for (const line of template) {
      const hits = RULES.filter((r) => [...line.matchAll(r.pattern)].length > 0);
      expect(hits.length, line).toBeGreaterThan(0);
    }
    const fine = [
      '{rows.map((row) => (\n<li>{row}</li>\n))}',
      "{t('training:handout.source', {\n document: d,\n })}",
      "{ids.join(',')}",
    ];
    for (const line of fine) {
      const hits = RULES.filter((r) => [...line.matchAll(r.pattern)].length > 0);
      expect(
        hits.map((r) => r.name),
        line,
      ).toEqual([]);
    }
  });
});

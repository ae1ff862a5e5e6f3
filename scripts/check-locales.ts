/**
 * Checks the locale dictionaries against English, the reference: a key missing or extra in
 * any locale, placeholders that differ, empty values, and German or Chinese values identical
 * to English (unless the value is in locales/identical-allowed.json), and German or Chinese
 * values that break the typography rules of docs/style-de.md and docs/style-zh.md
 * (locales/typography.ts; placeholders count as Latin words). Run by `npm test`
 * (locales/locales.test.ts) and on its own with `npm run check:locales`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { asTemplate, fillText, placeholdersOf } from '../locales/template.ts';
import { typographyProblems } from '../locales/typography.ts';

export interface LocaleProblem {
  language: string;
  file: string;
  key: string;
  problem:
    | 'missing'
    | 'extra'
    | 'placeholders'
    | 'empty'
    | 'identical-to-english'
    | 'not-a-string'
    | 'invalid-json'
    | 'typography';
  detail?: string;
}

type Flat = Map<string, unknown>;

function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value))
      flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

const placeholders = (text: string): string => placeholdersOf(text).sort().join(',');

/** Problems found in `dir` (a folder with one sub-folder per language). */
export function checkLocales(
  dir: string,
  allowedIdentical: readonly string[] = [],
): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const languages = readdirSync(dir).filter((name) => statSync(join(dir, name)).isDirectory());
  const read = (language: string, file: string): Flat | undefined => {
    try {
      return flatten(JSON.parse(readFileSync(join(dir, language, file), 'utf8')));
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push({
        language,
        file,
        key: '',
        problem: missing ? 'missing' : 'invalid-json',
        detail: String(error),
      });
      return undefined;
    }
  };
  const files = new Set(
    languages.flatMap((l) => readdirSync(join(dir, l)).filter((f) => f.endsWith('.json'))),
  );
  for (const file of files) {
    const english = read('en', file);
    if (!english) continue;
    for (const [key, value] of english) {
      if (typeof value !== 'string')
        problems.push({ language: 'en', file, key, problem: 'not-a-string' });
      else if (value.trim() === '') problems.push({ language: 'en', file, key, problem: 'empty' });
    }
    for (const language of languages.filter((l) => l !== 'en')) {
      const other = read(language, file);
      if (!other) continue;
      for (const [key, value] of english) {
        if (!other.has(key)) {
          problems.push({ language, file, key, problem: 'missing' });
          continue;
        }
        const translated = other.get(key);
        if (typeof translated !== 'string') {
          problems.push({ language, file, key, problem: 'not-a-string' });
        } else if (translated.trim() === '') {
          problems.push({ language, file, key, problem: 'empty' });
        } else {
          if (typeof value === 'string' && placeholders(value) !== placeholders(translated)) {
            problems.push({
              language,
              file,
              key,
              problem: 'placeholders',
              detail: `en has {${placeholders(value)}}, ${language} has {${placeholders(translated)}}`,
            });
          }
          // Filled as a reader sees it (a Latin value spaced in Chinese text).
          const sample = fillText(
            asTemplate(translated),
            Object.fromEntries(placeholdersOf(translated).map((name) => [name, 'X'])),
            language,
          );
          for (const p of typographyProblems(language, sample)) {
            problems.push({
              language,
              file,
              key,
              problem: 'typography',
              detail: `${p.rule}: ${p.excerpt}`,
            });
          }
          if (translated === value && !allowedIdentical.includes(translated)) {
            problems.push({
              language,
              file,
              key,
              problem: 'identical-to-english',
              detail: translated,
            });
          }
        }
      }
      for (const key of other.keys()) {
        if (!english.has(key)) problems.push({ language, file, key, problem: 'extra' });
      }
    }
  }
  return problems;
}

export function readAllowList(dir: string): string[] {
  const data = JSON.parse(readFileSync(join(dir, 'identical-allowed.json'), 'utf8')) as {
    values: string[];
  };
  return data.values;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const dir = process.argv[2] ?? 'locales';
  const problems = checkLocales(dir, readAllowList(dir));
  for (const p of problems) {
    console.error(
      `${p.language}/${p.file} ${p.key}: ${p.problem}${p.detail ? ` (${p.detail})` : ''}`,
    );
  }
  console.log(
    problems.length === 0
      ? 'Locales: all keys, placeholders and values in order.'
      : `${problems.length} problems.`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}

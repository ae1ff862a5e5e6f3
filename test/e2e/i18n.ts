import { readFileSync, readdirSync } from 'node:fs';
import type { Language } from '../../core/languages.ts';
import { createTranslator, type Translate } from '../../locales/translator.ts';

// Playwright's loader does not import JSON modules, so the dictionaries are read from disk;
// the product's own translator fills them, so tests expect exactly what readers see.
const LOCALES = new URL('../../locales/', import.meta.url);
const translators = new Map<Language, Translate>();

/** The text a reader sees for `ns:key` in one language (typed keys, as in the product). */
export function t(lang: Language): Translate {
  let tr = translators.get(lang);
  if (!tr) {
    const dir = new URL(`${lang}/`, LOCALES);
    const dictionaries = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as object]),
    );
    translators.set(lang, (tr = createTranslator(lang, dictionaries)));
  }
  return tr;
}

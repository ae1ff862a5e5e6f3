import type { Language } from '../core/languages.ts';
import { resources } from './resources.ts';
import { createTranslator, type Translate } from './translator.ts';

export { createTranslator, type Key, type Translate, type Values } from './translator.ts';

const cache = new Map<Language, Translate>();

/** The translator of one language with every namespace (site, scripts, tests). */
export function translator(language: Language): Translate {
  if (!Object.hasOwn(resources, language))
    throw new TypeError(`Unknown language "${String(language)}". Allowed: de, en, zh.`);
  let t = cache.get(language);
  if (!t) cache.set(language, (t = createTranslator(language, resources[language])));
  return t;
}

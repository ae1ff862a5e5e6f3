import type { Language } from '../../core/index.ts';
import deEmail from '../../locales/de/email.json';
import enEmail from '../../locales/en/email.json';
import zhEmail from '../../locales/zh/email.json';
import { createTranslator, type Translate } from '../../locales/translator.ts';
import type { LanguagePack } from './language-pack.ts';

export type { Translate };

/**
 * The extension's translator: the product's one translator (locales/translator.ts) over only
 * the namespaces the extension shows, so the other dictionaries stay out of its bundle. Keys
 * are type-checked against the English files through locales/i18next.d.ts.
 *
 * A language's strings come as a language pack (lib/language-pack.ts): on the portal the
 * overlay loads only the partner's language; the extension's own pages add all three
 * (lib/language-packs.ts). The customer e-mail's texts are here for every language, because
 * the partner may write the e-mail in another language than the one they read.
 */
const EMAIL = { de: deEmail, en: enEmail, zh: zhEmail } satisfies Record<Language, object>;

const packs = new Map<Language, LanguagePack>();
const cache = new Map<Language, Translate>();
const emailCache = new Map<Language, Translate>();

/** Makes a language's strings available to `translator`. */
export function addLanguagePack(language: Language, pack: LanguagePack): void {
  if (packs.get(language) === pack) return;
  packs.set(language, pack);
  cache.delete(language);
}

/** Whether `translator(language)` can speak (its pack was added). */
export function hasLanguagePack(language: Language): boolean {
  return packs.has(language);
}

/** The translator of one language, keys written `ns:key`. Its language pack must be added. */
export function translator(language: Language): Translate {
  let t = cache.get(language);
  if (t) return t;
  const pack = packs.get(language);
  if (!pack)
    throw new Error(
      `The ${language} strings are not loaded; loaded: ${[...packs.keys()].join(', ') || 'none'}. Load its language pack first (lib/ui-loader.ts).`,
    );
  cache.set(language, (t = createTranslator(language, { ...pack, email: EMAIL[language] })));
  return t;
}

/** A translator of the customer e-mail's texts only (`email:`), in any of the three languages. */
export function emailTranslator(language: Language): Translate {
  let t = emailCache.get(language);
  if (!t) emailCache.set(language, (t = createTranslator(language, { email: EMAIL[language] })));
  return t;
}

/** Makes every language's strings available (the extension's own pages, tests). */
export function addLanguagePacks(all: Readonly<Record<Language, LanguagePack>>): void {
  for (const [language, pack] of Object.entries(all)) addLanguagePack(language as Language, pack);
}

import type { Language } from '../../core/index.ts';
import { createTranslator, type Translate } from '../../locales/translator.ts';
import type { EmailPack, LanguagePack } from './language-pack.ts';

export type { Translate };

/**
 * The extension's translator: the product's one translator (locales/translator.ts) over only
 * the namespaces the extension shows, so the other dictionaries stay out of its bundle. Keys
 * are type-checked against the English files through locales/i18next.d.ts.
 *
 * A language's strings come as a language pack (lib/language-pack.ts): on the portal the
 * overlay loads only the partner's language; the extension's own pages add all three
 * (lib/language-packs.ts). The customer e-mail's texts of a language come with its pack, or
 * alone as an e-mail pack when the partner writes the e-mail in another language
 * (lib/email-loader.ts).
 */

const packs = new Map<Language, LanguagePack>();
const emailTexts = new Map<Language, EmailPack['email']>();
const cache = new Map<Language, Translate>();
const emailCache = new Map<Language, Translate>();

type Tree = { [key: string]: string | Tree };

/** Copies `from`'s keys into `into` (a pack of ours, never one handed in). */
function mergeInto(into: Tree, from: Readonly<Tree>): void {
  for (const [key, value] of Object.entries(from)) {
    if (typeof value === 'string') into[key] = value;
    else {
      const inner = into[key];
      const target = typeof inner === 'object' ? inner : (into[key] = {});
      mergeInto(target, value);
    }
  }
}

/**
 * Makes a language's strings available to `translator` (and its e-mail's to `emailTranslator`).
 * The overlay's parts bring a pack each (lib/overlay-parts.ts): a language's packs add up, and
 * a translator made before speaks the keys a later pack brings.
 */
export function addLanguagePack(language: Language, pack: LanguagePack): void {
  let merged = packs.get(language);
  if (!merged) packs.set(language, (merged = {} as LanguagePack));
  mergeInto(merged as unknown as Tree, pack as unknown as Tree);
  if (Object.keys(merged.email).length) addEmailPack(language, { email: merged.email });
}

/** Makes a language's e-mail texts available to `emailTranslator`. */
export function addEmailPack(language: Language, pack: EmailPack): void {
  if (emailTexts.get(language) === pack.email) return;
  emailTexts.set(language, pack.email);
  emailCache.delete(language);
}

/** The translator of one language, keys written `ns:key`. Its language pack must be added. */
export function translator(language: Language): Translate {
  let t = cache.get(language);
  if (t) return t;
  const pack = packs.get(language);
  if (!pack)
    throw new Error(
      `The ${language} strings are not loaded; loaded: ${[...packs.keys()].join(', ') || 'none'}. Load a part of the overlay in it first (ui/part-loader.ts).`,
    );
  cache.set(language, (t = createTranslator(language, pack)));
  return t;
}

/**
 * A translator of the customer e-mail's texts only (`email:`) in `language`, or undefined
 * while they are not loaded (lib/email-loader.ts loads them).
 */
export function emailTranslator(language: Language): Translate | undefined {
  let t = emailCache.get(language);
  if (t) return t;
  const email = emailTexts.get(language);
  if (!email) return undefined;
  emailCache.set(language, (t = createTranslator(language, { email })));
  return t;
}

/** Makes every language's strings available (the extension's own pages, tests). */
export function addLanguagePacks(all: Readonly<Record<Language, LanguagePack>>): void {
  for (const [language, pack] of Object.entries(all)) addLanguagePack(language as Language, pack);
}

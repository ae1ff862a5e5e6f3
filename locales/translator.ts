import type { ParseKeys } from 'i18next';
import type { Language } from '../core/languages.ts';
import type { NAMESPACES, Namespace } from './resources.ts';
import { asTemplate, fillText, placeholdersOf, type Template, type TextValue } from './template.ts';

// Imports no dictionary: the extension loads only the namespaces it shows, and Playwright's
// loader (which cannot import JSON) builds test translators from files read from disk.

/**
 * The one translator of the product: the site (build time), the extension (run time, with
 * only the namespaces it shows) and the tests use it. Keys are written `ns:key` and checked
 * by the compiler against the English dictionaries (locales/i18next.d.ts); placeholders are
 * filled by `fillText` (locales/template.ts), the one implementation of `{{name}}`.
 */

/** Every key of every namespace, `ns:key`. */
export type Key = ParseKeys<typeof NAMESPACES>;

export type Values = Readonly<Record<string, TextValue>>;

export interface Translate {
  /**
   * The text of `key` in the translator's language, its placeholders filled from `values`.
   * A text with placeholders needs `values` (or `template`): a missing value is an error.
   */
  (key: Key, values?: Values): string;
  /** The text of `key` with its placeholders still in, for `fillParts`/`fillText` later. */
  template(key: Key): Template;
  readonly language: Language;
}

type Dictionaries = Partial<Record<Namespace, object>>;

function lookup(dictionaries: Dictionaries, language: Language, key: string): string {
  const colon = key.indexOf(':');
  const ns = key.slice(0, colon) as Namespace;
  let node: unknown = dictionaries[ns];
  if (node === undefined)
    throw new Error(
      `"${key}": namespace "${ns}" is not loaded here. Loaded: ${Object.keys(dictionaries).join(', ')}.`,
    );
  for (const part of key.slice(colon + 1).split('.'))
    node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`No ${language} text for "${key}".`);
  return node;
}

/** A translator over the given dictionaries of one language. */
export function createTranslator(language: Language, dictionaries: Dictionaries): Translate {
  const t = (key: Key, values?: Values): string => {
    const text = lookup(dictionaries, language, key);
    if (values) return fillText(asTemplate(text), values, language);
    const names = placeholdersOf(text);
    if (names.length)
      throw new Error(
        `"${key}" has placeholders (${names.map((n) => `{{${n}}}`).join(', ')}): give their values, or take t.template("${key}").`,
      );
    return text;
  };
  return Object.assign(t, {
    template: (key: Key) => asTemplate(lookup(dictionaries, language, key)),
    language,
  });
}

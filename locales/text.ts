import type { Language } from '../core/languages.ts';

/**
 * Lists without typing punctuation in code (docs/style-*.md): `Intl.ListFormat` in the
 * reader's language. Placeholders are filled by locales/template.ts; colons, brackets and
 * separators come from `common:punctuation.*` in the locales.
 */

/** A list in the language's own words and punctuation: `A, B and C`, `A、B和C`. */
export function formatList(
  language: Language,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(language, { type, style: 'long' }).format(items);
}

/**
 * A list of short items without a final „und“/“和”: `5 slides, 30 cards`,
 * `5 张幻灯片、30 张卡片`. German has no narrow form, so it gets its conjunction.
 */
export function formatShortList(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' }).format(items);
}

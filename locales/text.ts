import type { Language } from '../core/languages.ts';
import { spacedBetween } from './template.ts';

/**
 * Lists without typing punctuation in code (docs/style-*.md): `Intl.ListFormat` in the
 * reader's language. Placeholders are filled by locales/template.ts; colons, brackets and
 * separators come from `common:punctuation.*` in the locales.
 */

/**
 * A list in the language's own words and punctuation: `A, B and C`, `A、B和C`; in Chinese
 * with the space docs/style-zh.md asks for where a Latin item meets 和/或 (`A和 GDAP 请求`),
 * which `Intl.ListFormat` does not add.
 */
export function formatList(
  language: Language,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return spaced(new Intl.ListFormat(language, { type, style: 'long' }), items, language);
}

function spaced(format: Intl.ListFormat, items: readonly string[], language: Language): string {
  const parts = format.formatToParts(items);
  return parts
    .map((part, i) =>
      part.type === 'literal'
        ? part.value
        : spacedBetween(parts[i - 1]?.value ?? '', part.value, parts[i + 1]?.value ?? '', language),
    )
    .join('');
}

/**
 * A list of short items without a final „und“/“和”: `5 slides, 30 cards`,
 * `5 张幻灯片、30 张卡片`. German has no narrow form, so it gets its conjunction.
 */
export function formatShortList(language: Language, items: readonly string[]): string {
  return spaced(
    new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' }),
    items,
    language,
  );
}

/**
 * A list of running-text terms (`direkter Partner`, `indirekter Anbieter`) set where a label
 * stands, at the start of a title's segment: its first letter capitalised in the language's
 * way, every later term as it is written in a sentence — `Direkter Partner, indirekter
 * Anbieter oder indirekter Reseller`, never `…, Indirekter Anbieter oder Indirekter Reseller`.
 * Chinese has no letter case; its list is unchanged.
 */
export function formatListAsLabel(
  language: Language,
  terms: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const list = formatList(language, terms, type);
  const first = list.codePointAt(0);
  if (first === undefined) return list;
  const initial = String.fromCodePoint(first);
  return initial.toLocaleUpperCase(language) + list.slice(initial.length);
}

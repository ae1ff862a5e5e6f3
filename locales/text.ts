import type { Language } from '../core/languages.ts';

/**
 * Putting strings together without typing punctuation in code (docs/style-*.md):
 * lists through `Intl.ListFormat` in the reader's language, and templates whose placeholders
 * are filled with rich parts (a `<strong>` label, a link) by `fillParts`. Colons, brackets
 * and separators come from `common:punctuation.*` in the locales.
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

/**
 * Splits a template like `{{label}}: {{text}}` into literal text and the given values, in the
 * template's order, so a component can render a value as an element. Unknown placeholders
 * are an error (a key and its caller disagree).
 */
export function fillParts<T>(template: string, values: Record<string, T>): (string | T)[] {
  // split() with a capturing group alternates literal text (even) and placeholder names (odd).
  return template.split(/\{\{\s*(\w+)\s*\}\}/).flatMap<string | T>((part, i) => {
    if (i % 2 === 0) return part ? [part] : [];
    if (!(part in values)) throw new Error(`No value for {{${part}}} in "${template}"`);
    return [values[part]!];
  });
}

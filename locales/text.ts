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
  const parts: (string | T)[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    const name = match[1]!;
    if (!(name in values)) {
      throw new Error(
        `Template "${template}" has {{${name}}}, but only ${Object.keys(values).join(', ')} were given.`,
      );
    }
    parts.push(values[name]!);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

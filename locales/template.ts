// Imports no data: islands use this, and it must not pull dictionaries into their bundles.
import { formatNumber } from './format.ts';

/**
 * The one place that knows `{{name}}` placeholders. A locale text is filled either into a
 * string (`fillText`) or into parts, where a value may be an element such as a link or a
 * `<strong>` label (`fillParts`). Both follow the same rules:
 *
 * - every placeholder of the text needs a value; a missing one is an error naming the
 *   placeholder and the text (a key and its caller disagree);
 * - in Chinese, a value written in Latin letters or digits gets one half-width space where it
 *   meets a Chinese character (docs/style-zh.md): `Contoso 希望…` but `星辰科技有限公司希望…`,
 *   `自 2023 年 5 月 22 日起`, `在 90 天内`. Templates are therefore written without spaces
 *   around placeholders in Chinese.
 *
 * A `Template` is a locale text whose placeholders are still in: only a translator makes one
 * (`t.template(key)`), so a filled sentence can never be mistaken for a template.
 */

declare const TEMPLATE: unique symbol;

/** A locale text with its `{{placeholders}}` still in; made by `Translate.template`. */
export type Template = string & { readonly [TEMPLATE]: true };

/** A value for a placeholder: text, a number (formatted for the language) or an element. */
export type TextValue = string | number;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
const LATIN_START = /^[\p{Script=Latin}\p{N}]/u;
const LATIN_END = /[\p{Script=Latin}\p{N}.%]$/u;

/** Marks a locale text as a template. Translators call this; nothing else should. */
export function asTemplate(text: string): Template {
  return text as Template;
}

/** The names of a text's placeholders, in order. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(new RegExp(PLACEHOLDER, 'g'))].map((m) => m[1]!);
}

function formatValue(value: TextValue, language: string): string {
  return typeof value === 'number' ? formatNumber(value, language) : value;
}

/**
 * Splits a template into literal text and the given values, in the template's order. String
 * and number values are placed with the language's spacing; other values (elements) are
 * returned as they are.
 */
export function fillParts<T>(
  template: Template,
  values: Readonly<Record<string, T | TextValue>>,
  language: string,
): (string | T)[] {
  const pieces = template.split(new RegExp(PLACEHOLDER, 'g'));
  const out: (string | T)[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) out.push(piece);
      return;
    }
    if (!(piece in values))
      throw new Error(
        `No value for {{${piece}}} in "${template}". Given: ${Object.keys(values).join(', ') || 'none'}.`,
      );
    const value = values[piece]!;
    if (typeof value !== 'string' && typeof value !== 'number') {
      out.push(value);
      return;
    }
    out.push(spacedBetween(pieces[i - 1]!, formatValue(value, language), pieces[i + 1]!, language));
  });
  return out;
}

/**
 * A value as it stands between two pieces of literal text: in Chinese, with one half-width
 * space where its Latin letters or digits meet a Chinese character (`和 Microsoft`,
 * `自 2023 年`); in other languages, as it is. `fillParts` and `formatList` use this.
 */
export function spacedBetween(
  before: string,
  text: string,
  after: string,
  language: string,
): string {
  if (language !== 'zh') return text;
  const lead = HAN.test(before.slice(-1)) && LATIN_START.test(text) ? ' ' : '';
  const trail = HAN.test(after.slice(0, 1)) && LATIN_END.test(text) ? ' ' : '';
  return lead + text + trail;
}

/** A template filled into one string (see `fillParts` for the rules). */
export function fillText(
  template: Template,
  values: Readonly<Record<string, TextValue>>,
  language: string,
): string {
  return fillParts<never>(template, values, language).join('');
}

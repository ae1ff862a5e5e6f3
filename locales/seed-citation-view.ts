// Imports no data: islands use this, and it must not pull seeds or dictionaries into their bundles.
import { fillParts, fillText, type Template } from './template.ts';

/** A seed citation as surfaces get it (built by `seedPart` in `locales/seed-citations.ts`). */

/** A part (bullet or table row) of a seed document as the reader sees it. */
export interface SeedPartView {
  /** `seedFile#part`: one id per cited part (the automation contract `data-source`). */
  key: string;
  /** The document's name in the reader's language. */
  document: string;
  /** Its date in the reader's words („November 2016“, 2016 年 11 月). */
  date: string;
  /** The date as it stands in a citation („Stand November 2016“, „日期：2016 年 11 月“). */
  dated: string;
  /** The part's label („Zeile 3 der Tabelle …“). */
  part: string;
  /** The part in the reader's language. */
  text: string;
  /** The German original (empty for the whole document). */
  quote: string;
}

/** The texts a seed citation needs besides its view: resolved once per page or island. */
export interface SeedCitationStrings {
  /** `common:punctuation.citation`: "{{document}}, {{part}}". */
  citation: Template;
  /** "Original text (German)". */
  originalText: string;
}

/**
 * The citation line in parts: the document (given to `document`, e.g. as a `<cite>`), its
 * date and the part, joined with the language's citation punctuation.
 */
export function seedCitationParts<T>(
  view: SeedPartView,
  strings: Pick<SeedCitationStrings, 'citation'>,
  language: string,
  document: (name: string) => T,
): (string | T)[] {
  return fillParts<T>(
    strings.citation,
    {
      document: document(view.document),
      part: fillText(strings.citation, { document: view.dated, part: view.part }, language),
    },
    language,
  );
}

/** The citation line as text (a compact surface, a printed list). */
export function seedCitationText(
  view: SeedPartView,
  strings: Pick<SeedCitationStrings, 'citation'>,
  language: string,
): string {
  return seedCitationParts(view, strings, language, (name) => name).join('');
}

/**
 * Several parts cited together (a quiz card's sources): each document named once, with its
 * parts after it in the order given and `separator` between them — „合作伙伴中心文档《多渠道》
 * （德语版），2016 年 11 月，情形列表，第 1 项；表格，“基于许可证的服务”行“ — rather than the
 * document repeated before every part.
 */
export function seedCitationsText(
  views: readonly SeedPartView[],
  strings: Pick<SeedCitationStrings, 'citation'>,
  separator: string,
  language: string,
): string {
  const byDocument = new Map<string, SeedPartView[]>();
  for (const view of views) {
    const id = `${view.document}\u0000${view.dated}`;
    byDocument.set(id, [...(byDocument.get(id) ?? []), view]);
  }
  return [...byDocument.values()]
    .map(([first, ...rest]) =>
      [seedCitationText(first!, strings, language), ...rest.map((view) => view.part)].join(
        separator,
      ),
    )
    .join(separator);
}

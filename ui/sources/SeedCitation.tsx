import { fillParts, fillText, type Template } from '../../locales/template.ts';

/** A part (bullet or table row) of a seed document as the reader sees it. */
export interface SeedPartView {
  /** The document's name in the reader's language. */
  document: string;
  /** Its date in the reader's words („November 2016“, 2016 年 11 月). */
  date: string;
  /** The part's label („Zeile 3 der Tabelle …“). */
  part: string;
  /** The part in the reader's language. */
  text: string;
  /** The German original (empty for the whole document). */
  quote: string;
}

/**
 * One cited part of a seed document: its document and date (when `citation` is given), its
 * label, our translation, and the German original behind a disclosure. The tree island, the
 * sources page and the extension show sources with it.
 */
export function SeedCitation(props: {
  source: SeedPartView;
  lang: string;
  /** "Original text (German)". */
  originalText: string;
  /** `common:punctuation.citation` and `site:tree.documentDate`, to name the document. */
  citation?: { template: Template; documentDate: Template } | undefined;
  id?: string | undefined;
  dataSource?: string | undefined;
}) {
  const { source, lang, citation } = props;
  return (
    <div class="source" id={props.id} data-source={props.dataSource}>
      {citation && (
        <p class="source-document">
          {fillParts(
            citation.template,
            {
              document: <cite>{source.document}</cite>,
              part: fillText(citation.documentDate, { date: source.date }, lang),
            },
            lang,
          )}
        </p>
      )}
      <p class="source-part">{source.part}</p>
      <blockquote>
        <p>{source.text}</p>
      </blockquote>
      {source.quote && (
        <details>
          <summary>{props.originalText}</summary>
          <blockquote lang="de">
            <p>{source.quote}</p>
          </blockquote>
        </details>
      )}
    </div>
  );
}

import type { Language } from '../../../core/index.ts';
import { formatPageDate } from '../../../locales/change-notes.ts';
import type { ClaimSourceLine } from '../../../locales/claims.ts';
import { fillParts } from '../../../locales/text.ts';

/**
 * One source of a claim on the timeline: the linked title (in its own language) with the
 * page's date, "(not a Microsoft page)" and "(English page)" where they apply. Every wording
 * comes from the locale, so punctuation and spacing fit the reader's language.
 */
export default function TimelineSource(props: {
  source: ClaimSourceLine;
  lang: Language;
  /** `changes:sourceDated`, `sourceUndated`, `thirdParty`, `sourceInLanguage`, placeholders kept. */
  strings: { dated: string; undated: string; thirdParty: string; inLanguage: string };
}) {
  const { source, strings } = props;
  const line = source.pageDate
    ? strings.dated.replace('{{date}}', formatPageDate(source.pageDate, props.lang))
    : strings.undated;
  const link = (
    <a href={source.url} rel="noopener" hreflang={source.lang}>
      {fillParts(line, { title: <span lang={source.lang}>{source.title}</span> })}
    </a>
  );
  const kind =
    source.kind === 'third-party' ? <>{fillParts(strings.thirdParty, { source: link })}</> : link;
  return source.languageLabel ? (
    <>{fillParts(strings.inLanguage, { source: kind, language: source.languageLabel })}</>
  ) : (
    kind
  );
}

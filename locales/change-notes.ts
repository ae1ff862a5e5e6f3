import type { Change, ChangeId } from '../core/changes.ts';
import { claimView, type ClaimTranslate, type ClaimView } from './claims.ts';
import type { Language } from '../core/languages.ts';
import type { Translate } from './i18n.ts';

export { aroundPlaceholder } from './placeholder.ts';

/**
 * A change-since-the-source note as every surface shows it (site, training, extension): the
 * note's claim from the claims register (`claimView`) with its date in front ("Since 9
 * October 2023: …"), the page it links to in the reader's language where Microsoft has one,
 * and its confirmation marker. Plain data, so islands and the extension get it resolved.
 */
export interface ChangeNote {
  id: ChangeId;
  /** "Since {{date}}: {{claim}}" in the reader's language. */
  text: string;
  title: string;
  href: string;
  /**
   * The link's text with `{{title}}` where the page's title goes ("{{title}} (page dated 29
   * July 2020)"): surfaces put the title in an element of its own language (`sourceLang`).
   */
  source: string;
  /** The linked page's title, in `sourceLang`. */
  sourceTitle: string;
  /** Language of the linked page. */
  sourceLang: string;
  /** The claim behind the note, as every surface renders claims. */
  claim: ClaimView;
  /** The claim's confirmation marker when it is not confirmed on a Microsoft page. */
  unconfirmed?: string;
}

/** The page's own date, formatted for the reader. */
export function formatPageDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year!, month! - 1, day!)));
}

/** Left in the source line for the title element (see `ChangeNote.source`). */
const TITLE = '{{title}}';

/** The link's text as read (title in place), for plain-text uses such as tests and e-mail. */
export function sourceText(note: ChangeNote): string {
  return note.source.replace(TITLE, note.sourceTitle);
}

export function changeNote(t: Translate, language: Language, change: Change): ChangeNote {
  const claim = claimView(t as ClaimTranslate, language, change.claim);
  const first = claim.sources[0]!;
  const dated = first.pageDate
    ? t('changes:sourceDated', { title: TITLE, date: formatPageDate(first.pageDate, language) })
    : t('changes:sourceUndated', { title: TITLE });
  const source = first.languageLabel
    ? t('changes:sourceInLanguage', { source: dated, language: first.languageLabel })
    : dated;
  return {
    id: change.id,
    text: claim.dated,
    title: t(`changes:change.${change.id}.title`),
    href: first.url,
    source: first.kind === 'third-party' ? t('changes:thirdParty', { source }) : source,
    sourceTitle: first.title,
    sourceLang: first.lang,
    claim,
    ...(claim.confirmation === 'confirmed' ? {} : { unconfirmed: claim.marker }),
  };
}

import { formatChangeDate, noteKind, type Change, type ChangeId } from '../core/changes.ts';
import type { Language } from '../core/languages.ts';
import type { Translate } from './i18n.ts';

export { aroundPlaceholder } from './placeholder.ts';

/**
 * A change-since-the-source note as every surface shows it (site, training, extension):
 * one locale sentence ("Since 22 May 2023: …"), the Microsoft page it links to, and the
 * "not confirmed" warning where the entry is unconfirmed. Plain data, so islands and the
 * extension get it resolved.
 */
export interface ChangeNote {
  id: ChangeId;
  /** "Since {{date}}: {{summary}}" in the reader's language. */
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
  /** Set when the fact is not confirmed on Microsoft's own pages. */
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
  const summary = t(`changes:change.${change.id}.summary`);
  const kind = noteKind(change);
  const text =
    kind === 'undated'
      ? t('changes:note.undated', { summary })
      : t(`changes:note.${kind}`, { summary, date: formatChangeDate(change, language)! });
  const [first] = change.sources;
  const source = first!.pageDate
    ? t('changes:sourceDated', {
        title: TITLE,
        date: formatPageDate(first!.pageDate, language),
      })
    : t('changes:sourceUndated', { title: TITLE });
  return {
    id: change.id,
    text,
    title: t(`changes:change.${change.id}.title`),
    href: first!.url,
    source,
    sourceTitle: first!.title,
    sourceLang: first!.language,
    ...(change.confirmed ? {} : { unconfirmed: t('changes:unconfirmed') }),
  };
}

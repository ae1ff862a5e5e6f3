import { noteKind, type Change, type ChangeId, type ChangeSource } from '../core/changes.ts';
import type { Language } from '../core/languages.ts';
import { formatDate } from './format.ts';
import type { Key, Translate } from './translator.ts';
import { fillText, type Template } from './template.ts';

/**
 * View models of what changed since the sources, finished for one reader: every text is in
 * the reader's language, every date formatted (locales/format.ts); only the page title stays
 * in the page's own language, and `ui/notes/ChangeNote.tsx` / `ui/sources/PageSource.tsx`
 * render them on the site, in training and in the extension.
 */

/** A cited web page: its title in the page's language, linked, with what the reader should know. */
export interface PageSource {
  href: string;
  /** The page's own title. */
  title: string;
  /** Language of the page and its title (`lang`, `hreflang`). */
  lang: string;
  /**
   * The link's text: `{{title}}` is the title element, the other placeholders come from
   * `values`: "{{title}} (page dated {{date}})", "{{title}}（{{language}}页面，页面日期：{{date}}）".
   */
  text: Template;
  values: Readonly<Record<string, string>>;
}

export interface ChangeNote {
  id: ChangeId;
  /** "Since {{date}}: {{summary}}" filled, in the reader's language. */
  text: string;
  title: string;
  /** "Source: {{source}}", the source link going where `{{source}}` is. */
  sourceLine: Template;
  source: PageSource;
  /** Set when the fact is not confirmed on Microsoft's own pages. */
  unconfirmed?: string;
}

/** A change's date for a reader: a stated date to the day, a page's date to the month. */
export function changeDate(change: Change, language: Language): string | undefined {
  if (!change.effective) return undefined;
  return formatDate(
    change.effective.date,
    language,
    change.effective.basis === 'stated' ? 'day' : 'month',
  );
}

/**
 * The citation of a page for a reader of `language`: the page's date when it has one, and
 * its language when it is not the reader's; a third party's page says it is not Microsoft's.
 */
export function pageSource(t: Translate, source: ChangeSource): PageSource {
  const language = t.language;
  const foreign = source.language !== language;
  const date = source.pageDate ? formatDate(source.pageDate, language) : undefined;
  const values = {
    ...(date ? { date } : {}),
    ...(foreign ? { language: t(`common:pageLanguage.${source.language}`) } : {}),
  };
  const key = (
    source.publisher === 'third-party'
      ? date
        ? foreign
          ? 'changes:source.thirdPartyDatedIn'
          : 'changes:source.thirdPartyDated'
        : foreign
          ? 'changes:source.thirdPartyUndatedIn'
          : 'changes:source.thirdPartyUndated'
      : date
        ? foreign
          ? 'changes:source.datedIn'
          : 'changes:source.dated'
        : foreign
          ? 'changes:source.undatedIn'
          : 'changes:source.undated'
  ) satisfies Key;
  return {
    href: source.url,
    title: source.title,
    lang: source.language,
    text: t.template(key),
    values,
  };
}

export function changeNote(t: Translate, change: Change): ChangeNote {
  const summary = t(`changes:change.${change.id}.summary`);
  const kind = noteKind(change);
  const date = changeDate(change, t.language);
  // German needs its article before a day („Seit dem 22. Mai 2023“), not before a month.
  const dayPrecise = change.effective?.date.length === 10;
  const text =
    kind === 'undated' || !date
      ? t('changes:note.undated', { summary })
      : kind === 'since' && !dayPrecise
        ? t('changes:note.sinceMonth', { summary, date })
        : t(`changes:note.${kind}`, { summary, date });
  return {
    id: change.id,
    text,
    title: t(`changes:change.${change.id}.title`),
    sourceLine: t.template('changes:sourceLine'),
    source: pageSource(t, change.sources[0]!),
    ...(change.confirmed ? {} : { unconfirmed: t('changes:unconfirmed') }),
  };
}

/** A page source's link text as read, title in place (plain-text uses and tests). */
export function pageSourceText(source: PageSource, language: Language): string {
  return fillText(source.text, { ...source.values, title: source.title }, language);
}

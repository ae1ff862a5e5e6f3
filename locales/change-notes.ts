import type { Change, ChangeId } from '../core/changes.ts';
import type { SourceKind } from '../core/claims.ts';
import { claimView, type ClaimView } from './claims.ts';
import type { Language } from '../core/languages.ts';
import { formatDate } from './format.ts';
import type { Key, Translate } from './translator.ts';
import { fillText, type Template } from './template.ts';

/**
 * View models of what changed since the sources, finished for one reader: every text is in
 * the reader's language, every date formatted (locales/format.ts); only the page title stays
 * in the page's own language, and `ui/notes/ChangeNote.tsx` / `ui/sources/PageSource.tsx`
 * render them on the site, in training and in the extension. A note states its claim from
 * the claims register (`claimView`) with its date in front ("Since 9 October 2023: …"), links
 * the claim's page in the reader's language where Microsoft has one, and carries the claim's
 * confirmation marker.
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
  /** "Since {{date}}: {{claim}}" filled, in the reader's language. */
  text: string;
  title: string;
  /** "Source: {{source}}", the source link going where `{{source}}` is. */
  sourceLine: Template;
  source: PageSource;
  /** The claim behind the note, as every surface renders claims. */
  claim: ClaimView;
  /** The claim's confirmation marker when it is not confirmed on a Microsoft page. */
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

/** A page a note or claim cites (a change's source, a claim's source line). */
export interface CitedPage {
  url: string;
  title: string;
  /** The page's own date, ISO; undefined where we read none. */
  pageDate?: string;
  kind: SourceKind;
  /** Language of the page (and its title). */
  language: Language;
}

/**
 * The citation of a page for a reader of `language`: the page's date when it has one, and
 * its language when it is not the reader's; a third party's page says it is not Microsoft's.
 */
export function pageSource(t: Translate, source: CitedPage): PageSource {
  const language = t.language;
  const foreign = source.language !== language;
  const date = source.pageDate ? formatDate(source.pageDate, language) : undefined;
  const values = {
    ...(date ? { date } : {}),
    ...(foreign ? { language: t(`common:pageLanguage.${source.language}`) } : {}),
  };
  const key = (
    source.kind === 'third-party'
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
  const claim = claimView(t, change.claim);
  const first = claim.sources[0]!;
  return {
    id: change.id,
    text: claim.dated,
    title: t(`changes:change.${change.id}.title`),
    sourceLine: t.template('changes:sourceLine'),
    source: pageSource(t, { ...first, language: first.lang }),
    claim,
    ...(claim.confirmation === 'confirmed' ? {} : { unconfirmed: claim.marker }),
  };
}

/** A page source's link text as read, title in place (plain-text uses and tests). */
export function pageSourceText(source: PageSource, language: Language): string {
  return fillText(source.text, { ...source.values, title: source.title }, language);
}

import {
  claimById,
  effectiveDate,
  presentClaim,
  type ClaimDate,
  type ClaimId,
  type ConfirmationLevel,
  type SourceKind,
} from '../core/claims.ts';
import { GDAP_LIMITS } from '../core/gdap.ts';
import type { Language } from '../core/languages.ts';
import { formatDate } from './format.ts';
import { pageSource, type PageSource } from './page-source.ts';
import type { Translate } from './translator.ts';

/**
 * A claim from the register (`core/claims.ts`) with its sentences resolved for one reader:
 * the plain-data view model every surface renders (change notes, link explanation, e-mail
 * notes, glossary, extension). Nothing else states how things are today.
 */
export interface ClaimView {
  id: ClaimId;
  /** The claim in the reader's language, its dates and numbers filled in. */
  text: string;
  /** The claim with its date in front ("Since 9 October 2023: …"), as change notes show it. */
  dated: string;
  confirmation: ConfirmationLevel;
  /** The sentence shown beside the claim for its confirmation level (always present). */
  marker: string;
  kind: SourceKind;
  sources: readonly ClaimSourceLine[];
  /** ISO date the claim holds from, where a source dates it. */
  date?: string;
  /** That date for the reader. */
  dateText?: string;
}

export interface ClaimSourceLine {
  url: string;
  title: string;
  /** Language of the page: put it on the title element (`lang`). */
  lang: Language;
  kind: SourceKind;
  /** "English page" when the page is not in the reader's language. */
  languageLabel?: string;
  pageDate?: string;
  /** The page as every cited page is named (locales/page-source.ts): title, then its date, language and kind. */
  page: PageSource;
}

/**
 * A claim's date for a reader (locales/format.ts): a stated date to the day, a page's date to
 * the month (the page was written some time before).
 */
export function formatClaimDate(date: ClaimDate, language: Language): string {
  return formatDate(date.date, language, date.basis === 'stated' ? 'day' : 'month');
}

/**
 * A claim's text with its date in front, as change notes show it: "Since 9 October 2023: …",
 * "By July 2020 at the latest: …". German needs its article before a day („Seit dem 22. Mai
 * 2023“), not before a month, so a stated month has its own key.
 */
export function datedText(t: Translate, summary: string, date: ClaimDate | undefined): string {
  if (!date) return t('changes:note.undated', { summary });
  const dateText = formatClaimDate(date, t.language);
  if (date.basis !== 'stated') return t('changes:note.byLatest', { summary, date: dateText });
  return date.date.length === 10
    ? t('changes:note.since', { summary, date: dateText })
    : t('changes:note.sinceMonth', { summary, date: dateText });
}

/** The claim for a reader, through `presentClaim`: the only way surfaces state a claim. */
export function claimView(t: Translate, id: ClaimId): ClaimView {
  const { language } = t;
  const presented = presentClaim(id, language);
  const claim = claimById(id);
  const effective = effectiveDate(claim);
  const [first] = claim.dates;
  const dateText = effective ? formatClaimDate(effective, language) : undefined;
  const text = t(presented.textKey, {
    days: GDAP_LIMITS.requestExpiryDays,
    ...(dateText ? { date: dateText } : {}),
    ...(first ? { transitionDate: formatClaimDate(first, language) } : {}),
  });
  const dated = datedText(t, text, effective);
  const marker = t(`changes:confirmation.${presented.doubt ?? presented.confirmation}`);
  return {
    id,
    text,
    dated,
    confirmation: presented.confirmation,
    marker,
    kind: presented.kind,
    sources: presented.sources.map((source) => ({
      url: source.url,
      title: source.title,
      lang: source.lang,
      kind: source.kind,
      ...(source.lang === language
        ? {}
        : { languageLabel: t(`common:pageLanguage.${source.lang}`) }),
      ...(source.pageDate ? { pageDate: source.pageDate } : {}),
      page: pageSource(t, { ...source, language: source.lang }),
    })),
    ...(effective ? { date: effective.date, dateText: dateText! } : {}),
  };
}

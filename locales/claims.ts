import {
  GDAP_LIMITS,
  claimById,
  effectiveDate,
  formatClaimDate,
  presentClaim,
  type ClaimDate,
  type ClaimId,
  type ConfirmationLevel,
  type SourceKind,
} from '../core/index.ts';
import type { Language } from '../core/languages.ts';

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
  /** "Not a Microsoft page" and the like. */
  kindLabel: string;
  /** "English page" when the page is not in the reader's language. */
  languageLabel?: string;
  pageDate?: string;
}

/** Any i18next-style translator (the site's typed `t` and the extension's both fit). */
export type ClaimTranslate = (key: string, options?: Record<string, string | number>) => string;

function noteKey(date: ClaimDate | undefined): 'since' | 'byLatest' | 'undated' {
  if (!date) return 'undated';
  return date.basis === 'stated' ? 'since' : 'byLatest';
}

/** The claim for a reader, through `presentClaim`: the only way surfaces state a claim. */
export function claimView(t: ClaimTranslate, language: Language, id: ClaimId): ClaimView {
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
  const kind = noteKey(effective);
  const dated =
    kind === 'undated'
      ? t('changes:note.undated', { summary: text })
      : t(`changes:note.${kind}`, { summary: text, date: dateText! });
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
      kindLabel: t(`changes:sourceKind.${source.kind}`),
      ...(source.lang === language
        ? {}
        : { languageLabel: t(`changes:pageLanguage.${source.lang}`) }),
      ...(source.pageDate ? { pageDate: source.pageDate } : {}),
    })),
    ...(effective ? { date: effective.date, dateText: dateText! } : {}),
  };
}

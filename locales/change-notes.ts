import type { Change, ChangeId } from '../core/changes.ts';
import { claimView, type ClaimView } from './claims.ts';
import type { Language } from '../core/languages.ts';
import { formatDate } from './format.ts';
import type { Translate } from './translator.ts';
import type { Template } from './template.ts';
import { pageSource, type PageSource } from './page-source.ts';

/**
 * View models of what changed since the sources, finished for one reader: every text is in
 * the reader's language, every date formatted (locales/format.ts); only the page title stays
 * in the page's own language, and `ui/notes/ChangeNote.tsx` / `ui/sources/PageSource.tsx`
 * render them on the site, in training and in the extension. A note states its claim from
 * the claims register (`claimView`) with its date in front ("Since 9 October 2023: …"), links
 * the claim's page in the reader's language where Microsoft has one, and carries the claim's
 * confirmation marker.
 */

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

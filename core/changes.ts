import {
  claimById,
  confirmationOf,
  effectiveDate,
  type Claim,
  type ClaimId,
  type SourceKind,
} from './claims.ts';
import type { Cloud, Origin, Role, Service, Situation } from './situation.ts';
import type { OutcomeId, Status, Verdict } from './verdict.ts';

/**
 * WHAT CHANGED SINCE THE SOURCES, as data. The rules follow the seeds (2016 and 2018) and
 * stay as they are; each entry here is a note shown beside the verdicts, steps and answers it
 * affects (never instead of the seed's rule): `changesFor()` decides which.
 *
 * What a note says, its sources, its date and how sure we are of it come from ONE claim of
 * the claims register (`claims.ts`): a change only adds where the note is shown. So the same
 * fact reads the same, with the same confirmation level, on every surface.
 *
 * Dates (from the claim): `stated` — the date a source gives for the change ("Since 9
 * October 2023: …"); `page-date` — only the page's own date (`ms.date`) is known, the change
 * held by then at the latest ("By July 2020 at the latest: …"); none — "changed since the
 * source" without a date. Never a guessed date.
 *
 * Texts: the claim's `changes:claim.<claim>`; the timeline's heading `changes:change.<id>.title`.
 */

export const CHANGE_IDS = [
  'indirect-reseller-invitations',
  'reseller-works-through-provider',
  'azure-plan-partner-transfer',
  'open-license-ended',
  'azure-into-csp',
  'azure-needs-reseller-relationship',
  'gdap-replaces-dap',
  'gdap-indirect-model',
  'new-commerce-license-transfer',
  'admin-center-name',
  'partner-center-page-names',
  'vianet-gdap-unconfirmed',
  'vianet-dap-2016',
] as const;
export type ChangeId = (typeof CHANGE_IDS)[number];

/** An invitation-link fact a change affects (shown by the link helper and glossary). */
export type LinkFact = 'dap-parameter' | 'admin-rights-with-relationship';

/** A change's source page, as the claim gives it for English readers. */
export interface ChangeSource {
  url: string;
  title: string;
  /** The page's own date (`ms.date`), ISO `YYYY-MM-DD`; undefined where we read none. */
  pageDate?: string;
  publisher: 'microsoft' | 'third-party';
  kind: SourceKind;
  /** Language of the page (and its title). */
  language: 'de' | 'en' | 'zh';
}

/** Which situations a change speaks to; a field left out matches every value. */
export interface ChangeScope {
  cloud: readonly Cloud[];
  origin?: readonly Origin[];
  service?: readonly Service[];
  role?: readonly Role[];
  /** The change applies where a verdict lists one of these outcomes (any, if left out). */
  outcomes?: readonly OutcomeId[];
  /** ...or where a verdict has one of these statuses. */
  statuses?: readonly Status[];
}

interface ChangeEntry {
  id: ChangeId;
  /** The claim the note states (its text, sources, date, confirmation). */
  claim: ClaimId;
  /** Situations and outcomes it affects. */
  affects: ChangeScope;
  /** Outcomes whose text it corrects (for surfaces that show an outcome without a situation). */
  outcomes: readonly OutcomeId[];
  linkFacts?: readonly LinkFact[];
  /** Glossary terms (`glossary:term.<id>`) whose definition it dates. */
  glossaryTerms?: readonly string[];
}

export interface Change extends ChangeEntry {
  /** The claim's effective date, or null when no source dates it. */
  effective: { date: string; basis: 'stated' | 'page-date' } | null;
  /** The claim's sources (English pages); the first is the one the note links to. */
  sources: readonly ChangeSource[];
  /** The claim is confirmed on a Microsoft page (no doubt, not only quoted). */
  confirmed: boolean;
}

const ENTRIES: readonly ChangeEntry[] = [
  {
    // The seeds: indirect resellers cannot create invitations. Connect with customers
    // (2020-10-12): they can. The seed's verdict stays; this note stands beside it.
    id: 'indirect-reseller-invitations',
    claim: 'indirect-reseller-creates-invitations',
    affects: {
      cloud: ['global'],
      role: ['indirect-reseller', 'indirect-provider'],
      outcomes: ['reseller-forwards-provider-invitation', 'provider-sends-invitation'],
    },
    outcomes: ['reseller-forwards-provider-invitation', 'provider-sends-invitation'],
    glossaryTerms: ['indirect-reseller'],
  },
  {
    id: 'reseller-works-through-provider',
    claim: 'indirect-reseller-works-through-provider',
    affects: {
      cloud: ['global'],
      role: ['indirect-reseller'],
      outcomes: [
        'new-csp-azure-subscription',
        'wait-for-term-end-or-cancel',
        'switch-azure-partner',
      ],
    },
    outcomes: [],
  },
  {
    id: 'azure-plan-partner-transfer',
    claim: 'azure-plan-partner-transfer',
    affects: { cloud: ['global'], origin: ['csp-partner'], service: ['usage-based'] },
    outcomes: ['switch-azure-partner'],
  },
  {
    id: 'open-license-ended',
    claim: 'open-license-ended',
    affects: { cloud: ['global'], origin: ['open'] },
    outcomes: [],
    glossaryTerms: ['open'],
  },
  {
    id: 'azure-into-csp',
    claim: 'azure-into-csp',
    affects: {
      cloud: ['global'],
      service: ['usage-based'],
      outcomes: ['new-csp-azure-subscription'],
    },
    outcomes: ['new-csp-azure-subscription'],
  },
  {
    id: 'azure-needs-reseller-relationship',
    claim: 'azure-needs-reseller-relationship',
    affects: {
      cloud: ['global'],
      service: ['usage-based'],
      outcomes: ['new-csp-azure-subscription'],
    },
    outcomes: ['new-csp-azure-subscription'],
  },
  {
    id: 'gdap-replaces-dap',
    claim: 'dap-retired',
    affects: {
      cloud: ['global'],
      outcomes: [
        'request-reseller-relationship',
        'provider-sends-invitation',
        'reseller-forwards-provider-invitation',
        'provider-names-admin-reseller',
      ],
    },
    outcomes: [
      'request-reseller-relationship',
      'provider-sends-invitation',
      'reseller-forwards-provider-invitation',
      'provider-names-admin-reseller',
    ],
    linkFacts: ['dap-parameter', 'admin-rights-with-relationship'],
    glossaryTerms: ['dap', 'reseller-relationship', 'invitation-link'],
  },
  {
    id: 'gdap-indirect-model',
    claim: 'gdap-indirect-reseller',
    affects: {
      cloud: ['global'],
      role: ['indirect-provider', 'indirect-reseller'],
      outcomes: ['provider-names-admin-reseller'],
    },
    outcomes: ['provider-names-admin-reseller'],
    glossaryTerms: ['gdap'],
  },
  {
    id: 'new-commerce-license-transfer',
    claim: 'new-commerce-license-transfer',
    affects: { cloud: ['global'], origin: ['csp-partner'], service: ['license-based'] },
    outcomes: ['wait-for-term-end-or-cancel'],
  },
  {
    id: 'admin-center-name',
    claim: 'admin-center-name',
    affects: {
      cloud: ['global'],
      outcomes: ['request-reseller-relationship', 'customer-grants-admin-to-reseller'],
    },
    outcomes: ['request-reseller-relationship'],
  },
  {
    id: 'partner-center-page-names',
    claim: 'partner-center-page-names',
    affects: { cloud: ['global'], outcomes: ['check-azure-service-availability'] },
    outcomes: ['check-azure-service-availability'],
  },
  {
    id: 'vianet-gdap-unconfirmed',
    claim: 'gdap-not-in-21vianet',
    affects: {
      cloud: ['21vianet'],
      outcomes: ['request-reseller-relationship', 'customer-grants-admin-to-reseller'],
    },
    outcomes: ['customer-grants-admin-to-reseller'],
  },
  {
    id: 'vianet-dap-2016',
    claim: 'vianet-relationship-adds-dap',
    affects: {
      cloud: ['21vianet'],
      outcomes: ['request-reseller-relationship', 'customer-grants-admin-to-reseller'],
    },
    outcomes: ['customer-grants-admin-to-reseller'],
  },
];

function changeSource(claim: Claim): ChangeSource[] {
  return claim.sources.map((source) => {
    const page = source.pages.en;
    return {
      url: page.url,
      title: page.title,
      ...(page.pageDate ? { pageDate: page.pageDate } : {}),
      publisher: source.kind === 'third-party' ? 'third-party' : 'microsoft',
      kind: source.kind,
      language: page.lang,
    };
  });
}

/** Every change, with what its claim says about sources, date and confirmation. */
export const CHANGES: readonly Change[] = ENTRIES.map((entry) => {
  const claim = claimById(entry.claim);
  const date = effectiveDate(claim);
  return {
    ...entry,
    effective: date ? { date: date.date, basis: date.basis } : null,
    sources: changeSource(claim),
    confirmed: confirmationOf(claim) === 'confirmed',
  };
});

/** The change with this id. */
export function changeById(id: ChangeId): Change {
  const change = CHANGES.find((c) => c.id === id);
  if (!change) {
    throw new TypeError(`Unknown change "${String(id)}". Allowed: ${CHANGE_IDS.join(', ')}.`);
  }
  return change;
}

/** Changes in timeline order: dated ones oldest first, then the undated ones. */
export function changesByDate(changes: readonly Change[] = CHANGES): Change[] {
  return [...changes].sort((a, b) => {
    if (!a.effective || !b.effective) return a.effective ? -1 : b.effective ? 1 : 0;
    return a.effective.date.localeCompare(b.effective.date);
  });
}

function situationInScope(scope: ChangeScope, situation: Situation): boolean {
  return (
    scope.cloud.includes(situation.cloud) &&
    (scope.origin === undefined || scope.origin.includes(situation.origin)) &&
    (scope.service === undefined || scope.service.includes(situation.service)) &&
    (scope.role === undefined || scope.role.includes(situation.role))
  );
}

/**
 * The changes that apply to a verdict reached by these situations (one for a full answer
 * set; several for a tree verdict that stands for many): a change applies when some
 * situation is in its scope and the verdict shows one of its outcomes or statuses (when it
 * names any). Returned in timeline order.
 */
export function changesFor(
  verdict: Verdict,
  situations: readonly Situation[],
  changes: readonly Change[] = CHANGES,
): Change[] {
  return changesByDate(
    changes.filter((change) => {
      const { outcomes, statuses } = change.affects;
      const byOutcome = outcomes?.some((o) => verdict.outcomes.includes(o));
      const byStatus = statuses?.includes(verdict.status);
      const shown =
        outcomes === undefined && statuses === undefined ? true : Boolean(byOutcome || byStatus);
      return shown && situations.some((s) => situationInScope(change.affects, s));
    }),
  );
}

/**
 * The changes that correct an outcome's text wherever the outcome is shown without a full
 * situation (quiz feedback, handouts, cheat sheets, extension check for a cloud).
 */
export function changesForOutcome(
  outcome: OutcomeId,
  cloud?: Cloud,
  changes: readonly Change[] = CHANGES,
): Change[] {
  return changesByDate(
    changes.filter(
      (c) =>
        c.outcomes.includes(outcome) && (cloud === undefined || c.affects.cloud.includes(cloud)),
    ),
  );
}

/** The changes that concern an invitation-link fact (the DAP parameter, for example). */
export function changesForLinkFact(fact: LinkFact, changes: readonly Change[] = CHANGES): Change[] {
  return changes.filter((c) => c.linkFacts?.includes(fact));
}

/** The changes that date a glossary term's definition. */
export function changesForGlossaryTerm(
  term: string,
  changes: readonly Change[] = CHANGES,
): Change[] {
  return changesByDate(changes.filter((c) => c.glossaryTerms?.includes(term)));
}

/** Which locale string a change's note uses, by how its date is known. */
export function noteKind(change: Change): 'since' | 'byLatest' | 'undated' {
  if (!change.effective) return 'undated';
  return change.effective.basis === 'stated' ? 'since' : 'byLatest';
}

/**
 * A change's date for a reader, formatted by `Intl.DateTimeFormat` in their language:
 * a stated date to the day, a page date to the month (the page was written some time
 * before). Undefined for an undated change.
 */
export function formatChangeDate(change: Change, language: string): string | undefined {
  if (!change.effective) return undefined;
  const [year, month, day] = change.effective.date.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    change.effective.basis === 'stated' && day !== undefined
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(date);
}

import type { Cloud, Origin, Role, Service, Situation } from './situation.ts';
import type { OutcomeId, Status, Verdict } from './verdict.ts';

/**
 * WHAT CHANGED SINCE THE SOURCES, as data. The rules follow the seeds (2016 and 2018) and
 * stay as they are; these entries say what Microsoft's pages say holds today, dated and
 * sourced. Every surface that shows an affected outcome, status or answer shows the note
 * beside it (never instead of the seed's rule): `changesFor()` decides which.
 *
 * Dates:
 * - `effective.basis: 'stated'` — the date Microsoft's page gives for the change
 *   ("Since May 2023: …").
 * - `effective.basis: 'page-date'` — the page gives no date for the change, only its own
 *   `ms.date`: the change held by then at the latest ("By July 2020 at the latest: …").
 * - `effective: null` — neither: the note says "changed since the source" without a date.
 * Never a guessed date.
 *
 * `confirmed: false` marks an entry whose fact we could not confirm on Microsoft's own
 * pages (the source is third-party); the UI says so next to the note.
 *
 * Texts: `locales/<lng>/changes.json` under `change.<id>.{title,summary,explanation}`.
 */

export const CHANGE_IDS = [
  'azure-plan-partner-transfer',
  'open-license-ended',
  'azure-into-csp',
  'gdap-replaces-dap',
  'new-commerce-license-transfer',
  'admin-center-name',
  'partner-center-page-names',
] as const;
export type ChangeId = (typeof CHANGE_IDS)[number];

/** An invitation-link fact a change affects (shown by the link helper and glossary). */
export type LinkFact = 'dap-parameter' | 'admin-rights-with-relationship';

export interface ChangeSource {
  url: string;
  /** The page's own title, as Microsoft (or the third party) gives it. */
  title: string;
  /** The page's own date (`ms.date`), ISO `YYYY-MM-DD`; undefined where the stored page shows none. */
  pageDate?: string;
  publisher: 'microsoft' | 'third-party';
  /** Language of the page (and its title). */
  language: 'de' | 'en';
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

export interface Change {
  id: ChangeId;
  effective: { date: string; basis: 'stated' | 'page-date' } | null;
  /** First source is the one the note links to. */
  sources: readonly ChangeSource[];
  confirmed: boolean;
  /** Situations and outcomes it affects. */
  affects: ChangeScope;
  /** Outcomes whose text it corrects (for surfaces that show an outcome without a situation). */
  outcomes: readonly OutcomeId[];
  linkFacts?: readonly LinkFact[];
  /** Glossary terms (`glossary:term.<id>`) whose definition it dates. */
  glossaryTerms?: readonly string[];
}

export const CHANGES: readonly Change[] = [
  {
    // The Azure plan page (de-DE, ms.date 07/29/2020) describes the transfer request form
    // in Partner Center; only partners billed directly by Microsoft use it, indirect
    // resellers go through their indirect provider. It gives no start date.
    id: 'azure-plan-partner-transfer',
    effective: { date: '2020-07-29', basis: 'page-date' },
    sources: [
      {
        url: 'https://learn.microsoft.com/de-de/partner-center/transfer-azure-subscriptions-under-azure-plan',
        title: 'Übertragen eines Azure-Abonnements im Azure-Plan auf einen anderen CSP-Partner',
        pageDate: '2020-07-29',
        publisher: 'microsoft',
        language: 'de',
      },
    ],
    confirmed: true,
    affects: { cloud: ['global'], origin: ['csp-partner'], service: ['usage-based'] },
    outcomes: ['switch-azure-partner'],
  },
  {
    // Microsoft's own announcement is not among the stored pages; the date is quoted from
    // it by the trade press. Hence unconfirmed.
    id: 'open-license-ended',
    effective: { date: '2022-01-01', basis: 'stated' },
    sources: [
      {
        url: 'https://rcpmag.com/articles/2020/10/01/microsoft-open-license-csps.aspx',
        title: "End of Microsoft's Open License Program Leaves Door Open for CSPs",
        pageDate: '2020-10-01',
        publisher: 'third-party',
        language: 'en',
      },
    ],
    confirmed: false,
    affects: { cloud: ['global'], origin: ['open'] },
    outcomes: [],
    glossaryTerms: ['open'],
  },
  {
    // "Transfer Azure subscriptions between subscribers and CSPs", ms.date 03/29/2023:
    // Azure Expert MSPs (direct bill) can take over billing of direct EA and MCA
    // enterprise subscriptions; every other subscription moves by moving its resources.
    id: 'azure-into-csp',
    effective: { date: '2023-03-29', basis: 'page-date' },
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/azure/cost-management-billing/manage/transfer-subscriptions-subscribers-csp',
        title: 'Transfer Azure subscriptions between subscribers and CSPs',
        pageDate: '2023-03-29',
        publisher: 'microsoft',
        language: 'en',
      },
    ],
    confirmed: true,
    affects: {
      cloud: ['global'],
      service: ['usage-based'],
      outcomes: ['new-csp-azure-subscription'],
    },
    outcomes: ['new-csp-azure-subscription'],
  },
  {
    // "Microsoft began the DAP to GDAP transition on May 22, 2023" (Microsoft-led
    // transition page). The GDAP FAQ gives the limits: requests expire after 90 days,
    // relationships last at most two years, no Enterprise Agreement subscriptions.
    // Whether 21Vianet's Partner Center made the same move is not on these pages, so the
    // change is scoped to the global cloud.
    id: 'gdap-replaces-dap',
    effective: { date: '2023-05-22', basis: 'stated' },
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/partner-center/gdap-microsoft-led-transition',
        title: 'Microsoft-led transition from DAP to GDAP',
        publisher: 'microsoft',
        language: 'en',
      },
      {
        url: 'https://learn.microsoft.com/en-us/partner-center/dap-faq',
        title: 'GDAP frequently asked questions',
        publisher: 'microsoft',
        language: 'en',
      },
      {
        url: 'https://learn.microsoft.com/en-us/partner-center/gdap-introduction',
        title: 'Introduction to granular delegated admin privileges (GDAP)',
        publisher: 'microsoft',
        language: 'en',
      },
    ],
    confirmed: true,
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
    // "Create a transfer for new commerce": partners can transfer new-commerce
    // license-based subscriptions (and Azure plans) between transacting partners. The page
    // gives no start date and the stored copy shows no ms.date.
    id: 'new-commerce-license-transfer',
    effective: null,
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/partner-center/developer/create-a-transfer',
        title: 'Create a transfer for new commerce using Partner Center REST APIs',
        publisher: 'microsoft',
        language: 'en',
      },
    ],
    confirmed: true,
    affects: { cloud: ['global'], origin: ['csp-partner'], service: ['license-based'] },
    outcomes: ['wait-for-term-end-or-cancel'],
  },
  {
    // "Customers can approve your request ... in the Microsoft 365 admin center" (GDAP
    // customer approval page); the page gives no date for the name.
    id: 'admin-center-name',
    effective: null,
    sources: [
      {
        url: 'https://learn.microsoft.com/en-us/partner-center/gdap-customer-approval',
        title: 'Customer approval of partner GDAP request',
        publisher: 'microsoft',
        language: 'en',
      },
    ],
    confirmed: true,
    affects: {
      cloud: ['global'],
      outcomes: ['request-reseller-relationship', 'customer-grants-admin-to-reseller'],
    },
    outcomes: ['request-reseller-relationship'],
  },
  {
    // The 2016 seed points to the section "Azure services in CSP" on the Sell page. Microsoft's
    // later pages (request a relationship, ms.date 10/29/2018; Azure plan transfer, 07/29/2020)
    // name the menu as Customers → "Request a reseller relationship" and Customers → customer →
    // Subscriptions → "Transfer request". That the Sell page is gone is not stated by
    // Microsoft, so unconfirmed.
    id: 'partner-center-page-names',
    effective: { date: '2018-10-29', basis: 'page-date' },
    sources: [
      {
        url: 'https://learn.microsoft.com/de-de/partner-center/request-a-relationship-with-a-customer',
        title: 'Anfordern einer Beziehung mit einem Kunden | Partner Center',
        pageDate: '2018-10-29',
        publisher: 'microsoft',
        language: 'de',
      },
    ],
    confirmed: false,
    affects: { cloud: ['global'], outcomes: ['check-azure-service-availability'] },
    outcomes: ['check-azure-service-availability'],
  },
];

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

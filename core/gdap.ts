/**
 * Granular delegated admin privileges (GDAP): today's way for a partner to get admin access
 * to a customer's tenant, and why an old invitation's `DAP=true` no longer gives it. Facts
 * as data, each with the Microsoft Learn page it comes from. The seeds (2016, 2018) predate
 * GDAP; these facts stand beside the seed rules, they do not change them.
 *
 * `checked` is the day we read the page (Microsoft Learn pages change without a version; the
 * stored copies we read showed no page date). A fact with `confirmed: false` was not found in
 * Microsoft's own words; the UI says so next to it.
 */

export interface MicrosoftPage {
  /** The page's English title on Microsoft Learn. */
  title: string;
  /** Language-neutral address: Microsoft Learn picks the reader's language. */
  url: string;
  /** ISO date on which we read the page. */
  checked: string;
}

export const GDAP_PAGES = {
  introduction: {
    title: 'Granular delegated admin privileges (GDAP) introduction',
    url: 'https://learn.microsoft.com/partner-center/gdap-introduction',
    checked: '2026-11-22',
  },
  faq: {
    title: 'GDAP frequently asked questions',
    url: 'https://learn.microsoft.com/partner-center/dap-faq',
    checked: '2026-11-22',
  },
  graphApi: {
    title: 'Granular delegated admin privileges (GDAP) API overview',
    url: 'https://learn.microsoft.com/graph/api/resources/delegatedadminrelationships-api-overview',
    checked: '2026-11-22',
  },
  dapTransition: {
    title: 'Partner Center APIs DAP-to-GDAP transition',
    url: 'https://learn.microsoft.com/partner-center/dap-api-impact',
    checked: '2026-11-22',
  },
} as const satisfies Record<string, MicrosoftPage>;

export type GdapPageId = keyof typeof GDAP_PAGES;

/** Limits Microsoft names for GDAP relationships (GDAP FAQ). */
export const GDAP_LIMITS = {
  /** A relationship lasts at most two years (Microsoft Graph: duration P1D … P2Y). */
  maxDurationDays: 730,
  /** A request the customer does not act on expires after 90 days. */
  requestExpiryDays: 90,
} as const;

export const GDAP_FACT_IDS = [
  'customer-approves',
  'limited-roles',
  'at-most-two-years',
  'request-expires',
  'not-for-ea',
] as const;
export type GdapFactId = (typeof GDAP_FACT_IDS)[number];

export interface GdapFact {
  id: GdapFactId;
  page: GdapPageId;
  confirmed: boolean;
}

/**
 * What a customer approves with a GDAP request, in the order a partner explains it. Texts:
 * `link:gdap.fact.<id>` (placeholders from `GDAP_LIMITS`).
 */
export const GDAP_FACTS: readonly GdapFact[] = [
  // "customers must explicitly grant this least-privileged access to partners"
  { id: 'customer-approves', page: 'graphApi', confirmed: true },
  // "partners must request specific roles … for a definite amount of time"
  { id: 'limited-roles', page: 'introduction', confirmed: true },
  // FAQ: "The maximum duration of a GDAP relationship is two years."
  { id: 'at-most-two-years', page: 'faq', confirmed: true },
  // FAQ: "GDAP relationship requests expire after 90 days."
  { id: 'request-expires', page: 'faq', confirmed: true },
  // FAQ: GDAP relationships do not support subscriptions bought through Enterprise Agreements.
  { id: 'not-for-ea', page: 'faq', confirmed: true },
];

/**
 * An invitation with `DAP=true` asks for the old delegated admin privileges. Microsoft's
 * pages describe DAP's removal and the move to GDAP (dapTransition, introduction), but we
 * found no Microsoft sentence saying in so many words that the reseller invitation's DAP
 * option no longer grants anything: marked unconfirmed, shown as such.
 */
export const DAP_RETIRED = { page: 'dapTransition', confirmed: false } as const satisfies {
  page: GdapPageId;
  confirmed: boolean;
};

/** Where a partner creates a GDAP request today (menu path, in Partner Center's words). */
export const GDAP_REQUEST_PAGE: GdapPageId = 'introduction';

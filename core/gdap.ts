/**
 * Granular delegated admin privileges (GDAP): today's way for a partner to get admin access
 * to a customer's tenant. The facts a customer approves, as data; their sources and
 * confirmation level are the claim `gdap-facts` of the claims register (`claims.ts`), and
 * what happened to DAP is the one claim `dap-retired`. The seeds (2016, 2018) predate GDAP;
 * these facts stand beside the seed rules, they do not change them.
 *
 * A fact with `confirmed: false` was not found in Microsoft's own words; the UI says so next
 * to it.
 */

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
  confirmed: boolean;
}

/**
 * What a customer approves with a GDAP request, in the order a partner explains it. Texts:
 * `link:gdap.fact.<id>` (placeholders from `GDAP_LIMITS`).
 */
export const GDAP_FACTS: readonly GdapFact[] = [
  // "customers must explicitly grant this least-privileged access to partners"
  { id: 'customer-approves', confirmed: true },
  // "partners must request specific roles … for a definite amount of time"
  { id: 'limited-roles', confirmed: true },
  // FAQ: "The maximum duration of a GDAP relationship is two years", and with Auto extend
  // enabled it is extended by six months at a time (the FAQ's ja-JP copy).
  { id: 'at-most-two-years', confirmed: true },
  // FAQ: "GDAP relationship requests expire after 90 days."
  { id: 'request-expires', confirmed: true },
  // FAQ: GDAP relationships do not support subscriptions bought through Enterprise Agreements.
  { id: 'not-for-ea', confirmed: true },
];

import { GLOBAL_SEED, VIANET_SEED, type GlobalPart, type VianetPart } from './seeds.ts';
import type { Cloud, Origin, Role, Service } from './situation.ts';
import type { OutcomeId, Status } from './verdict.ts';

/**
 * THE MULTICHANNEL RULES, as data. This file is the one place they live.
 *
 * A rule applies to a situation when its cloud matches and every answer it lists matches
 * (a field left out matches every value). `evaluate()` collects every rule that applies:
 * - the status comes from the rules that set one (the tests prove they never disagree);
 *   when none sets one, the seed for that cloud does not speak of the case: `not-covered`;
 * - the outcomes and sources are the union over all applying rules.
 *
 * Every rule cites its seed part (see `seeds.ts` for the German text). Where the seed is
 * vague, `reading: true` marks that we chose a reading; the reasoning is written beside the
 * rule and, for readers, in `locales/<lng>/rules.json` under `reading.<rule id>`.
 */

export interface Rule {
  /** Stable id, `<cloud>.<what>`; also the locale key of its reading. */
  id: string;
  cloud: Cloud;
  when: {
    origin?: readonly Origin[];
    service?: readonly Service[];
    role?: readonly Role[];
  };
  /** Set by rules that decide whether multichannel applies; outcome-only rules leave it out. */
  status?: Exclude<Status, 'not-covered'>;
  outcomes: readonly OutcomeId[];
  source: { seed: string; part: string };
  /** True where the seed is vague and the rule encodes our chosen reading. */
  reading?: boolean;
  /**
   * Situations (same cloud) the rule does NOT apply to, but whose verdict it explains: its
   * reading says why an outcome is missing there, or its seed part is what the seed does
   * have for a `not-covered` case. `evaluate()` cites it for not-covered verdicts, and the
   * surfaces show its reading on those verdicts too.
   */
  explains?: Rule['when'];
}

// Sources are written as literals (not built by a helper call) so that bundlers can drop
// the rules from products that do not evaluate.
const G = GLOBAL_SEED.file;
const V = VIANET_SEED.file;

/** Global cloud: the purchase channels the list of cases names as needing multichannel support. */
export const GLOBAL_MULTICHANNEL_ORIGINS = [
  'microsoft-direct',
  'advisor',
  'open',
  'ea',
  'former-advisor-self',
  'third-party',
] as const satisfies readonly Origin[];

/** 21Vianet cloud: the purchase channels its list of cases names. */
export const VIANET_MULTICHANNEL_ORIGINS = [
  '21vianet',
  'former-advisor-self',
] as const satisfies readonly Origin[];

const INDIRECT_ROLES = [
  'indirect-provider',
  'indirect-reseller',
] as const satisfies readonly Role[];

export const RULES: readonly Rule[] = [
  // ── Partner Center (global), seed 002 ──────────────────────────────────────────────
  {
    id: 'global.case-microsoft-channels',
    cloud: 'global',
    when: { origin: ['microsoft-direct', 'advisor', 'open', 'ea'] },
    status: 'multichannel',
    outcomes: [],
    source: { seed: G, part: 'cases-1' satisfies GlobalPart },
  },
  {
    id: 'global.case-former-advisor',
    cloud: 'global',
    when: { origin: ['former-advisor-self'] },
    status: 'multichannel',
    outcomes: [],
    source: { seed: G, part: 'cases-2' satisfies GlobalPart },
  },
  {
    id: 'global.case-third-party',
    cloud: 'global',
    when: { origin: ['third-party'] },
    status: 'multichannel',
    outcomes: [],
    source: { seed: G, part: 'cases-3' satisfies GlobalPart },
  },
  {
    // Reading: the seed names Syndication partners only to exclude them from the
    // third-party case and gives no other path. It speaks of the case and says
    // multichannel support does not apply, so: not-multichannel, with no outcome.
    id: 'global.syndication-excluded',
    cloud: 'global',
    when: { origin: ['syndication-partner'] },
    status: 'not-multichannel',
    outcomes: [],
    source: { seed: G, part: 'cases-3' satisfies GlobalPart },
    reading: true,
  },
  {
    id: 'global.csp-license-no-transfer',
    cloud: 'global',
    when: { origin: ['csp-partner'], service: ['license-based'] },
    status: 'not-multichannel',
    outcomes: ['wait-for-term-end-or-cancel'],
    source: { seed: G, part: 'cases-3' satisfies GlobalPart },
  },
  {
    id: 'global.csp-azure-switch',
    cloud: 'global',
    when: { origin: ['csp-partner'], service: ['usage-based'] },
    status: 'not-multichannel',
    outcomes: ['switch-azure-partner'],
    source: { seed: G, part: 'table-usage-based-2' satisfies GlobalPart },
  },
  {
    id: 'global.license-request-relationship',
    cloud: 'global',
    when: { origin: GLOBAL_MULTICHANNEL_ORIGINS, service: ['license-based'] },
    outcomes: ['request-reseller-relationship'],
    source: { seed: G, part: 'table-license-based' satisfies GlobalPart },
  },
  {
    // Reading: "another channel such as Advisor, Open or EA" is an open list. We apply it to
    // every channel the list of cases names (also Microsoft direct, a former Advisor sale and
    // a third party), because none of them is CSP and the seed names no other path for Azure.
    id: 'global.azure-new-subscription',
    cloud: 'global',
    when: { origin: GLOBAL_MULTICHANNEL_ORIGINS, service: ['usage-based'] },
    outcomes: ['new-csp-azure-subscription', 'check-azure-service-availability'],
    source: { seed: G, part: 'table-usage-based-1' satisfies GlobalPart },
    reading: true,
  },
  {
    // Reading: the "Indirect partners" row is about the invitation, and the seed asks for an
    // invitation only for license-based services. So the row applies where a reseller
    // relationship is requested, not to a new Azure subscription.
    id: 'global.provider-sends-invitation',
    cloud: 'global',
    when: {
      origin: GLOBAL_MULTICHANNEL_ORIGINS,
      service: ['license-based'],
      role: ['indirect-provider'],
    },
    outcomes: ['provider-sends-invitation'],
    source: { seed: G, part: 'table-indirect-1' satisfies GlobalPart },
    reading: true,
    // Why indirect partners get no invitation steps for Azure.
    explains: {
      origin: GLOBAL_MULTICHANNEL_ORIGINS,
      service: ['usage-based'],
      role: INDIRECT_ROLES,
    },
  },
  {
    id: 'global.reseller-forwards-invitation',
    cloud: 'global',
    when: {
      origin: GLOBAL_MULTICHANNEL_ORIGINS,
      service: ['license-based'],
      role: ['indirect-reseller'],
    },
    outcomes: ['reseller-forwards-provider-invitation'],
    source: { seed: G, part: 'table-indirect-2' satisfies GlobalPart },
  },
  {
    // Applies to both indirect roles: the provider names the reseller, and the reseller
    // learns how it gets the admin rights it needs.
    id: 'global.provider-names-admin-reseller',
    cloud: 'global',
    when: { origin: GLOBAL_MULTICHANNEL_ORIGINS, service: ['license-based'], role: INDIRECT_ROLES },
    outcomes: ['provider-names-admin-reseller'],
    source: { seed: G, part: 'table-indirect-3' satisfies GlobalPart },
  },

  // ── Partner Center operated by 21Vianet, seed 000 ──────────────────────────────────
  // This seed has no row for usage-based services and names no other channel than
  // 21Vianet and a former Advisor sale: everything else there is not-covered.
  {
    // Reading: the list names the case, but the table says how to handle it only for
    // license-based services. For usage-based services the seed says nothing, so the
    // case rules are limited to license-based services and Azure stays not-covered.
    id: '21vianet.case-21vianet',
    cloud: '21vianet',
    when: { origin: ['21vianet'], service: ['license-based'] },
    status: 'multichannel',
    outcomes: [],
    source: { seed: V, part: 'cases-1' satisfies VianetPart },
    reading: true,
    explains: { origin: ['21vianet'], service: ['usage-based'] },
  },
  {
    id: '21vianet.case-former-advisor',
    cloud: '21vianet',
    when: { origin: ['former-advisor-self'], service: ['license-based'] },
    status: 'multichannel',
    outcomes: [],
    source: { seed: V, part: 'cases-2' satisfies VianetPart },
    reading: true,
    explains: { origin: ['former-advisor-self'], service: ['usage-based'] },
  },
  {
    id: '21vianet.license-request-relationship',
    cloud: '21vianet',
    when: { origin: VIANET_MULTICHANNEL_ORIGINS, service: ['license-based'] },
    outcomes: ['request-reseller-relationship'],
    source: { seed: V, part: 'table-license-based' satisfies VianetPart },
    // The table's only service row: what the seed does have for the Azure cases it lists.
    explains: { origin: VIANET_MULTICHANNEL_ORIGINS, service: ['usage-based'] },
  },
  {
    id: '21vianet.provider-sends-invitation',
    cloud: '21vianet',
    when: {
      origin: VIANET_MULTICHANNEL_ORIGINS,
      service: ['license-based'],
      role: ['indirect-provider'],
    },
    outcomes: ['provider-sends-invitation'],
    source: { seed: V, part: 'table-indirect-1' satisfies VianetPart },
  },
  {
    id: '21vianet.reseller-forwards-invitation',
    cloud: '21vianet',
    when: {
      origin: VIANET_MULTICHANNEL_ORIGINS,
      service: ['license-based'],
      role: ['indirect-reseller'],
    },
    outcomes: ['reseller-forwards-provider-invitation'],
    source: { seed: V, part: 'table-indirect-2' satisfies VianetPart },
  },
  {
    // Reading: the machine-translated German says the customer "can grant delegated admin
    // rights to another reseller". Unlike the global seed, the customer (not the provider)
    // chooses the reseller; we keep that difference as its own outcome.
    id: '21vianet.customer-grants-admin',
    cloud: '21vianet',
    when: {
      origin: VIANET_MULTICHANNEL_ORIGINS,
      service: ['license-based'],
      role: INDIRECT_ROLES,
    },
    outcomes: ['customer-grants-admin-to-reseller'],
    source: { seed: V, part: 'table-indirect-3' satisfies VianetPart },
    reading: true,
  },
];

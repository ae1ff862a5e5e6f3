import {
  CLAIMS,
  claimById,
  confirmationOf,
  presentClaim,
  sourcePageFor,
  type ClaimDoubt,
  type ClaimId,
  type ClaimSource,
  type ConfirmationLevel,
  type SourceKind,
  type SourcePage,
} from './claims.ts';
import type { InvitationCloud } from './invitation-hosts.ts';
import type { InvitationKind } from './invitation-link.ts';
import type { Language } from './languages.ts';

/**
 * WHY A CUSTOMER CANNOT ACCEPT, as data. Each cause says when it applies (the answers to the
 * troubleshooting questions that lead to it), who can fix it, and the pages it rests on. The
 * troubleshooting tree (`troubleshoot-tree.ts`), the customer's page, the extension and the
 * training all read this list; nothing restates a cause elsewhere.
 *
 * Texts: `locales/<lng>/troubleshoot.json` under `cause.<id>.{title,sees,tell,do}`: what the
 * customer or partner sees, how to tell it is this cause, what to do.
 *
 * Sources go through the claims register (`claims.ts`): a cause names the register's claims
 * it rests on, and keeps only the pages the register does not hold, in the register's shape
 * (kind of source, the page's own date, its address and title in every language we read it
 * in). Its confirmation follows the register's rule (`causeConfirmation`); every surface shows
 * the register's marker beside it. Pages read on 29 November 2026.
 */

// ── Questions ─────────────────────────────────────────────────────────────────────────

/** The troubleshooting questions, in the order the tree asks them, and their answers. */
export const TROUBLESHOOT_QUESTIONS = {
  /** Which link the customer got. */
  // The first two questions are what a parsed link says: the parser's kinds and clouds.
  kind: ['reseller', 'indirect-reseller', 'gdap'] as const satisfies readonly InvitationKind[],
  /** Which cloud the link is for (its host). */
  cloud: ['global', '21vianet'] as const satisfies readonly InvitationCloud[],
  /** Where the customer's organisation already uses Microsoft's cloud services. */
  tenant: ['global', '21vianet', 'none'],
  /** How far the customer got. */
  stage: ['link', 'sign-in', 'accept', 'after'],
  /** What the customer or the partner sees. */
  sign: [
    'permission',
    'country',
    'agreement',
    'expired',
    'already-decided',
    'not-listed',
    'provider-cannot-order',
  ],
} as const satisfies Record<string, readonly string[]>;

export type TroubleshootQuestion = keyof typeof TROUBLESHOOT_QUESTIONS;
export const TROUBLESHOOT_QUESTION_IDS = Object.keys(
  TROUBLESHOOT_QUESTIONS,
) as TroubleshootQuestion[];
export type TroubleshootAnswer<Q extends TroubleshootQuestion> =
  (typeof TROUBLESHOOT_QUESTIONS)[Q][number];
export type TroubleshootAnswers = { [Q in TroubleshootQuestion]?: TroubleshootAnswer<Q> };

/** A combination of answers a cause applies to; a question left out matches every answer. */
export type CauseCondition = { [Q in TroubleshootQuestion]?: readonly TroubleshootAnswer<Q>[] };

// ── Sources ───────────────────────────────────────────────────────────────────────────

/**
 * Pages the causes rest on that the claims register (`claims.ts`) does not hold, in its
 * shape (`ClaimSource`: the English page, or the only one we read, and the localized ones we
 * read). Pages the register holds are reached through its claims (`AcceptanceCause.claims`).
 */
/** A page the claims register holds, found by its address (the English entry's). */
function registerPage(url: string): ClaimSource {
  const found = CLAIMS.flatMap((claim) => claim.sources).find((s) => s.pages.en.url === url);
  if (!found) throw new Error(`The claims register holds no page at ${url}.`);
  return found;
}

export const ACCEPTANCE_SOURCES = {
  // "The person who accepts your request to establish a reseller relationship must be a
  // Global admin of your customer's tenant." "…be sure to keep the included link because it
  // is personalized." After accepting, the customer appears on the partner's Customers page;
  // the customer sees its partners under Settings → Partner relationships.
  'admin-privileges': {
    kind: 'microsoft-page',
    pages: {
      en: {
        url: 'https://learn.microsoft.com/en-us/partner-center/customers-revoke-admin-privileges',
        title: 'Get delegated administration privileges from a customer',
        lang: 'en',
        pageDate: '2023-09-20',
      },
    },
  },
  // "You can request a reseller relationship with a customer from within your country or
  // your same region." "After the customer accepts your invitation, they'll appear on your
  // Customers page." The register holds this page (with its Chinese copy): taken from there.
  'request-relationship': registerPage(
    'https://learn.microsoft.com/de-de/partner-center/request-a-relationship-with-a-customer',
  ),
  // "When you create a customer, you also create: a Microsoft Entra tenant object for the
  // customer; a relationship between the reseller and customer; a user name and password to
  // sign in as an admin." Applies to global and 21Vianet Partner Center.
  'create-customer': {
    kind: 'microsoft-page',
    pages: {
      en: {
        url: 'https://learn.microsoft.com/en-us/partner-center/developer/create-a-customer',
        title: 'Create a customer',
        lang: 'en',
      },
      de: {
        url: 'https://learn.microsoft.com/de-de/partner-center/developer/create-a-customer',
        title: 'Erstellen eines Kunden',
        lang: 'de',
      },
      zh: {
        url: 'https://learn.microsoft.com/zh-cn/partner-center/developer/create-a-customer',
        title: '创建客户',
        lang: 'zh',
      },
    },
  },
  // "Unlike direct-bill partners, indirect resellers can't create Azure AD tenants for their
  // new customers in Partner Center. Your provider will create the tenant and specify you as
  // the indirect reseller for this customer." (ms.date 10/07/2021.)
  'transition-direct-to-indirect': {
    kind: 'microsoft-page',
    pages: {
      en: {
        url: 'https://learn.microsoft.com/en-us/partner-center/transition-direct-to-indirect',
        title: 'Transition from Cloud Solution Provider direct-bill partner to indirect reseller',
        lang: 'en',
        pageDate: '2021-10-07',
      },
    },
  },
  // "Microsoft cloud services are available in two separate national clouds … physical and
  // logical network-isolated instances", among them "Microsoft Azure and Microsoft 365
  // operated by 21Vianet in China".
  'national-clouds': {
    kind: 'microsoft-page',
    pages: {
      en: {
        url: 'https://learn.microsoft.com/graph/deployments',
        title: 'Microsoft Graph national cloud deployments',
        lang: 'en',
      },
    },
  },
  // The relationship's status: approvalPending, active, expired, terminated and others.
  'gdap-relationship': {
    kind: 'microsoft-page',
    pages: {
      en: {
        url: 'https://learn.microsoft.com/en-us/graph/api/resources/delegatedadminrelationship',
        title: 'delegatedAdminRelationship resource type',
        lang: 'en',
      },
      zh: {
        url: 'https://learn.microsoft.com/zh-cn/graph/api/resources/delegatedAdminRelationship',
        title: 'delegatedAdminRelationship 资源类型',
        lang: 'zh',
      },
    },
  },
  // The message "Please reach out to your Partner to confirm your acceptance of the Microsoft
  // Customer Agreement." shown when the customer clicks the link; "To resolve: You must
  // attest on behalf of the customer." (The de-DE copy of 2020.)
  'mca-attest': {
    kind: 'microsoft-page',
    pages: {
      en: {
        url: 'https://learn.microsoft.com/de-de/partner-center/attest-acceptance-customer-agreement',
        title: 'Bestätigen der Zustimmung des Kunden zur Microsoft-Kundenvereinbarung',
        lang: 'de',
        pageDate: '2020-06-16',
      },
      de: {
        url: 'https://learn.microsoft.com/de-de/partner-center/attest-acceptance-customer-agreement',
        title: 'Bestätigen der Zustimmung des Kunden zur Microsoft-Kundenvereinbarung',
        lang: 'de',
        pageDate: '2020-06-16',
      },
    },
  },
  // "Partner Center currently supports confirmation of customer acceptance of the Microsoft
  // Customer Agreement only in the Microsoft public cloud." (Does not apply to 21Vianet.)
  'mca-confirm-api': {
    kind: 'microsoft-page',
    pages: {
      en: {
        url: 'https://learn.microsoft.com/en-us/partner-center/developer/confirm-customer-consent-customer-agreement',
        title:
          'Confirm customer acceptance of the Microsoft Customer Agreement using Partner Center APIs',
        lang: 'en',
      },
      zh: {
        url: 'https://learn.microsoft.com/zh-cn/partner-center/developer/confirm-customer-consent-customer-agreement',
        title: '使用合作伙伴中心 API 确认客户接受 Microsoft 客户协议',
        lang: 'zh',
      },
    },
  },
  // "How to retrieve a relationship request URL to send to a customer." Applies to Partner
  // Center and Partner Center operated by 21Vianet.
  'relationship-request-api': {
    kind: 'microsoft-page',
    pages: {
      en: {
        url: 'https://learn.microsoft.com/en-us/partner-center/developer/request-reseller-relationship',
        title: 'Retrieve a relationship request URL',
        lang: 'en',
      },
    },
  },
  // A CSP distributor's guide for customers: "Sign in to the admin center using an account
  // that has Global Administrator permissions … associated with the primary domain or tenant
  // name stated in your purchase order."
  'softwareone-gdap': {
    kind: 'third-party',
    pages: {
      en: {
        url: 'https://docs.platform.softwareone.com/extensions/microsoft-cloud-solution-provider/granular-delegated-admin-privileges-gdap/accept-a-gdap-relationship-request',
        title: 'Accept a GDAP Relationship Request',
        lang: 'en',
      },
    },
  },
  // Microsoft, an old page for another admin portal: most errors come from signing in with
  // the wrong account; cached credentials of another account cause sign-in errors (use
  // private browsing or clear the browser's cookies). Not about invitations: it supports our
  // advice, it does not make the cause Microsoft's word.
  'wrong-account-errors': {
    kind: 'microsoft-page',
    pages: {
      en: {
        url: 'https://learn.microsoft.com/en-us/previous-versions/dn197220(v=msdn.10)',
        title: 'Troubleshooting Problems',
        lang: 'en',
      },
    },
  },
} satisfies Record<string, ClaimSource>;

export type AcceptanceSourceId = keyof typeof ACCEPTANCE_SOURCES;

// ── Causes ────────────────────────────────────────────────────────────────────────────

/** Who can fix a cause. */
export const FIXERS = ['customer-admin', 'partner', 'provider'] as const;
export type Fixer = (typeof FIXERS)[number];

export const CAUSE_IDS = [
  'no-tenant',
  'cloud-mismatch',
  'gdap-not-in-21vianet',
  'link-altered',
  'wrong-account',
  'not-global-admin',
  'different-country',
  'mca-not-accepted',
  'gdap-expired',
  'gdap-already-decided',
  'gdap-ea-only',
  'not-visible-yet',
  'provider-no-relationship',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export interface AcceptanceCause {
  id: CauseId;
  /** The answers that lead to this cause: any one condition that holds. */
  when: readonly CauseCondition[];
  /** Who can do what `cause.<id>.do` says. */
  fixers: readonly Fixer[];
  /** Claims of the register (`claims.ts`) it rests on: their sources and confirmation count. */
  claims: readonly ClaimId[];
  /** Pages of its own that the register does not hold, the one the texts follow most closely first. */
  sources: readonly AcceptanceSourceId[];
  /** The strongest kind among its own sources that makes the cause's point (as in the register). */
  kind?: SourceKind;
  /** Why its own sources still leave it unconfirmed (as in the register). */
  doubt?: ClaimDoubt;
  /**
   * Explained to the customer's admin on the accept page (`cause.<id>.customer`): the causes
   * the customer meets while accepting. The others only the partner can see or fix.
   */
  forCustomer: boolean;
}

const RESELLER_KINDS = ['reseller', 'indirect-reseller'] as const;

/**
 * The customer's tenant is in the cloud the link is for. GDAP exists in the global cloud
 * only (Microsoft Graph's GDAP APIs are not available in 21Vianet's), so a GDAP link there
 * is a cause of its own.
 */
function sameCloud(
  condition: Omit<CauseCondition, 'cloud' | 'tenant'> = {},
  kinds: readonly TroubleshootAnswer<'kind'>[] = TROUBLESHOOT_QUESTIONS.kind,
): CauseCondition[] {
  const vianetKinds = kinds.filter((k) => k !== 'gdap');
  return [
    { ...condition, kind: kinds, cloud: ['global'], tenant: ['global'] },
    ...(vianetKinds.length > 0
      ? [{ ...condition, kind: vianetKinds, cloud: ['21vianet'], tenant: ['21vianet'] } as const]
      : []),
  ];
}

export const ACCEPTANCE_CAUSES: readonly AcceptanceCause[] = [
  {
    // There is no tenant to accept with: the partner creates the customer in Partner Center
    // instead, which creates the tenant, the relationship and an admin account at once.
    // Indirect resellers cannot create customers' tenants in Partner Center; their provider
    // does and names the reseller (transition-direct-to-indirect).
    id: 'no-tenant',
    when: [{ tenant: ['none'] }],
    fixers: ['partner', 'provider'],
    claims: [],
    sources: ['create-customer', 'transition-direct-to-indirect'],
    kind: 'microsoft-page',
    forCustomer: true,
  },
  {
    // Global and 21Vianet are separate, isolated clouds: an account in one does not sign in
    // to the other's admin center. Microsoft does not say so of the invitation in so many
    // words: our reading of the national-cloud page, hence unconfirmed.
    id: 'cloud-mismatch',
    when: [
      { cloud: ['global'], tenant: ['21vianet'] },
      { kind: RESELLER_KINDS, cloud: ['21vianet'], tenant: ['global'] },
    ],
    fixers: ['partner'],
    claims: [],
    sources: ['national-clouds'],
    kind: 'microsoft-page',
    doubt: 'inferred',
    forCustomer: true,
  },
  {
    id: 'gdap-not-in-21vianet',
    when: [{ kind: ['gdap'], cloud: ['21vianet'], tenant: ['global', '21vianet'] }],
    fixers: ['partner'],
    claims: ['gdap-not-in-21vianet'],
    sources: [],
    forCustomer: false,
  },
  {
    // Microsoft: keep the link as it is. How it gets altered (Safe Links, line breaks,
    // `&amp;`, cut off) is what the link checker finds (`linkAlterations`).
    id: 'link-altered',
    when: sameCloud({ stage: ['link'] }),
    fixers: ['partner', 'customer-admin'],
    claims: [],
    sources: ['admin-privileges'],
    kind: 'microsoft-page',
    forCustomer: true,
  },
  {
    // Signed in with a personal Microsoft account or with an account of another
    // organisation: the acceptance would go to that account's tenant, or the page refuses.
    // Only a third party's guide and an old Microsoft page for another portal say it.
    id: 'wrong-account',
    when: sameCloud({ stage: ['sign-in'] }),
    fixers: ['customer-admin'],
    claims: [],
    sources: ['softwareone-gdap', 'wrong-account-errors'],
    kind: 'third-party',
    forCustomer: true,
  },
  {
    id: 'not-global-admin',
    when: sameCloud({ stage: ['accept'], sign: ['permission'] }),
    fixers: ['customer-admin'],
    claims: ['gdap-facts'],
    sources: ['admin-privileges'],
    kind: 'microsoft-page',
    forCustomer: true,
  },
  {
    id: 'different-country',
    when: sameCloud({ stage: ['accept'], sign: ['country'] }, RESELLER_KINDS),
    fixers: ['partner'],
    claims: [],
    sources: ['request-relationship'],
    kind: 'microsoft-page',
    forCustomer: true,
  },
  {
    // Global cloud only: Partner Center confirms the Microsoft Customer Agreement only in
    // the public cloud. Indirect resellers cannot attest: their provider does.
    id: 'mca-not-accepted',
    when: [
      {
        kind: RESELLER_KINDS,
        cloud: ['global'],
        tenant: ['global'],
        stage: ['accept'],
        sign: ['agreement'],
      },
    ],
    fixers: ['partner', 'provider'],
    claims: ['customer-accepts-mca', 'indirect-reseller-works-through-provider'],
    sources: ['mca-attest', 'mca-confirm-api'],
    kind: 'microsoft-page',
    forCustomer: true,
  },
  {
    id: 'gdap-expired',
    when: sameCloud({ stage: ['accept'], sign: ['expired'] }, ['gdap']),
    fixers: ['partner'],
    claims: ['gdap-facts'],
    sources: [],
    forCustomer: true,
  },
  {
    id: 'gdap-already-decided',
    when: sameCloud({ stage: ['accept'], sign: ['already-decided'] }, ['gdap']),
    fixers: ['partner', 'customer-admin'],
    claims: [],
    sources: ['gdap-relationship'],
    kind: 'microsoft-page',
    forCustomer: true,
  },
  {
    id: 'gdap-ea-only',
    when: sameCloud({ stage: ['after'] }, ['gdap']),
    fixers: ['partner'],
    claims: ['gdap-facts'],
    sources: [],
    forCustomer: false,
  },
  {
    // Microsoft says the customer appears on the Customers page after accepting; it names no
    // delay. What we tell partners to check is on the same pages.
    id: 'not-visible-yet',
    when: sameCloud({ stage: ['after'], sign: ['not-listed'] }, RESELLER_KINDS),
    fixers: ['partner', 'customer-admin'],
    claims: [],
    sources: ['admin-privileges', 'request-relationship'],
    kind: 'microsoft-page',
    forCustomer: true,
  },
  {
    id: 'provider-no-relationship',
    when: sameCloud({ stage: ['after'], sign: ['provider-cannot-order'] }, ['indirect-reseller']),
    fixers: ['partner', 'provider'],
    claims: ['indirect-reseller-works-through-provider', 'indirect-reseller-creates-invitations'],
    sources: [],
    forCustomer: false,
  },
];

/** A cause by id; throws a TypeError naming the allowed ids for an unknown one. */
export function acceptanceCause(id: CauseId): AcceptanceCause {
  const found = ACCEPTANCE_CAUSES.find((c) => c.id === id);
  if (!found) {
    throw new TypeError(`Unknown cause "${String(id)}". Allowed: ${CAUSE_IDS.join(', ')}.`);
  }
  return found;
}

/** True when the answers given so far fit one of the cause's conditions. */
export function causeFits(cause: AcceptanceCause, answers: TroubleshootAnswers): boolean {
  return cause.when.some((condition) =>
    TROUBLESHOOT_QUESTION_IDS.every((question) => {
      const answer = answers[question];
      const allowed = condition[question] as readonly string[] | undefined;
      return answer === undefined || allowed === undefined || allowed.includes(answer);
    }),
  );
}

/** The causes that fit the answers given so far, in list order. */
export function causesFor(answers: TroubleshootAnswers): AcceptanceCause[] {
  return ACCEPTANCE_CAUSES.filter((cause) => causeFits(cause, answers));
}

/** A page as a reader gets it, with the kind of source it is. */
export interface ReaderSource extends SourcePage {
  kind: SourceKind;
}

/**
 * Every page a cause (or an accept guide) rests on, for one reader: its own pages, then the
 * pages of the register's claims it names (through `presentClaim`), each once, in the
 * reader's language where we read it, else English (`lang` says which).
 */
export function sourcesForReader(
  item: { claims: readonly ClaimId[]; sources: readonly AcceptanceSourceId[] },
  reader: Language,
): ReaderSource[] {
  const own: ReaderSource[] = item.sources.map((id) => {
    const source: ClaimSource = ACCEPTANCE_SOURCES[id];
    return { ...sourcePageFor(source, reader), kind: source.kind };
  });
  const registered: ReaderSource[] = item.claims.flatMap((id) =>
    presentClaim(id, reader).sources.map(({ url, title, lang, kind, pageDate }) => ({
      url,
      title,
      lang,
      kind,
      ...(pageDate ? { pageDate } : {}),
    })),
  );
  return [...own, ...registered].filter(
    (source, i, all) => all.findIndex((other) => other.url === source.url) === i,
  );
}

const LEVELS: readonly ConfirmationLevel[] = ['confirmed', 'quoted', 'unconfirmed'];

/**
 * How sure the product is of a cause, by the register's rule (`confirmationOf`): its own
 * kind lowered by any doubt, and no surer than the least sure claim it rests on.
 */
export function causeConfirmation(cause: {
  claims: readonly ClaimId[];
  kind?: SourceKind;
  doubt?: ClaimDoubt;
}): ConfirmationLevel {
  const own: ConfirmationLevel[] =
    cause.kind === undefined
      ? []
      : [
          cause.doubt
            ? 'unconfirmed'
            : cause.kind === 'microsoft-page'
              ? 'confirmed'
              : cause.kind === 'microsoft-announcement-quoted'
                ? 'quoted'
                : 'unconfirmed',
        ];
  const levels = [...own, ...cause.claims.map((id) => confirmationOf(claimById(id)))];
  return LEVELS[Math.max(0, ...levels.map((level) => LEVELS.indexOf(level)))]!;
}

/** The marker key beside a cause: the doubt's own sentence where there is one, as the register shows it. */
export function causeMarker(cause: AcceptanceCause): ConfirmationLevel | ClaimDoubt {
  const doubt = cause.doubt ?? cause.claims.map((id) => claimById(id).doubt).find(Boolean);
  return doubt ?? causeConfirmation(cause);
}

// ── The customer's page: how to accept ────────────────────────────────────────────────

/**
 * How a customer's admin accepts each kind of link, step by step (`accept.guide.<id>`), with
 * the pages the steps rest on. 21Vianet has no GDAP (see `gdap-not-in-21vianet`).
 */
export interface AcceptGuide {
  id: 'reseller-global' | 'indirect-reseller' | 'reseller-21vianet' | 'gdap';
  kind: TroubleshootAnswer<'kind'>;
  cloud: TroubleshootAnswer<'cloud'>;
  steps: readonly string[];
  claims: readonly ClaimId[];
  sources: readonly AcceptanceSourceId[];
  /** Where the admin center opens the link is not confirmed by Microsoft (21Vianet). */
  hostUnconfirmed?: true;
}

export const ACCEPT_GUIDES: readonly AcceptGuide[] = [
  {
    id: 'reseller-global',
    kind: 'reseller',
    cloud: 'global',
    steps: ['open', 'sign-in', 'review', 'agreement', 'accept'],
    claims: ['customer-accepts-mca'],
    sources: ['admin-privileges'],
  },
  {
    id: 'indirect-reseller',
    kind: 'indirect-reseller',
    cloud: 'global',
    steps: ['open', 'sign-in', 'review', 'agreement', 'accept'],
    claims: ['indirect-reseller-creates-invitations', 'customer-accepts-mca'],
    sources: ['admin-privileges'],
  },
  {
    id: 'reseller-21vianet',
    kind: 'reseller',
    cloud: '21vianet',
    steps: ['open', 'sign-in', 'review', 'accept'],
    claims: [],
    sources: ['relationship-request-api', 'admin-privileges'],
    hostUnconfirmed: true,
  },
  {
    id: 'gdap',
    kind: 'gdap',
    cloud: 'global',
    steps: ['open', 'sign-in', 'review', 'approve', 'confirm'],
    claims: ['gdap-facts'],
    sources: [],
  },
];

/** The causes the customer's page explains, in list order. */
export function customerCauses(): AcceptanceCause[] {
  return ACCEPTANCE_CAUSES.filter((cause) => cause.forCustomer);
}

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
 * Sources are kept in the shape of the claims register: each page with its kind (a Microsoft
 * page, a Microsoft announcement quoted by others, or a third party only), its own date
 * (`ms.date`) where the stored copy shows one, the day we read it, and its address and title
 * in every language we found it in. A cause whose point no Microsoft page makes is
 * `confirmed: false`, and every surface says so next to it.
 */

// ── Questions ─────────────────────────────────────────────────────────────────────────

/** The troubleshooting questions, in the order the tree asks them, and their answers. */
export const TROUBLESHOOT_QUESTIONS = {
  /** Which link the customer got. */
  kind: ['reseller', 'indirect-reseller', 'gdap'],
  /** Which cloud the link is for (its host). */
  cloud: ['global', '21vianet'],
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

// The first two questions are what a parsed link says: keep their answers the parser's.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<TroubleshootAnswer<'kind'>, InvitationKind> = true;
const cloudsMatch: Same<TroubleshootAnswer<'cloud'>, Exclude<InvitationCloud, 'usgov'>> = true;
void kindsMatch;
void cloudsMatch;

/** A combination of answers a cause applies to; a question left out matches every answer. */
export type CauseCondition = { [Q in TroubleshootQuestion]?: readonly TroubleshootAnswer<Q>[] };

// ── Sources ───────────────────────────────────────────────────────────────────────────

export type SourceKind = 'microsoft-page' | 'microsoft-quoted' | 'third-party';

export interface PageVersion {
  language: Language;
  url: string;
  /** The page's own title in that language, as the stored copy shows it. */
  title: string;
}

export interface AcceptanceSource {
  kind: SourceKind;
  /** The page in every language we read it in; English first where there is one. */
  versions: readonly PageVersion[];
  /** The page's own date (`ms.date`), ISO; undefined where the stored copy shows none. */
  pageDate?: string;
  /** The day we read it, ISO. */
  checked: string;
}

const CHECKED = '2026-11-29';

export const ACCEPTANCE_SOURCES = {
  // "The person who accepts your request to establish a reseller relationship must be a
  // Global admin of your customer's tenant." Also: after accepting, the customer appears on
  // the partner's Customers page; the customer sees its partners under Settings → Partner
  // relationships in the admin center.
  'admin-privileges': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'en',
        url: 'https://learn.microsoft.com/en-us/partner-center/customers-revoke-admin-privileges',
        title: 'Get delegated administration privileges from a customer',
      },
    ],
    pageDate: '2023-09-20',
    checked: CHECKED,
  },
  // "You can request a reseller relationship with a customer from within your country or
  // your same region." "…be sure to include the link as it is personalized to link the
  // customer directly to your account." "After the customer accepts your invitation, they'll
  // appear on your Customers page."
  'request-relationship': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'de',
        url: 'https://learn.microsoft.com/de-de/partner-center/request-a-relationship-with-a-customer',
        title: 'Anfordern einer Beziehung mit einem Kunden',
      },
    ],
    pageDate: '2018-10-29',
    checked: CHECKED,
  },
  // Indirect resellers: "To allow your indirect provider to purchase subscriptions and
  // services on your customers' behalf, the provider must also have reseller relationships
  // with your customers." Indirect providers → Invite new customers makes one link for both.
  'connect-indirect': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'de',
        url: 'https://learn.microsoft.com/de-de/partner-center/connect-with-your-customers',
        title: 'Kontakt zu Ihren Kunden',
      },
    ],
    pageDate: '2020-10-12',
    checked: CHECKED,
  },
  // "When you create a customer, you also create: a Microsoft Entra tenant object for the
  // customer; a relationship between the reseller and customer; a user name and password to
  // sign in as an admin." Applies to global and 21Vianet Partner Center.
  'create-customer': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'en',
        url: 'https://learn.microsoft.com/en-us/partner-center/developer/create-a-customer',
        title: 'Create a customer',
      },
      {
        language: 'de',
        url: 'https://learn.microsoft.com/de-de/partner-center/developer/create-a-customer',
        title: 'Erstellen eines Kunden',
      },
      {
        language: 'zh',
        url: 'https://learn.microsoft.com/zh-cn/partner-center/developer/create-a-customer',
        title: '创建客户',
      },
    ],
    checked: CHECKED,
  },
  // "Microsoft cloud services are available in two separate national clouds … physical and
  // logical network-isolated instances", among them "Microsoft Azure and Microsoft 365
  // operated by 21Vianet in China".
  'national-clouds': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'en',
        url: 'https://learn.microsoft.com/graph/deployments',
        title: 'Microsoft Graph national cloud deployments',
      },
    ],
    checked: CHECKED,
  },
  // The customer invitation link for a GDAP request; the national-cloud table of the GDAP
  // APIs has no 21Vianet.
  'gdap-api': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'en',
        url: 'https://learn.microsoft.com/en-us/graph/api/resources/delegatedadminrelationships-api-overview',
        title: 'Granular delegated admin privileges (GDAP) API overview',
      },
      {
        language: 'zh',
        url: 'https://learn.microsoft.com/zh-cn/graph/api/resources/delegatedadminrelationships-api-overview',
        title: '(GDAP) API 的精细委派管理员权限概述',
      },
    ],
    checked: CHECKED,
  },
  // "GDAP relationship requests expire after 90 days." "GDAP relationships don't support
  // subscriptions purchased through enterprise agreements." "Someone with the Admin agent
  // role at a partner organization can create a GDAP relationship request."
  'gdap-faq': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'en',
        url: 'https://learn.microsoft.com/en-us/partner-center/dap-faq',
        title: 'GDAP frequently asked questions',
      },
    ],
    checked: CHECKED,
  },
  // The relationship's status: approvalPending, active, expired, terminated and others.
  'gdap-relationship': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'en',
        url: 'https://learn.microsoft.com/en-us/graph/api/resources/delegatedadminrelationship',
        title: 'delegatedAdminRelationship resource type',
      },
      {
        language: 'zh',
        url: 'https://learn.microsoft.com/zh-cn/graph/api/resources/delegatedAdminRelationship',
        title: 'delegatedAdminRelationship 资源类型',
      },
    ],
    checked: CHECKED,
  },
  // "Appropriate roles: Global admin." "Customers can approve your request for granular
  // delegated admin privileges in the Microsoft 365 admin center." Steps: open the link from
  // the GDAP invitation e-mail; select Approve all.
  'gdap-approval': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'en',
        url: 'https://learn.microsoft.com/en-us/partner-center/gdap-customer-approval',
        title: 'Customer approval of partner GDAP request',
      },
    ],
    checked: CHECKED,
  },
  // The message "Please reach out to your Partner to confirm your acceptance of the Microsoft
  // Customer Agreement." shown when the customer clicks the link; "To resolve: You must
  // attest on behalf of the customer."
  'mca-attest': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'de',
        url: 'https://learn.microsoft.com/de-de/partner-center/attest-acceptance-customer-agreement',
        title: 'Bestätigen der Zustimmung des Kunden zur Microsoft-Kundenvereinbarung',
      },
    ],
    pageDate: '2020-06-16',
    checked: CHECKED,
  },
  // "Partner Center currently supports confirmation of customer acceptance of the Microsoft
  // Customer Agreement only in the Microsoft public cloud." (Does not apply to 21Vianet.)
  'mca-confirm-api': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'en',
        url: 'https://learn.microsoft.com/en-us/partner-center/developer/confirm-customer-consent-customer-agreement',
        title:
          'Confirm customer acceptance of the Microsoft Customer Agreement using Partner Center APIs',
      },
      {
        language: 'zh',
        url: 'https://learn.microsoft.com/zh-cn/partner-center/developer/confirm-customer-consent-customer-agreement',
        title: '使用合作伙伴中心 API 确认客户接受 Microsoft 客户协议',
      },
    ],
    checked: CHECKED,
  },
  // "How to retrieve a relationship request URL to send to a customer." Applies to Partner
  // Center and Partner Center operated by 21Vianet.
  'relationship-request-api': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'en',
        url: 'https://learn.microsoft.com/en-us/partner-center/developer/request-reseller-relationship',
        title: 'Retrieve a relationship request URL',
      },
    ],
    checked: CHECKED,
  },
  // Third party (a CSP distributor's guide for customers): "Sign in to the admin center
  // using an account that has Global Administrator permissions … associated with the
  // primary domain or tenant name stated in your purchase order."
  'softwareone-gdap': {
    kind: 'third-party',
    versions: [
      {
        language: 'en',
        url: 'https://docs.platform.softwareone.com/extensions/microsoft-cloud-solution-provider/granular-delegated-admin-privileges-gdap/accept-a-gdap-relationship-request',
        title: 'Accept a GDAP Relationship Request',
      },
    ],
    checked: CHECKED,
  },
  // Microsoft (an old page for another admin portal): most errors come from signing in with
  // the wrong account; cached credentials of another account cause sign-in errors: use
  // private browsing or clear the browser's cookies.
  'wrong-account-errors': {
    kind: 'microsoft-page',
    versions: [
      {
        language: 'en',
        url: 'https://learn.microsoft.com/en-us/previous-versions/dn197220(v=msdn.10)',
        title: 'Troubleshooting Problems',
      },
    ],
    checked: CHECKED,
  },
} as const satisfies Record<string, AcceptanceSource>;

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
  /** The pages it rests on, the one the texts follow most closely first. */
  sources: readonly AcceptanceSourceId[];
  /** False when no Microsoft page makes the cause's point (third parties or our reading). */
  confirmed: boolean;
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
    // Indirect resellers cannot create customers in Partner Center; their provider does.
    id: 'no-tenant',
    when: [{ tenant: ['none'] }],
    fixers: ['partner', 'provider'],
    sources: ['create-customer'],
    confirmed: true,
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
    sources: ['national-clouds'],
    confirmed: false,
    forCustomer: true,
  },
  {
    id: 'gdap-not-in-21vianet',
    when: [{ kind: ['gdap'], cloud: ['21vianet'], tenant: ['global', '21vianet'] }],
    fixers: ['partner'],
    sources: ['gdap-api'],
    confirmed: true,
    forCustomer: false,
  },
  {
    // Microsoft: keep the link as it is. How it gets altered (Safe Links, line breaks,
    // `&amp;`, cut off) is what the link checker finds (`linkAlterations`).
    id: 'link-altered',
    when: sameCloud({ stage: ['link'] }),
    fixers: ['partner', 'customer-admin'],
    sources: ['request-relationship', 'admin-privileges'],
    confirmed: true,
    forCustomer: true,
  },
  {
    // Signed in with a personal Microsoft account or with an account of another
    // organisation: the acceptance would go to that account's tenant, or the page refuses.
    // Only a third party's guide and an old Microsoft page for another portal say it.
    id: 'wrong-account',
    when: sameCloud({ stage: ['sign-in'] }),
    fixers: ['customer-admin'],
    sources: ['softwareone-gdap', 'wrong-account-errors'],
    confirmed: false,
    forCustomer: true,
  },
  {
    id: 'not-global-admin',
    when: sameCloud({ stage: ['accept'], sign: ['permission'] }),
    fixers: ['customer-admin'],
    sources: ['admin-privileges', 'gdap-approval'],
    confirmed: true,
    forCustomer: true,
  },
  {
    id: 'different-country',
    when: sameCloud({ stage: ['accept'], sign: ['country'] }, RESELLER_KINDS),
    fixers: ['partner'],
    sources: ['request-relationship'],
    confirmed: true,
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
    sources: ['mca-attest', 'mca-confirm-api'],
    confirmed: true,
    forCustomer: true,
  },
  {
    id: 'gdap-expired',
    when: sameCloud({ stage: ['accept'], sign: ['expired'] }, ['gdap']),
    fixers: ['partner'],
    sources: ['gdap-faq'],
    confirmed: true,
    forCustomer: true,
  },
  {
    id: 'gdap-already-decided',
    when: sameCloud({ stage: ['accept'], sign: ['already-decided'] }, ['gdap']),
    fixers: ['partner', 'customer-admin'],
    sources: ['gdap-relationship', 'gdap-approval'],
    confirmed: true,
    forCustomer: true,
  },
  {
    id: 'gdap-ea-only',
    when: sameCloud({ stage: ['after'] }, ['gdap']),
    fixers: ['partner'],
    sources: ['gdap-faq'],
    confirmed: true,
    forCustomer: false,
  },
  {
    // Microsoft says the customer appears on the Customers page after accepting; it names no
    // delay. What we tell partners to check is on the same pages.
    id: 'not-visible-yet',
    when: sameCloud({ stage: ['after'], sign: ['not-listed'] }, RESELLER_KINDS),
    fixers: ['partner', 'customer-admin'],
    sources: ['admin-privileges', 'request-relationship'],
    confirmed: true,
    forCustomer: true,
  },
  {
    id: 'provider-no-relationship',
    when: sameCloud({ stage: ['after'], sign: ['provider-cannot-order'] }, ['indirect-reseller']),
    fixers: ['partner', 'provider'],
    sources: ['connect-indirect'],
    confirmed: true,
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

/**
 * A source as the reader gets it: the page in the reader's language where we have it, the
 * English one otherwise (`language` then says `en`, and the surface marks it as English).
 */
export function sourceForReader(
  id: AcceptanceSourceId,
  reader: Language,
): PageVersion & Omit<AcceptanceSource, 'versions'> & { id: AcceptanceSourceId } {
  const source: AcceptanceSource = ACCEPTANCE_SOURCES[id];
  const version =
    source.versions.find((v) => v.language === reader) ??
    source.versions.find((v) => v.language === 'en') ??
    source.versions[0]!;
  const { versions: _versions, ...rest } = source;
  void _versions;
  return { id, ...rest, ...version };
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
    sources: ['admin-privileges', 'mca-attest'],
  },
  {
    id: 'indirect-reseller',
    kind: 'indirect-reseller',
    cloud: 'global',
    steps: ['open', 'sign-in', 'review', 'agreement', 'accept'],
    sources: ['connect-indirect', 'admin-privileges'],
  },
  {
    id: 'reseller-21vianet',
    kind: 'reseller',
    cloud: '21vianet',
    steps: ['open', 'sign-in', 'review', 'accept'],
    sources: ['relationship-request-api', 'admin-privileges'],
    hostUnconfirmed: true,
  },
  {
    id: 'gdap',
    kind: 'gdap',
    cloud: 'global',
    steps: ['open', 'sign-in', 'review', 'approve', 'confirm'],
    sources: ['gdap-approval'],
  },
];

/** The causes the customer's page explains, in list order. */
export function customerCauses(): AcceptanceCause[] {
  return ACCEPTANCE_CAUSES.filter((cause) => cause.forCustomer);
}

import type { InvitationKind } from './invitation-link.ts';
import type { Language } from './languages.ts';
import type { Cloud, Role } from './situation.ts';
import type { OutcomeId } from './verdict.ts';

/**
 * THE CLAIMS REGISTER: every statement the product makes about how things are today, as data,
 * each with its sources. The rules (`rules.ts`) say what the 2016 and 2018 seeds say; a claim
 * says what holds now, and how sure we are of it. Every surface (change notes, the link
 * explanation, the customer e-mail, the link builder, the glossary, the extension) shows a
 * claim only through `presentClaim` (here, plain data) or `claimView` (`locales/claims.ts`,
 * resolved text), so the same claim reads the same, with the same confirmation marker,
 * everywhere.
 *
 * - Text: `changes:claim.<id>` in every language (one sentence or short paragraph).
 * - Sources: per source, the page in the reader's language where Microsoft has it (de-DE,
 *   zh-CN; titles read from Microsoft's localized docs), else the English page, which a
 *   surface marks as English (`lang: 'en'`). A page we could not read in a language is not
 *   listed for it: the reader gets a page we did read, with its language.
 * - Kind: `microsoft-page` (a Microsoft Learn or other Microsoft page says it),
 *   `microsoft-announcement-quoted` (Microsoft's announcement, known to us only as quoted by
 *   distributors or partners), `third-party` (no Microsoft wording found at all).
 * - Doubt: a Microsoft page that says it, but only from before the date that matters
 *   (`historical`); Microsoft's own pages disagree (`conflicting`); or it is our reading of
 *   Microsoft's pages (`inferred`). Any doubt makes the claim unconfirmed, whatever its kind.
 * - Date: ISO. `stated` = the date the source gives for the fact; `page-date` = only the
 *   page's own date is known (the fact held by then at the latest). Never a guessed date.
 * - Affects: the outcomes (verdict steps), link kinds, roles and clouds it speaks to, for the
 *   role matrix (`scripts/role-matrix.ts`) and the consistency tests.
 * - Says: what the claim says a role can or cannot do (`Statement`). The role matrix checks
 *   that no step shown to a role says the opposite of a claim shown to it.
 */

export const CLAIM_IDS = [
  'indirect-reseller-creates-invitations',
  'indirect-reseller-link-format',
  'indirect-reseller-works-through-provider',
  'dap-retired',
  'gdap-facts',
  'gdap-indirect-reseller',
  'gdap-not-in-21vianet',
  'vianet-relationship-adds-dap',
  'azure-needs-reseller-relationship',
  'azure-into-csp',
  'azure-plan-partner-transfer',
  'new-commerce-license-transfer',
  'open-license-ended',
  'admin-center-name',
  'partner-center-page-names',
  'business-store-retired',
  'customer-accepts-mca',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

export const SOURCE_KINDS = [
  'microsoft-page',
  'microsoft-announcement-quoted',
  'third-party',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How sure the product is of a claim, shown beside it on every surface. */
export const CONFIRMATION_LEVELS = ['confirmed', 'quoted', 'unconfirmed'] as const;
export type ConfirmationLevel = (typeof CONFIRMATION_LEVELS)[number];

/** One page in one language. */
export interface SourcePage {
  url: string;
  /** The page's title as it reads in `lang`. */
  title: string;
  lang: Language;
  /** The page's own date (`ms.date`) in this language's copy, ISO; where we read one. */
  pageDate?: string;
}

export interface ClaimSource {
  kind: SourceKind;
  /** The English page (or the only one we read), and the localized ones we read. */
  pages: { en: SourcePage; de?: SourcePage; zh?: SourcePage };
}

export interface ClaimDate {
  date: string;
  basis: 'stated' | 'page-date';
}

/** What a claim (or a step) says a role can or cannot do. */
export const ACTIONS = [
  /** Create a reseller-relationship invitation link in Partner Center itself. */
  'create-invitation',
  /** Get admin rights (DAP) through the reseller-relationship invitation. */
  'admin-rights-through-invitation',
  /** Request or consent to GDAP for admin access. */
  'request-gdap',
  /** Buy or create subscriptions (an Azure plan, licences) in Partner Center. */
  'purchase-subscription',
  /** Start or approve a transfer of subscriptions between partners. */
  'transfer-subscription',
  /** Attest the customer's acceptance of the Microsoft Customer Agreement. */
  'attest-mca',
  /** Bring Azure into CSP in a tenant without a reseller relationship with it. */
  'azure-without-relationship',
  /** Use the "Azure services in CSP" section of the Sell page. */
  'use-sell-page',
  /** Send a GDAP request link for Partner Center operated by 21Vianet. */
  'gdap-in-21vianet',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface Statement {
  action: Action;
  roles: readonly Role[];
  can: boolean;
}

/** What a claim speaks to. A field left out speaks to every value. */
export interface ClaimAffects {
  clouds: readonly Cloud[];
  roles?: readonly Role[];
  outcomes?: readonly OutcomeId[];
  /** Invitation links it explains (`dap` = an old link that says `DAP=true`). */
  links?: readonly (InvitationKind | 'dap')[];
  glossaryTerms?: readonly string[];
}

/**
 * Why a claim with a Microsoft source is still not confirmed: the page says it only for an
 * earlier time (`historical`), Microsoft's own pages disagree (`conflicting`), or the claim is
 * our reading of Microsoft's pages, which do not say it in so many words (`inferred`).
 */
export type ClaimDoubt = 'historical' | 'conflicting' | 'inferred';

export interface Claim {
  id: ClaimId;
  /** The strongest kind among its sources that supports the claim as stated. */
  kind: SourceKind;
  doubt?: ClaimDoubt;
  /** First source is the one surfaces link first. */
  sources: readonly ClaimSource[];
  /** Dates it gives, oldest first; empty when no source dates it. */
  dates: readonly ClaimDate[];
  affects: ClaimAffects;
  says?: readonly Statement[];
}

const ALL_ROLES: readonly Role[] = ['direct', 'indirect-provider', 'indirect-reseller'];

// ── Pages (each read in the store of Microsoft Learn pages and Microsoft's docs repositories) ──

const CONNECT_WITH_CUSTOMERS: ClaimSource = {
  // partner-center/connect-with-your-customers.md, ms.date 10/12/2020 (de-DE and zh-CN copies).
  kind: 'microsoft-page',
  pages: {
    en: {
      url: 'https://learn.microsoft.com/en-us/partner-center/connect-with-your-customers',
      title: 'Connect with customers',
      lang: 'en',
      pageDate: '2020-10-12',
    },
    de: {
      url: 'https://learn.microsoft.com/de-de/partner-center/connect-with-your-customers',
      title: 'Kontakt zu Ihren Kunden',
      lang: 'de',
      pageDate: '2020-10-12',
    },
    zh: {
      url: 'https://learn.microsoft.com/zh-cn/partner-center/connect-with-your-customers',
      title: '与客户联系',
      lang: 'zh',
      pageDate: '2020-10-12',
    },
  },
};

const REQUEST_RELATIONSHIP: ClaimSource = {
  // partner-center/request-a-relationship-with-a-customer.md: de-DE ms.date 10/29/2018,
  // zh-CN ms.date 01/28/2020. No English title read: English readers get the German page.
  kind: 'microsoft-page',
  pages: {
    en: {
      url: 'https://learn.microsoft.com/de-de/partner-center/request-a-relationship-with-a-customer',
      title: 'Anfordern einer Beziehung mit einem Kunden',
      lang: 'de',
      pageDate: '2018-10-29',
    },
    de: {
      url: 'https://learn.microsoft.com/de-de/partner-center/request-a-relationship-with-a-customer',
      title: 'Anfordern einer Beziehung mit einem Kunden',
      lang: 'de',
      pageDate: '2018-10-29',
    },
    zh: {
      url: 'https://learn.microsoft.com/zh-cn/partner-center/request-a-relationship-with-a-customer',
      title: '请求与客户建立关系',
      lang: 'zh',
      pageDate: '2020-01-28',
    },
  },
};

const AZURE_PLAN_TRANSFER: ClaimSource = {
  // partner-center/transfer-azure-subscriptions-under-azure-plan.md, ms.date 07/29/2020.
  kind: 'microsoft-page',
  pages: {
    en: {
      url: 'https://learn.microsoft.com/de-de/partner-center/transfer-azure-subscriptions-under-azure-plan',
      title: 'Übertragen eines Azure-Abonnements im Azure-Plan auf einen anderen CSP-Partner',
      lang: 'de',
      pageDate: '2020-07-29',
    },
    de: {
      url: 'https://learn.microsoft.com/de-de/partner-center/transfer-azure-subscriptions-under-azure-plan',
      title: 'Übertragen eines Azure-Abonnements im Azure-Plan auf einen anderen CSP-Partner',
      lang: 'de',
      pageDate: '2020-07-29',
    },
    zh: {
      url: 'https://learn.microsoft.com/zh-cn/partner-center/transfer-azure-subscriptions-under-azure-plan',
      title: '在 Azure 计划下将 Azure 订阅转移到另一个 CSP 合作伙伴',
      lang: 'zh',
      pageDate: '2020-07-29',
    },
  },
};

const MCA_ATTESTATION: ClaimSource = {
  // "Indirect resellers cannot attest on behalf of their customers and need to work with
  // their Indirect Provider to get attestation completed." (2021 version of the page; the
  // localized copies we read are older and lack the sentence, so only the English page.)
  kind: 'microsoft-page',
  pages: {
    en: {
      url: 'https://learn.microsoft.com/en-us/partner-center/attest-acceptance-customer-agreement',
      title: 'Attest customer acceptance of the Microsoft Customer Agreement',
      lang: 'en',
      pageDate: '2021-03-24',
    },
  },
};

const microsoftEnglish = (url: string, title: string, pageDate?: string): ClaimSource => ({
  kind: 'microsoft-page',
  pages: { en: { url, title, lang: 'en', ...(pageDate ? { pageDate } : {}) } },
});

const GDAP_TRANSITION = /* @__PURE__ */ microsoftEnglish(
  'https://learn.microsoft.com/en-us/partner-center/gdap-microsoft-led-transition',
  'Microsoft-led transition from DAP to GDAP',
);
const GDAP_FAQ = /* @__PURE__ */ microsoftEnglish(
  'https://learn.microsoft.com/en-us/partner-center/dap-faq',
  'GDAP frequently asked questions',
);
const GDAP_INTRODUCTION = /* @__PURE__ */ microsoftEnglish(
  'https://learn.microsoft.com/en-us/partner-center/gdap-introduction',
  'Granular delegated admin privileges (GDAP) introduction',
);
const GDAP_GRAPH_OVERVIEW: ClaimSource = {
  kind: 'microsoft-page',
  pages: {
    en: {
      url: 'https://learn.microsoft.com/en-us/graph/api/resources/delegatedadminrelationships-api-overview',
      title: 'Granular delegated admin privileges (GDAP) API overview',
      lang: 'en',
    },
    zh: {
      url: 'https://learn.microsoft.com/zh-cn/graph/api/resources/delegatedadminrelationships-api-overview',
      title: '(GDAP) API 的精细委派管理员权限概述',
      lang: 'zh',
    },
  },
};

/** Distributors quoting Microsoft's September 2023 partner announcement. */
const TD_SYNNEX_GDAP: ClaimSource = {
  kind: 'microsoft-announcement-quoted',
  pages: {
    en: {
      url: 'https://connect.tdsynnex.be/blog/media-library/actions-partners-need-to-take-with-gdap-to-secure-the-partner-ecosystem/',
      title: 'GDAP actions to secure the partner ecosystem',
      lang: 'en',
    },
  },
};

/**
 * Microsoft Graph's GDAP API. The de-DE copy of this page lists 21Vianet as not available;
 * we did not read its German title, so every reader gets the English page.
 */
const GRAPH_CREATE_RELATIONSHIP: ClaimSource = {
  kind: 'microsoft-page',
  pages: {
    en: {
      url: 'https://learn.microsoft.com/en-us/graph/api/tenantrelationship-post-delegatedadminrelationships',
      title: 'Create delegatedAdminRelationship',
      lang: 'en',
    },
  },
};

const GRAPH_RESELLER_RELATIONSHIP = /* @__PURE__ */ microsoftEnglish(
  'https://learn.microsoft.com/en-us/graph/api/resources/resellerdelegatedadminrelationship',
  'resellerDelegatedAdminRelationship resource type',
);

/** The 2016 page for Partner Center operated by 21Vianet. */
const VIANET_REQUEST_2016 = /* @__PURE__ */ microsoftEnglish(
  'https://msdn.microsoft.com/en-us/partner-china/request-a-relationship-with-a-customer',
  'Request a reseller relationship',
);

const AZURE_TO_CSP = /* @__PURE__ */ microsoftEnglish(
  'https://learn.microsoft.com/en-us/azure/cost-management-billing/manage/transfer-subscriptions-subscribers-csp',
  'Transfer Azure subscriptions between subscribers and CSPs',
  '2023-03-29',
);

/** "An Azure Expert MSP can request to transfer their customer's Enterprise subscriptions… available only for CSP Direct Bill Partners certified as Azure Expert MSP" (ms.date 03/26/2024). */
const MPA_REQUEST_OWNERSHIP = /* @__PURE__ */ microsoftEnglish(
  'https://learn.microsoft.com/en-us/azure/cost-management-billing/manage/mpa-request-ownership',
  'Transfer Azure product billing ownership to your Microsoft Partner Agreement (MPA)',
  '2024-03-26',
);

const TRANSFER_SUBSCRIPTIONS = /* @__PURE__ */ microsoftEnglish(
  'https://learn.microsoft.com/en-us/partner-center/customers/transfer-subscriptions',
  'Transfer subscriptions between partners',
);
const CREATE_TRANSFER = /* @__PURE__ */ microsoftEnglish(
  'https://learn.microsoft.com/en-us/partner-center/developer/create-a-transfer',
  'Create a transfer for new commerce using Partner Center REST APIs',
);

const STORE_FOR_BUSINESS_RETIRING = /* @__PURE__ */ microsoftEnglish(
  'https://learn.microsoft.com/en-us/lifecycle/announcements/microsoft-store-for-business-education-retiring',
  'Microsoft Store for Business and Education retiring March 31, 2023',
);

const GDAP_CUSTOMER_APPROVAL = /* @__PURE__ */ microsoftEnglish(
  'https://learn.microsoft.com/en-us/partner-center/gdap-customer-approval',
  'Customer approval of partner GDAP request',
);

/** Public code that builds indirect-reseller links (no Microsoft page documents the format). */
const CIPP_RESELLER_LINK: ClaimSource = {
  kind: 'third-party',
  pages: {
    en: {
      url: 'https://github.com/KelvinTegelaar/CIPP',
      title: 'CIPP (CyberDrain Improved Partner Portal)',
      lang: 'en',
    },
  },
};

const RCP_OPEN_LICENSE: ClaimSource = {
  kind: 'third-party',
  pages: {
    en: {
      url: 'https://rcpmag.com/articles/2020/10/01/microsoft-open-license-csps.aspx',
      title: "End of Microsoft's Open License Program Leaves Door Open for CSPs",
      lang: 'en',
      pageDate: '2020-10-01',
    },
  },
};

/**
 * Each claim's dates, oldest first (empty when no source dates it), apart from the register so
 * that code needing only a date (the customer e-mail) does not carry the whole register.
 */
export const CLAIM_DATES: Record<ClaimId, readonly ClaimDate[]> = {
  'indirect-reseller-creates-invitations': [{ date: '2020-10-12', basis: 'page-date' }],
  'indirect-reseller-link-format': [],
  'indirect-reseller-works-through-provider': [{ date: '2021-03-24', basis: 'page-date' }],
  'dap-retired': [
    { date: '2023-05-22', basis: 'stated' },
    { date: '2023-10-09', basis: 'stated' },
  ],
  'gdap-facts': [],
  'gdap-indirect-reseller': [],
  'gdap-not-in-21vianet': [],
  'vianet-relationship-adds-dap': [],
  'azure-needs-reseller-relationship': [{ date: '2023-03-29', basis: 'page-date' }],
  'azure-into-csp': [{ date: '2023-03-29', basis: 'page-date' }],
  'azure-plan-partner-transfer': [{ date: '2020-07-29', basis: 'page-date' }],
  'new-commerce-license-transfer': [],
  'open-license-ended': [{ date: '2022-01-01', basis: 'stated' }],
  'admin-center-name': [{ date: '2021-03-24', basis: 'page-date' }],
  'partner-center-page-names': [],
  'business-store-retired': [{ date: '2023-03-31', basis: 'stated' }],
  'customer-accepts-mca': [{ date: '2021-03-24', basis: 'page-date' }],
};

// ── The register ──────────────────────────────────────────────────────────────────────────

export const CLAIMS: readonly Claim[] = [
  {
    // "Select Customers … then select Request a reseller relationship" and "Select Indirect
    // providers … Invite new customers … personalized to link the customer directly to both
    // your account and your provider's account" (Connect with customers, 2020-10-12).
    id: 'indirect-reseller-creates-invitations',
    kind: 'microsoft-page',
    sources: [CONNECT_WITH_CUSTOMERS],
    dates: CLAIM_DATES['indirect-reseller-creates-invitations'],
    affects: {
      clouds: ['global'],
      roles: ['indirect-reseller', 'indirect-provider'],
      outcomes: [
        'request-reseller-relationship',
        'provider-sends-invitation',
        'reseller-forwards-provider-invitation',
      ],
      links: ['reseller', 'indirect-reseller'],
      glossaryTerms: ['indirect-reseller'],
    },
    says: [{ action: 'create-invitation', roles: ['indirect-reseller'], can: true }],
  },
  {
    // invType=IndirectResellerRelationship&partnerId={provider tenant}&msppId={reseller
    // Partner ID}[&indirectCSPId={reseller tenant}]: seen in public code only.
    id: 'indirect-reseller-link-format',
    kind: 'third-party',
    sources: [CIPP_RESELLER_LINK],
    dates: CLAIM_DATES['indirect-reseller-link-format'],
    affects: { clouds: ['global', '21vianet'], links: ['indirect-reseller'] },
  },
  {
    // Connect with customers: the provider must also have a reseller relationship "to purchase
    // subscriptions and services on your customers' behalf"; Azure plan transfers: "Indirect
    // Resellers must work with their Indirect Providers"; MCA: "Indirect resellers cannot
    // attest on behalf of their customers".
    id: 'indirect-reseller-works-through-provider',
    kind: 'microsoft-page',
    sources: [MCA_ATTESTATION, CONNECT_WITH_CUSTOMERS, AZURE_PLAN_TRANSFER],
    dates: CLAIM_DATES['indirect-reseller-works-through-provider'],
    affects: {
      clouds: ['global'],
      roles: ['indirect-reseller'],
      outcomes: [
        'new-csp-azure-subscription',
        'wait-for-term-end-or-cancel',
        'switch-azure-partner',
        'request-reseller-relationship',
      ],
    },
    says: [
      { action: 'purchase-subscription', roles: ['indirect-reseller'], can: false },
      { action: 'transfer-subscription', roles: ['indirect-reseller'], can: false },
      { action: 'attest-mca', roles: ['indirect-reseller'], can: false },
    ],
  },
  {
    // THE DAP fact, in one place. 22 May 2023: "Microsoft began the DAP to GDAP transition"
    // (Microsoft-led transition page, a Microsoft page). 9 October 2023: "DAP will no longer
    // be available with reseller relationships" — Microsoft's September 2023 partner
    // announcement as quoted by TD SYNNEX (Giacom, which dates new-customer DAP to 25
    // September 2023, is not cited: its date differs). The headline (no DAP with a reseller relationship) rests
    // on the quoted announcement, so the claim is "quoted", on every surface.
    id: 'dap-retired',
    kind: 'microsoft-announcement-quoted',
    sources: [TD_SYNNEX_GDAP, GDAP_TRANSITION, GDAP_FAQ],
    dates: CLAIM_DATES['dap-retired'],
    affects: {
      clouds: ['global'],
      outcomes: [
        'request-reseller-relationship',
        'provider-sends-invitation',
        'reseller-forwards-provider-invitation',
        'provider-names-admin-reseller',
      ],
      links: ['reseller', 'indirect-reseller', 'dap'],
      glossaryTerms: ['dap', 'reseller-relationship', 'invitation-link'],
    },
    says: [{ action: 'admin-rights-through-invitation', roles: ALL_ROLES, can: false }],
  },
  {
    // GDAP FAQ: requests expire after 90 days, at most two years, with Auto extend six months
    // at a time until ended or turned off (read in the ja-JP copy of the same page), no EA
    // subscriptions;
    // introduction: specific roles for a definite time; Graph: customers explicitly grant.
    id: 'gdap-facts',
    kind: 'microsoft-page',
    sources: [GDAP_FAQ, GDAP_INTRODUCTION, GDAP_GRAPH_OVERVIEW, GDAP_CUSTOMER_APPROVAL],
    dates: CLAIM_DATES['gdap-facts'],
    affects: { clouds: ['global'], links: ['gdap'], glossaryTerms: ['gdap'] },
    says: [{ action: 'request-gdap', roles: ALL_ROLES, can: true }],
  },
  {
    // Graph resellerDelegatedAdminRelationship: "the delegated administrative privileges that
    // a Microsoft indirect reseller partner has in a customer tenant created by a Microsoft
    // indirect provider partner" (isPartnerConsentPending: the reseller consents). GDAP FAQ:
    // "Someone with the Admin agent role at a partner organization can create a GDAP
    // relationship request."
    id: 'gdap-indirect-reseller',
    kind: 'microsoft-page',
    sources: [GRAPH_RESELLER_RELATIONSHIP, GDAP_FAQ],
    dates: CLAIM_DATES['gdap-indirect-reseller'],
    affects: {
      clouds: ['global'],
      roles: ['indirect-provider', 'indirect-reseller'],
      outcomes: ['provider-names-admin-reseller'],
      links: ['gdap'],
    },
    says: [
      { action: 'request-gdap', roles: ['indirect-provider', 'indirect-reseller'], can: true },
    ],
  },
  {
    // The de-DE (and pt-BR) copies of Graph's "Create delegatedAdminRelationship" list "China,
    // betrieben von 21Vianet ❌"; a later English copy we read lists ✅. Microsoft's pages
    // disagree, and no page documents a GDAP link on the 21Vianet admin center: conflicting.
    id: 'gdap-not-in-21vianet',
    kind: 'microsoft-page',
    doubt: 'conflicting',
    sources: [GRAPH_CREATE_RELATIONSHIP],
    dates: CLAIM_DATES['gdap-not-in-21vianet'],
    affects: { clouds: ['21vianet'], links: ['gdap'], glossaryTerms: ['gdap'] },
    says: [{ action: 'gdap-in-21vianet', roles: ALL_ROLES, can: false }],
  },
  {
    // The 2016 21Vianet page: a relationship request adds delegated admin privileges only, no
    // billing, no Partner of Record change; one DAP partner per service. Not verified for
    // today: historical.
    id: 'vianet-relationship-adds-dap',
    kind: 'microsoft-page',
    doubt: 'historical',
    sources: [VIANET_REQUEST_2016],
    dates: CLAIM_DATES['vianet-relationship-adds-dap'],
    affects: {
      clouds: ['21vianet'],
      outcomes: ['request-reseller-relationship', 'customer-grants-admin-to-reseller'],
      links: ['reseller', 'indirect-reseller', 'dap'],
    },
  },
  {
    // azure-docs "Transfer Azure subscriptions between subscribers and CSPs" (2023-03-29),
    // step 1 for other transfers: "Establish a reseller relationship with the customer. Review
    // the CSP Regional Authorization Overview". The 2018 request page: a relationship that
    // manages only the Azure subscriptions you provision needs no admin permissions, and
    // relationships are requested within your country or region.
    id: 'azure-needs-reseller-relationship',
    kind: 'microsoft-page',
    sources: [AZURE_TO_CSP, REQUEST_RELATIONSHIP],
    dates: CLAIM_DATES['azure-needs-reseller-relationship'],
    affects: {
      clouds: ['global'],
      outcomes: ['new-csp-azure-subscription', 'check-azure-service-availability'],
    },
    says: [{ action: 'azure-without-relationship', roles: ALL_ROLES, can: false }],
  },
  {
    id: 'azure-into-csp',
    kind: 'microsoft-page',
    sources: [AZURE_TO_CSP, MPA_REQUEST_OWNERSHIP],
    dates: CLAIM_DATES['azure-into-csp'],
    affects: { clouds: ['global'], outcomes: ['new-csp-azure-subscription'] },
  },
  {
    id: 'azure-plan-partner-transfer',
    kind: 'microsoft-page',
    sources: [AZURE_PLAN_TRANSFER],
    dates: CLAIM_DATES['azure-plan-partner-transfer'],
    affects: { clouds: ['global'], outcomes: ['switch-azure-partner'] },
    says: [{ action: 'transfer-subscription', roles: ['indirect-reseller'], can: false }],
  },
  {
    // create-a-transfer: the target partner creates, the source partner completes;
    // transfer-subscriptions: both partners approve, the customer first needs a relationship
    // with the new partner. Legacy subscriptions have their own transfer page.
    id: 'new-commerce-license-transfer',
    kind: 'microsoft-page',
    sources: [TRANSFER_SUBSCRIPTIONS, CREATE_TRANSFER],
    dates: CLAIM_DATES['new-commerce-license-transfer'],
    // Neither page says what indirect resellers do; that is indirect-reseller-works-through-provider.
    affects: { clouds: ['global'], outcomes: ['wait-for-term-end-or-cancel'] },
    says: [{ action: 'transfer-subscription', roles: ['direct', 'indirect-provider'], can: true }],
  },
  {
    // Microsoft's announcement is not among the stored pages; the trade press quotes it.
    id: 'open-license-ended',
    kind: 'third-party',
    sources: [RCP_OPEN_LICENSE],
    dates: CLAIM_DATES['open-license-ended'],
    affects: { clouds: ['global'], glossaryTerms: ['open'] },
  },
  {
    // "Customers can approve your request … in the Microsoft 365 admin center"; the MCA
    // attestation page (2021-03-24) already says "Microsoft 365 Admin Center".
    id: 'admin-center-name',
    kind: 'microsoft-page',
    sources: [MCA_ATTESTATION, GDAP_CUSTOMER_APPROVAL],
    dates: CLAIM_DATES['admin-center-name'],
    affects: {
      clouds: ['global'],
      outcomes: ['request-reseller-relationship', 'customer-grants-admin-to-reseller'],
    },
  },
  {
    // The 2016 seed's "Azure services in CSP" section of the Sell page. Microsoft's later
    // pages describe the menu differently; none says the Sell page is gone, and none dates it:
    // the product's own observation, unconfirmed and undated.
    id: 'partner-center-page-names',
    kind: 'microsoft-page',
    doubt: 'inferred',
    sources: [REQUEST_RELATIONSHIP],
    dates: CLAIM_DATES['partner-center-page-names'],
    affects: { clouds: ['global'], outcomes: ['check-azure-service-availability'] },
    says: [{ action: 'use-sell-page', roles: ALL_ROLES, can: false }],
  },
  {
    id: 'business-store-retired',
    kind: 'microsoft-page',
    sources: [STORE_FOR_BUSINESS_RETIRING],
    dates: CLAIM_DATES['business-store-retired'],
    affects: { clouds: ['global'], links: ['reseller', 'indirect-reseller'] },
  },
  {
    // The request page: "If the customer has not yet accepted the Microsoft Customer
    // Agreement, they are prompted when they accept the invitation"; MCA attestation page.
    id: 'customer-accepts-mca',
    kind: 'microsoft-page',
    sources: [MCA_ATTESTATION, REQUEST_RELATIONSHIP],
    dates: CLAIM_DATES['customer-accepts-mca'],
    affects: {
      clouds: ['global'],
      outcomes: ['request-reseller-relationship'],
      links: ['reseller', 'indirect-reseller'],
      glossaryTerms: ['mca'],
    },
    says: [{ action: 'attest-mca', roles: ['indirect-reseller'], can: false }],
  },
];

// ── Reading the register ──────────────────────────────────────────────────────────────────

/** The claim with this id; a TypeError naming the allowed ids otherwise. */
export function claimById(id: ClaimId): Claim {
  const claim = CLAIMS.find((c) => c.id === id);
  if (!claim) {
    throw new TypeError(`Unknown claim "${String(id)}". Allowed: ${CLAIM_IDS.join(', ')}.`);
  }
  return claim;
}

/** How sure the product is of a claim: its kind, lowered by any doubt. */
export function confirmationOf(claim: Claim): ConfirmationLevel {
  if (claim.doubt) return 'unconfirmed';
  if (claim.kind === 'microsoft-page') return 'confirmed';
  return claim.kind === 'microsoft-announcement-quoted' ? 'quoted' : 'unconfirmed';
}

/** A source's page for a reader: theirs where Microsoft has it, else the English one. */
export function sourcePageFor(source: ClaimSource, language: Language): SourcePage {
  return source.pages[language] ?? source.pages.en;
}

/** One source as a surface shows it. */
export interface ClaimSourceView {
  url: string;
  title: string;
  /** Language of the page and its title: a surface marks it when it is not the reader's. */
  lang: Language;
  kind: SourceKind;
  pageDate?: string;
}

/**
 * A claim as plain data for one reader: what a component needs to render it, with no text
 * resolved (`locales/claims.ts` `claimView` adds the sentences).
 */
export interface ClaimPresentation {
  id: ClaimId;
  /** Locale key of the claim's text. */
  textKey: `changes:claim.${ClaimId}`;
  confirmation: ConfirmationLevel;
  kind: SourceKind;
  doubt?: ClaimDoubt;
  sources: readonly ClaimSourceView[];
  /** ISO dates, oldest first. */
  dates: readonly ClaimDate[];
}

/** The one way a surface gets a claim: with its confirmation level and the reader's pages. */
export function presentClaim(id: ClaimId, language: Language): ClaimPresentation {
  const claim = claimById(id);
  return {
    id,
    textKey: `changes:claim.${id}`,
    confirmation: confirmationOf(claim),
    kind: claim.kind,
    ...(claim.doubt ? { doubt: claim.doubt } : {}),
    sources: claim.sources.map((source) => {
      const page = sourcePageFor(source, language);
      return {
        url: page.url,
        title: page.title,
        lang: page.lang,
        kind: source.kind,
        ...(page.pageDate ? { pageDate: page.pageDate } : {}),
      };
    }),
    dates: claim.dates,
  };
}

/** The claims that speak to an invitation link of this kind in this cloud. */
export function claimsForLink(
  kind: InvitationKind | 'dap',
  cloud: Cloud | 'usgov',
  claims: readonly Claim[] = CLAIMS,
): Claim[] {
  return claims.filter(
    (c) =>
      c.affects.links?.includes(kind) && (c.affects.clouds as readonly string[]).includes(cloud),
  );
}

/** The claims that speak to an outcome shown to a role in a cloud. */
export function claimsForOutcome(
  outcome: OutcomeId,
  cloud: Cloud,
  role?: Role,
  claims: readonly Claim[] = CLAIMS,
): Claim[] {
  return claims.filter(
    (c) =>
      c.affects.outcomes?.includes(outcome) &&
      c.affects.clouds.includes(cloud) &&
      (role === undefined || c.affects.roles === undefined || c.affects.roles.includes(role)),
  );
}

/** The claims that date a glossary term. */
export function claimsForGlossaryTerm(term: string, claims: readonly Claim[] = CLAIMS): Claim[] {
  return claims.filter((c) => c.affects.glossaryTerms?.includes(term));
}

/** A contradiction: two things shown to the same role say opposite things about an action. */
export interface Contradiction {
  role: Role;
  action: Action;
  /** Who says the role can, and who says it cannot (claim ids or step keys). */
  can: readonly string[];
  cannot: readonly string[];
}

/**
 * Statements from several places (claims, steps) that disagree for a role: one says the role
 * can do an action, another that it cannot.
 */
export function contradictions(
  said: readonly { by: string; statements: readonly Statement[] }[],
  role: Role,
): Contradiction[] {
  const byAction = new Map<Action, { can: string[]; cannot: string[] }>();
  for (const { by, statements } of said) {
    for (const statement of statements) {
      if (!statement.roles.includes(role)) continue;
      const entry = byAction.get(statement.action) ?? { can: [], cannot: [] };
      (statement.can ? entry.can : entry.cannot).push(by);
      byAction.set(statement.action, entry);
    }
  }
  return [...byAction]
    .filter(([, e]) => e.can.length > 0 && e.cannot.length > 0)
    .map(([action, e]) => ({ role, action, can: e.can, cannot: e.cannot }));
}

/** The date a claim holds from (its latest), or undefined when no source dates it. */
export function effectiveDate(claim: Claim): ClaimDate | undefined {
  return claim.dates.at(-1);
}

const LOCALE_PATH: Record<Language, string> = { de: '/de-de/', en: '/en-us/', zh: '/zh-cn/' };

/**
 * What is wrong with a claim, in words a maintainer can act on; empty when nothing is. The
 * register's test runs this over every claim: a claim without a source, a localized page
 * that is not Microsoft's page in that language, a kind its sources do not support or a date
 * a source does not give fails.
 */
export function claimProblems(claim: Claim): string[] {
  const problems: string[] = [];
  const at = `claim "${claim.id}"`;
  if (claim.sources.length === 0) problems.push(`${at} has no source. Add the page that says it.`);
  for (const [index, source] of claim.sources.entries()) {
    for (const [language, page] of Object.entries(source.pages) as [Language, SourcePage][]) {
      const where = `${at}, source ${index + 1} (${language})`;
      if (!/^https:\/\/\S+$/.test(page.url))
        problems.push(`${where}: "${page.url}" is not an https URL.`);
      if (page.title.trim() === '') problems.push(`${where}: the page has no title.`);
      if (language !== 'en' && page.lang !== language) {
        problems.push(
          `${where}: a ${language} entry must be a page in ${language}, not ${page.lang}.`,
        );
      }
      if (
        language !== 'en' &&
        source.kind === 'microsoft-page' &&
        /learn\.microsoft\.com/.test(page.url) &&
        !page.url.includes(LOCALE_PATH[language])
      ) {
        problems.push(
          `${where}: Microsoft Learn's ${language} page has ${LOCALE_PATH[language]} in its address.`,
        );
      }
      if (page.pageDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(page.pageDate)) {
        problems.push(`${where}: page date "${page.pageDate}" is not ISO (YYYY-MM-DD).`);
      }
    }
  }
  if (!claim.sources.some((s) => s.kind === claim.kind)) {
    problems.push(
      `${at} is of kind ${claim.kind}, but no source is. Allowed: ${SOURCE_KINDS.join(', ')}, as its sources are.`,
    );
  }
  const dates = claim.dates.map((d) => d.date);
  for (const date of dates) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      problems.push(`${at}: date "${date}" is not ISO (YYYY-MM-DD).`);
  }
  if ([...dates].sort().join() !== dates.join())
    problems.push(`${at}: dates must be oldest first.`);
  const latest = claim.dates.at(-1);
  if (latest?.basis === 'page-date') {
    const first = claim.sources[0]?.pages.en.pageDate;
    if (first !== latest.date) {
      problems.push(
        `${at}: a page date must be the first source's own date (${String(first)}), not ${latest.date}.`,
      );
    }
  }
  return problems;
}

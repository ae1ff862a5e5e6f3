import {
  GDAP_FACT_IDS,
  GDAP_LIMITS,
  LANGUAGES,
  LINK_CLAIM_IDS,
  LINK_ERROR_CODES,
  type LinkClaimId,
  type GdapFactId,
  type InvitationCloud,
  type InvitationKind,
  type Language,
  type LinkErrorCode,
} from '../../core/index.ts';
import { claimView, type ClaimTranslate, type ClaimView } from '../../locales/claims.ts';

/**
 * The strings the shared invitation components show, already translated for one language.
 * Site islands get them as props resolved at build time; the extension resolves them at run
 * time with its own i18next. Both call `invitationStrings` with their translator, so the keys
 * live in one place.
 */

export type LinkField = 'partnerTenantId' | 'resellerTenantId' | 'mpnId' | 'adminRelationshipId';

export interface LinkExplanationStrings {
  valid: string;
  kindLabel: string;
  cloudLabel: string;
  dapLabel: string;
  linkLabel: string;
  kind: Record<InvitationKind, string>;
  cloud: Record<InvitationCloud, string>;
  delegatedAdmin: Record<'on' | 'off' | 'absent', string>;
  field: Record<LinkField, string>;
  /** Each party a link names, labelled by the link's kind (who the id belongs to). */
  party: {
    reseller: Record<'partnerTenantId' | 'mpnId', string>;
    'indirect-reseller': Record<'partnerTenantId' | 'mpnId' | 'resellerTenantId', string>;
    gdap: Record<'adminRelationshipId', string>;
  };
  /** Who the customer gets a relationship with, by kind. */
  parties: { reseller: string; 'indirect-reseller': string; noResellerTenant: string };
  claimsHeading: string;
  /** "Source: {{title}}" for a claim's page ({{title}} stays in; the component fills it). */
  claimSource: string;
  /** "{{source}} ({{label}})": a source with its labels (not a Microsoft page, English page). */
  sourceLabelled: string;
  /** The claims about links from the register, resolved for the reader (`claimView`). */
  claims: Record<LinkClaimId, ClaimView>;
  /** May hold `{{parameter}}`, filled by the component. */
  errors: Record<LinkErrorCode, string>;
  unconfirmedHost: string;
  unwrapped: string;
  unwrappedRefused: string;
  unconfirmed: string;
  dapRetired: { title: string; title21vianet: string; howToGdap: string };
  gdap: { title: string; facts: Record<GdapFactId, string> };
}

export interface EmailComposerStrings {
  title: string;
  intro: string;
  partnerName: string;
  partnerNameHint: string;
  nameProblem: Record<'empty' | 'too-long' | 'line-break', string>;
  language: string;
  languageNames: Record<Language, string>;
  subject: string;
  body: string;
  copyEmail: string;
  copyLink: string;
  sendEmail: string;
  copied: string;
  copyFailed: string;
  errorPrefix: string;
}

export interface InvitationStrings {
  link: LinkExplanationStrings;
  email: EmailComposerStrings;
}

/**
 * Any i18next-style translator. Keys built from data (error codes, fact ids) cannot be
 * checked by the compiler; `locales/locales.test.ts` and `ui/invitation/strings.test.ts`
 * prove each exists in every language.
 */
export type AnyTranslate = (key: string, options?: Record<string, unknown>) => string;

const record = <K extends string>(keys: readonly K[], value: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, string>;

/**
 * The strings for one language. `language` is the language `t` speaks: the claims about links
 * get their Microsoft pages in it where Microsoft has them.
 */
export function invitationStrings(t: AnyTranslate, language: Language): InvitationStrings {
  return {
    link: {
      valid: t('link:valid'),
      kindLabel: t('link:explain.kindLabel'),
      cloudLabel: t('link:explain.cloudLabel'),
      dapLabel: t('link:explain.dapLabel'),
      linkLabel: t('link:explain.linkLabel'),
      kind: record(['reseller', 'indirect-reseller', 'gdap'], (k) => t(`link:kind.${k}`)),
      cloud: record(['global', '21vianet', 'usgov'], (k) => t(`link:cloud.${k}`)),
      delegatedAdmin: record(['on', 'off', 'absent'], (k) => t(`link:delegatedAdmin.${k}`)),
      field: record(['partnerTenantId', 'resellerTenantId', 'mpnId', 'adminRelationshipId'], (k) =>
        t(`link:field.${k}`),
      ),
      // {{parameter}} stays in; the component fills it.
      errors: record(LINK_ERROR_CODES, (code) =>
        t(`link:error.${code}`, { parameter: '{{parameter}}' }),
      ),
      party: {
        reseller: record(['partnerTenantId', 'mpnId'], (k) => t(`link:party.reseller.${k}`)),
        'indirect-reseller': record(['partnerTenantId', 'mpnId', 'resellerTenantId'], (k) =>
          t(`link:party.indirect-reseller.${k}`),
        ),
        gdap: record(['adminRelationshipId'], (k) => t(`link:party.gdap.${k}`)),
      },
      parties: {
        reseller: t('link:explain.parties.reseller'),
        'indirect-reseller': t('link:explain.parties.indirect-reseller'),
        noResellerTenant: t('link:explain.parties.noResellerTenant'),
      },
      claimsHeading: t('link:explain.claimsHeading'),
      claimSource: t('link:explain.claimSource', { title: '{{title}}' }),
      sourceLabelled: t('changes:sourceInLanguage', {
        source: '{{source}}',
        language: '{{label}}',
      }),
      claims: Object.fromEntries(
        LINK_CLAIM_IDS.map((id) => [id, claimView(t as ClaimTranslate, language, id)]),
      ) as Record<LinkClaimId, ClaimView>,
      unconfirmedHost: t('link:unconfirmedHost'),
      unwrapped: t('link:explain.unwrapped'),
      unwrappedRefused: t('link:explain.unwrappedRefused'),
      unconfirmed: t('link:explain.unconfirmed'),
      dapRetired: {
        title: t('link:dapRetired.title'),
        title21vianet: t('link:dapRetired.title21vianet'),
        howToGdap: t('link:dapRetired.howToGdap'),
      },
      gdap: {
        title: t('link:gdap.title'),
        facts: record(GDAP_FACT_IDS, (id) =>
          t(`link:gdap.fact.${id}`, { days: GDAP_LIMITS.requestExpiryDays }),
        ),
      },
    },
    email: {
      title: t('link:email.title'),
      intro: t('link:email.intro'),
      partnerName: t('link:email.partnerName'),
      partnerNameHint: t('link:email.partnerNameHint'),
      nameProblem: record(['empty', 'too-long', 'line-break'], (k) =>
        t(`link:email.nameProblem.${k}`),
      ),
      language: t('link:email.language'),
      languageNames: record(LANGUAGES, (l) => t(`common:language.${l}`)),
      subject: t('link:email.subject'),
      body: t('link:email.body'),
      copyEmail: t('link:email.copyEmail'),
      copyLink: t('link:email.copyLink'),
      sendEmail: t('common:action.sendEmail'),
      copied: t('common:action.copied'),
      copyFailed: t('common:action.copyFailed'),
      errorPrefix: t('link:email.errorPrefix'),
    },
  };
}

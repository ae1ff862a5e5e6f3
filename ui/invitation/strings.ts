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
  type EmailTemplates,
  type LinkErrorCode,
} from '../../core/index.ts';
import { claimView, type ClaimView } from '../../locales/claims.ts';
import { emailTemplates } from '../../locales/email.ts';
import type { Translate } from '../../locales/translator.ts';
import type { Template } from '../../locales/template.ts';

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
  /** "Source: {{title}}" for a claim's page; the component fills it with the title element. */
  /** `changes:sourceLine`: "Source: {{source}}" before a claim's cited page. */
  sourceLine: Template;
  /** The claims about links from the register, resolved for the reader (`claimView`). */
  claims: Record<LinkClaimId, ClaimView>;
  /** May hold `{{parameter}}`, filled by the component. */
  errors: Record<LinkErrorCode, Template>;
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
  /** The e-mail's texts in each language it can be written in. */
  templates: Record<Language, EmailTemplates>;
}

export interface InvitationStrings {
  link: LinkExplanationStrings;
  email: EmailComposerStrings;
}

const record = <K extends string>(keys: readonly K[], value: (key: K) => string) =>
  Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, string>;
const templates = <K extends string>(keys: readonly K[], value: (key: K) => Template) =>
  Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, Template>;

/**
 * The strings for one language: the language `t` speaks. The claims about links get their
 * Microsoft pages in it where Microsoft has them.
 *
 * @param t the reader's translator
 * @param translatorOf a translator of each language the e-mail can be written in
 */
export function invitationStrings(
  t: Translate,
  translatorOf: (language: Language) => Translate,
): InvitationStrings {
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
      errors: templates(LINK_ERROR_CODES, (code) => t.template(`link:error.${code}`)),
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
      sourceLine: t.template('changes:sourceLine'),
      claims: Object.fromEntries(LINK_CLAIM_IDS.map((id) => [id, claimView(t, id)])) as Record<
        LinkClaimId,
        ClaimView
      >,
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
      errorPrefix: t('common:label.errorPrefix'),
      templates: Object.fromEntries(
        LANGUAGES.map((l) => [l, emailTemplates(translatorOf(l))]),
      ) as Record<Language, EmailTemplates>,
    },
  };
}

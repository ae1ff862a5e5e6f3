import type { CauseId } from '../../core/acceptance-causes.ts';
import { GDAP_FACT_IDS, GDAP_LIMITS, type GdapFactId } from '../../core/gdap.ts';
import type { EmailTemplates } from '../../core/invitation-email.ts';
import type { InvitationCloud } from '../../core/invitation-hosts.ts';
import {
  LINK_ERROR_CODES,
  type InvitationKind,
  type LinkErrorCode,
} from '../../core/invitation-link.ts';
import { LANGUAGES, type Language } from '../../core/languages.ts';
import { LINK_CLAIM_IDS, type LinkClaimId } from '../../core/link-claims.ts';
import type { LinkOwner, OwnerNeed } from '../../core/link-owner.ts';
import { LINK_ALTERATIONS, type LinkAlteration } from '../../core/troubleshoot-tree.ts';
import { claimView, type ClaimView } from '../../locales/claims.ts';
import { emailTemplates } from '../../locales/email.ts';
import type { Translate } from '../../locales/translator.ts';
import type { Template } from '../../locales/template.ts';
import { LINK_CAUSES } from './reading.ts';

/**
 * The strings the shared invitation components show, already translated for one language.
 * Site islands get them as props resolved at build time; the extension resolves them at run
 * time with its own i18next. Both call `invitationStrings` with their translator, so the keys
 * live in one place.
 */

export type LinkField = 'partnerTenantId' | 'resellerTenantId' | 'mpnId' | 'adminRelationshipId';

export interface LinkExplanationStrings {
  /** A valid link's verdict: an invitation link's, or a GDAP request link's. */
  valid: Record<'invitation' | 'gdap', string>;
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
  /** `common:punctuation.prefixed`: the error prefix before a problem, spaced as the language spaces it. */
  prefixed: Template;
  /** The language of these strings (the partner's). */
  uiLanguage: Language;
  /**
   * The e-mail's texts in the languages at hand (the site: all three; the extension on the
   * portal: the partner's language, `loadTemplates` brings another when it is chosen).
   */
  templates: Partial<Record<Language, EmailTemplates>>;
  /** Loads the e-mail's texts of a language not in `templates`. */
  loadTemplates?: ((language: Language) => Promise<EmailTemplates>) | undefined;
  /** While another language's texts load, and if they could not be loaded. */
  loading: string;
  loadFailed: string;
  loadAgain: string;
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
 * @param translatorOf a translator of each language the e-mail can be written in, or
 *   undefined for a language whose texts are not at hand
 * @param loadTemplates loads the e-mail's texts of a language `translatorOf` does not speak
 */
export function invitationStrings(
  t: Translate,
  translatorOf: (language: Language) => Translate | undefined,
  loadTemplates?: (language: Language) => Promise<EmailTemplates>,
): InvitationStrings {
  return {
    link: {
      valid: { invitation: t('link:valid'), gdap: t('link:validGdap') },
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
      prefixed: t.template('common:punctuation.prefixed'),
      uiLanguage: t.language,
      templates: Object.fromEntries(
        LANGUAGES.flatMap((l) => {
          const translate = translatorOf(l);
          return translate ? [[l, emailTemplates(translate)]] : [];
        }),
      ) as Partial<Record<Language, EmailTemplates>>,
      loadTemplates,
      loading: t('link:email.loading'),
      loadFailed: t('link:email.loadFailed'),
      loadAgain: t('link:email.loadAgain'),
    },
  };
}

/** Whose link it is, in words (`OwnerNote`). */
export interface OwnerStrings {
  /** `link:owner.tiesReseller`: "… ties the customer to the partner tenant {{tenantId}}." */
  tiesReseller: Template;
  /** `link:owner.tiesIndirect`: the provider's tenant and the reseller's Partner ID. */
  tiesIndirect: Template;
  /**
   * Whether that is the reader's organization. `unknown` is each product's own sentence: the
   * extension says where the IDs are set, the site that it cannot know them.
   */
  verdict: Record<LinkOwner, string>;
  /**
   * Where a product knows the reader's settings (the extension): for an `unknown` owner, the
   * sentence naming the one ID that is missing (`OwnerNeed`); `verdict.unknown` otherwise.
   */
  unknownNeeds: Partial<Record<OwnerNeed, string>>;
}

/** "Customer can't accept?" under a pasted link, and the cause a broken link points to. */
export interface TroubleshootPointerStrings {
  offer: string;
  /** `troubleshoot:link.pointsTo`: "This link points to a cause: {{cause}}" */
  pointsTo: Template;
  /** The title of each cause a pasted link can point to (`LINK_CAUSES`). */
  cause: Partial<Record<CauseId, string>>;
  alteration: Record<LinkAlteration, string>;
}

/** The paste-a-link field and what its result says besides the explanation and the e-mail. */
export interface LinkPasteStrings {
  label: string;
  hint?: string | undefined;
  /**
   * The Check button: with it the text is read when the partner presses it (the site), without
   * it as the partner types (the extension).
   */
  check?: string | undefined;
  /** A heading above the result (the site): for an explained link, for a refused one. */
  resultTitle?: { ok: string; problem: string } | undefined;
  owner: OwnerStrings;
  troubleshoot: TroubleshootPointerStrings;
}

/**
 * Whose link it is, for one reader: `unknown` is the sentence for a link whose owner cannot be
 * told there (`extension:owner.unknown`, `site:helper.ownerUnknown`).
 */
export function ownerStrings(
  t: Translate,
  unknown: string,
  unknownNeeds: Partial<Record<OwnerNeed, string>> = {},
): OwnerStrings {
  return {
    tiesReseller: t.template('link:owner.tiesReseller'),
    tiesIndirect: t.template('link:owner.tiesIndirect'),
    verdict: { self: t('link:owner.self'), other: t('link:owner.other'), unknown },
    unknownNeeds,
  };
}

/** "Customer can't accept?" and the causes a pasted link can point to, for one reader. */
export function troubleshootPointerStrings(t: Translate): TroubleshootPointerStrings {
  return {
    offer: t('troubleshoot:link.offer'),
    pointsTo: t.template('troubleshoot:link.pointsTo'),
    cause: record(LINK_CAUSES, (cause) => t(`troubleshoot:cause.${cause}.title`)),
    alteration: record(LINK_ALTERATIONS, (a) => t(`troubleshoot:alteration.${a}`)),
  };
}

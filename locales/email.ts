import {
  composeInvitationEmail,
  type EmailTemplates,
  type InvitationEmail,
} from '../core/invitation-email.ts';
import type { InvitationCloud } from '../core/invitation-hosts.ts';
import type { InvitationKind, InvitationLink } from '../core/invitation-link.ts';
import type { Language } from '../core/languages.ts';
import { EMAIL_CLAIMS } from '../core/link-claims.ts';
import { formatClaimDate } from './claims.ts';
import type { Translate } from './translator.ts';
import { asTemplate, fillText } from './template.ts';

/**
 * The customer e-mail's texts for the core (`composeInvitationEmail` imports no locale):
 * `emailTemplates` reads them from `email.json` through a translator, `composeEmail` fills
 * them with the one template filler. Imports no dictionary, so the shared e-mail composer
 * (ui/invitation) can use it with templates it got as props.
 */

const KINDS: readonly InvitationKind[] = ['reseller', 'indirect-reseller', 'gdap'];
const CLOUDS: readonly InvitationCloud[] = ['global', '21vianet', 'usgov'];

const byKey = <K extends string>(keys: readonly K[], text: (key: K) => string) =>
  Object.fromEntries(keys.map((k) => [k, text(k)])) as Record<K, string>;

/** The e-mail's templates in the translator's language. */
export function emailTemplates(t: Translate): EmailTemplates {
  return {
    subject: byKey(KINDS, (k) => t.template(`email:subject.${k}`)),
    greeting: t('email:greeting'),
    intro: byKey(KINDS, (k) => t.template(`email:intro.${k}`)),
    who: t('email:who'),
    how: byKey(CLOUDS, (c) => t(`email:how.${c}`)),
    howGdap: t('email:howGdap'),
    grants: byKey(KINDS, (k) => t(`email:grants.${k}`)),
    linkLabel: t('email:linkLabel'),
    linkLabelGdap: t('email:linkLabelGdap'),
    unchanged: t('email:unchanged'),
    unchangedGdap: t('email:unchangedGdap'),
    helpLabel: t('email:helpLabel'),
    helpLabelGdap: t('email:helpLabelGdap'),
    questions: t('email:questions'),
    closing: t('email:closing'),
    signature: t.template('email:signature'),
    claim: byKey(EMAIL_CLAIMS, (id) => t.template(`email:claim.${id}`)),
  };
}

/**
 * The e-mail in `language`, from that language's templates; it links to the customer's page
 * on accepting at `guideBase`, the guide's public address.
 */
export function composeEmail(
  link: InvitationLink,
  partnerName: string,
  templates: EmailTemplates,
  language: Language,
  guideBase: string,
): InvitationEmail {
  return composeInvitationEmail(link, partnerName, templates, {
    language,
    fill: (template, values) => fillText(asTemplate(template), values, language),
    formatDate: (date) => formatClaimDate(date, language),
    guideBase,
  });
}

/** The e-mail in the translator's language. */
export function invitationEmail(
  link: InvitationLink,
  partnerName: string,
  t: Translate,
  guideBase: string,
): InvitationEmail {
  return composeEmail(link, partnerName, emailTemplates(t), t.language, guideBase);
}

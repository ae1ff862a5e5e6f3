import { CLAIM_DATES, type ClaimDate } from './claims.ts';
import { GDAP_LIMITS } from './gdap.ts';
import { acceptPath, publicUrl } from './guide-paths.ts';
import type { InvitationCloud } from './invitation-hosts.ts';
import type { InvitationKind, InvitationLink } from './invitation-link.ts';
import type { Language } from './languages.ts';
import { emailClaims, type EmailClaimId } from './link-claims.ts';

/**
 * The e-mail a partner sends a customer with the invitation link: what the customer is asked
 * to do, who must accept (their Global admin), what accepting grants, and the link unchanged.
 * The core decides which paragraphs an invitation needs; the texts come from the caller
 * (`email.json` of the e-mail's language, read by `emailTemplates` in locales/email.ts), and
 * so do the function that fills their `{{partnerName}}`, `{{days}}` and `{{date}}`
 * (locales/template.ts `fillText`, which spaces a Latin name in Chinese text: `Contoso 希望…`)
 * and the one that writes a claim's date (locales/format.ts `formatDate`).
 *
 * What it says about how things are today comes from the claims register, the same claims the
 * link explanation shows for the same link (`emailClaims`, `core/link-claims.ts`), worded for
 * the customer with their source (`email:claim.<id>`): a global reseller invitation gives no
 * admin access (Microsoft's announcement, as the e-mail says), a 21Vianet one is described as
 * Microsoft described it earlier, a GDAP link gets the GDAP limits.
 */

/** Every text of the e-mail, as templates of one language (keys of `email.json`). */
export interface EmailTemplates {
  subject: Record<InvitationKind, string>;
  greeting: string;
  intro: Record<InvitationKind, string>;
  who: string;
  how: Record<InvitationCloud, string>;
  howGdap: string;
  grants: Record<InvitationKind, string>;
  /** The label above the link: an invitation's, or a GDAP request's. */
  linkLabel: string;
  linkLabelGdap: string;
  unchanged: string;
  unchangedGdap: string;
  /** The label above the help page: if accepting (an invitation) or approving (GDAP) fails. */
  helpLabel: string;
  helpLabelGdap: string;
  questions: string;
  closing: string;
  signature: string;
  /** Each claim the e-mail can word, worded for the customer (`{{date}}`, `{{days}}`). */
  claim: Record<EmailClaimId, string>;
}

/** Fills a template's placeholders (`{{partnerName}}`, `{{days}}`, `{{date}}`) in the e-mail's language. */
export type FillTemplate = (template: string, values: Record<string, string | number>) => string;

/** A claim's date for the customer, in the e-mail's language. */
export type FormatClaimDate = (date: ClaimDate) => string;

/** What the e-mail needs besides its texts: its language's filler and date, and the guide. */
export interface EmailWriting {
  language: Language;
  fill: FillTemplate;
  formatDate: FormatClaimDate;
  /**
   * The guidance site's public address (`SITE_URL`, config/site-url.ts; the extension's
   * `GUIDE_URL`): the e-mail links to the customer's page on accepting, in its language.
   */
  guideBase: string;
}

export interface InvitationEmail {
  subject: string;
  /** Plain text, lines separated by \n. */
  body: string;
  /** The claims the e-mail words, in order (the link explanation shows the same ones). */
  claims: EmailClaimId[];
}

export const MAX_PARTNER_NAME_LENGTH = 120;

export type PartnerNameProblem = 'empty' | 'too-long' | 'line-break';

/** What is wrong with a partner display name, or undefined when it is fine. */
export function checkPartnerName(name: string): PartnerNameProblem | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'empty';
  if (trimmed.length > MAX_PARTNER_NAME_LENGTH) return 'too-long';
  if (/[\r\n]/.test(trimmed)) return 'line-break';
  return undefined;
}

/**
 * Writes the invitation e-mail. Throws a TypeError when the partner name is empty, too long
 * or spans lines (check it first with `checkPartnerName` to show a message instead), and when
 * the guide's address is not a site's origin.
 */
export function composeInvitationEmail(
  link: InvitationLink,
  partnerName: string,
  texts: EmailTemplates,
  writing: EmailWriting,
): InvitationEmail {
  const problem = checkPartnerName(partnerName);
  if (problem) {
    throw new TypeError(
      `Partner name is ${problem === 'empty' ? 'empty' : problem === 'too-long' ? `longer than ${MAX_PARTNER_NAME_LENGTH} characters` : 'more than one line'}.`,
    );
  }
  const name = partnerName.trim();
  const days = GDAP_LIMITS.requestExpiryDays;
  const fill = (template: string) => writing.fill(template, { partnerName: name, days });
  /** A claim worded for the customer, its date (where it has one) in the customer's language. */
  const claimParagraph = (id: EmailClaimId) => {
    const date = CLAIM_DATES[id].at(-1);
    return writing.fill(texts.claim[id], {
      days,
      ...(date ? { date: writing.formatDate(date) } : {}),
    });
  };
  const claims = emailClaims(link);
  // A GDAP request is approved, an invitation accepted: the labels say which.
  const gdap = link.kind === 'gdap';
  const paragraphs = [
    texts.greeting,
    fill(texts.intro[link.kind]),
    texts.who,
    // A GDAP approval is about roles and a period; the Customer Agreement belongs to the
    // reseller relationship.
    gdap ? texts.howGdap : texts.how[link.cloud],
    texts.grants[link.kind],
    ...claims.map(claimParagraph),
    `${gdap ? texts.linkLabelGdap : texts.linkLabel}\n${link.url}`,
    // Only reseller links are known to carry no customer information.
    gdap ? texts.unchangedGdap : texts.unchanged,
    `${gdap ? texts.helpLabelGdap : texts.helpLabel}\n${acceptUrl(writing.guideBase, writing.language)}`,
    texts.questions,
    `${texts.closing}\n${fill(texts.signature)}`,
  ];
  return { subject: fill(texts.subject[link.kind]), body: paragraphs.join('\n\n'), claims };
}

/** The customer's page on accepting, in one language, at the public address. */
export function acceptUrl(guideBase: string, language: Language): string {
  if (!/^https?:\/\/[^/]+\/?$/.test(guideBase)) {
    throw new TypeError(
      `The guide's address must be the site's origin, like https://guide.example.com; got "${guideBase}".`,
    );
  }
  return publicUrl(guideBase, acceptPath(language));
}

/** A mailto: address that opens the e-mail in the user's mail program (no recipient set). */
export function mailtoHref(email: InvitationEmail, to = ''): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to)}?subject=${enc(email.subject)}&body=${enc(email.body)}`;
}

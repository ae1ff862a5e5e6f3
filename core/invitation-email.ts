import { GDAP_LIMITS } from './gdap.ts';
import type { InvitationCloud } from './invitation-hosts.ts';
import type { InvitationKind, InvitationLink } from './invitation-link.ts';

/**
 * The e-mail a partner sends a customer with the invitation link: what the customer is asked
 * to do, who must accept (their Global admin), what accepting grants, and the link unchanged.
 * The core decides which paragraphs an invitation needs; the texts come from the caller
 * (`email.json` of the e-mail's language, read by `emailTemplates` in locales/email.ts), and
 * so does the function that fills their `{{partnerName}}` and `{{days}}` (locales/template.ts
 * `fillText`, which spaces a Latin name in Chinese text: `Contoso 希望…`).
 *
 * It never promises access the customer will not grant: a reseller invitation gives no admin
 * access today, whatever its old `DAP=` option says, so the e-mail says that admin access
 * would be a separate GDAP request. A GDAP link gets the GDAP e-mail (roles, period, expiry).
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
  adminAccess: string;
  gdapLimits: string;
  vianetNote: string;
  linkLabel: string;
  unchanged: string;
  unchangedGdap: string;
  questions: string;
  closing: string;
  signature: string;
}

/** Fills a template's placeholders (`{{partnerName}}`, `{{days}}`) in the e-mail's language. */
export type FillTemplate = (template: string, values: Record<string, string | number>) => string;

export interface InvitationEmail {
  subject: string;
  /** Plain text, lines separated by \n. */
  body: string;
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
 * or spans lines (check it first with `checkPartnerName` to show a message instead).
 */
export function composeInvitationEmail(
  link: InvitationLink,
  partnerName: string,
  texts: EmailTemplates,
  fillTemplate: FillTemplate,
): InvitationEmail {
  const problem = checkPartnerName(partnerName);
  if (problem) {
    throw new TypeError(
      `Partner name is ${problem === 'empty' ? 'empty' : problem === 'too-long' ? `longer than ${MAX_PARTNER_NAME_LENGTH} characters` : 'more than one line'}.`,
    );
  }
  const name = partnerName.trim();
  const fill = (template: string) =>
    fillTemplate(template, { partnerName: name, days: GDAP_LIMITS.requestExpiryDays });
  const paragraphs = [
    texts.greeting,
    fill(texts.intro[link.kind]),
    texts.who,
    // A GDAP approval is about roles and a period; the Customer Agreement belongs to the
    // reseller relationship.
    link.kind === 'gdap' ? texts.howGdap : texts.how[link.cloud],
    texts.grants[link.kind],
  ];
  if (link.kind === 'gdap') paragraphs.push(fill(texts.gdapLimits));
  // 21Vianet: per its seed the relationship adds delegated admin rights only (vianetNote).
  else if (link.cloud === '21vianet') paragraphs.push(texts.vianetNote);
  else paragraphs.push(texts.adminAccess);
  paragraphs.push(
    `${texts.linkLabel}\n${link.url}`,
    // Only reseller links are known to carry no customer information.
    link.kind === 'gdap' ? texts.unchangedGdap : texts.unchanged,
    texts.questions,
  );
  paragraphs.push(`${texts.closing}\n${fill(texts.signature)}`);
  return { subject: fill(texts.subject[link.kind]), body: paragraphs.join('\n\n') };
}

/** A mailto: address that opens the e-mail in the user's mail program (no recipient set). */
export function mailtoHref(email: InvitationEmail, to = ''): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to)}?subject=${enc(email.subject)}&body=${enc(email.body)}`;
}

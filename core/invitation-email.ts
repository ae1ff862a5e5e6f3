import de from '../locales/de/email.json' with { type: 'json' };
import en from '../locales/en/email.json' with { type: 'json' };
import zh from '../locales/zh/email.json' with { type: 'json' };
import { claimById, effectiveDate, formatClaimDate } from './claims.ts';
import { GDAP_LIMITS } from './gdap.ts';
import { emailClaims, type EmailClaimId } from './link-claims.ts';
import type { InvitationLink } from './invitation-link.ts';
import type { Language } from './languages.ts';
import { fillName } from '../locales/typography.ts';

/**
 * The e-mail a partner sends a customer with the invitation link: what the customer is asked
 * to do, who must accept (their Global admin), what accepting grants, and the link unchanged.
 * Texts come from `locales/<lng>/email.json`.
 *
 * What it says about how things are today comes from the claims register, the same claims the
 * link explanation shows for the same link (`emailClaims`, `core/link-claims.ts`), worded for
 * the customer with their source (`email:claim.<id>`): a global reseller invitation gives no
 * admin access (Microsoft's announcement, as the e-mail says), a 21Vianet one is described as
 * Microsoft described it earlier, a GDAP link gets the GDAP limits.
 * In Chinese, templates put no space next to the partner name (`{{partnerName}}希望…`), so a
 * Chinese or Latin name reads right without code gluing text together.
 */

type EmailTexts = typeof en;
const TEXTS: Record<Language, EmailTexts> = { de, en, zh };

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

/** The name in its place, spaced by its script: `Contoso 希望…`, `星辰科技有限公司希望…`. */
function fill(template: string, partnerName: string): string {
  return fillName(template, 'partnerName', partnerName).replace(
    /\{\{days\}\}/g,
    String(GDAP_LIMITS.requestExpiryDays),
  );
}

/** A claim worded for the customer, its date (where it has one) in the customer's language. */
function claimParagraph(texts: EmailTexts, id: EmailClaimId, language: Language): string {
  const date = effectiveDate(claimById(id));
  return fill(texts.claim[id], '').replace(
    /\{\{date\}\}/g,
    date ? formatClaimDate(date, language) : '',
  );
}

/**
 * Writes the invitation e-mail. Throws a TypeError when the partner name is empty, too long
 * or spans lines (check it first with `checkPartnerName` to show a message instead).
 */
export function composeInvitationEmail(
  link: InvitationLink,
  partnerName: string,
  language: Language,
): InvitationEmail {
  const texts = TEXTS[language];
  if (!texts) throw new TypeError(`Unknown language "${String(language)}". Allowed: de, en, zh.`);
  const problem = checkPartnerName(partnerName);
  if (problem) {
    throw new TypeError(
      `Partner name is ${problem === 'empty' ? 'empty' : problem === 'too-long' ? `longer than ${MAX_PARTNER_NAME_LENGTH} characters` : 'more than one line'}.`,
    );
  }
  const name = partnerName.trim();
  const claims = emailClaims(link);
  const paragraphs = [
    texts.greeting,
    fill(texts.intro[link.kind], name),
    texts.who,
    link.kind === 'gdap' ? texts.howGdap : texts.how[link.cloud],
    texts.grants[link.kind],
    ...claims.map((id) => claimParagraph(texts, id, language)),
  ];
  paragraphs.push(
    `${texts.linkLabel}\n${link.url}`,
    // Only reseller links are known to carry no customer information.
    link.kind === 'gdap' ? texts.unchangedGdap : texts.unchanged,
    texts.questions,
  );
  paragraphs.push(`${texts.closing}\n${fill(texts.signature, name)}`);
  return {
    subject: fill(texts.subject[link.kind], name),
    body: paragraphs.join('\n\n'),
    claims,
  };
}

/** A mailto: address that opens the e-mail in the user's mail program (no recipient set). */
export function mailtoHref(email: InvitationEmail, to = ''): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to)}?subject=${enc(email.subject)}&body=${enc(email.body)}`;
}

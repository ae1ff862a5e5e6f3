import { INVITATION_HOSTS } from '../../core/index.ts';

/**
 * Finds the invitation link Partner Center shows on "Request a reseller relationship": in a
 * text area (the draft e-mail), a text field, a link or plain text. Returns the text that
 * holds it, for `parseInvitationLink` to read; undefined when the page shows none yet.
 * Looks only inside the page's main region, never in our own overlay (a closed-off shadow
 * root that `querySelectorAll` does not enter).
 */
const HOSTS = INVITATION_HOSTS.map((h) => h.host.replace(/\./g, '\\.')).join('|');
const LINK_IN_TEXT = new RegExp(`https://(?:${HOSTS})/\\S+`, 'i');

export function findInvitationText(doc: Document): string | undefined {
  const root: ParentNode = doc.querySelector('main') ?? doc.body ?? doc;
  for (const field of root.querySelectorAll<HTMLTextAreaElement | HTMLInputElement>(
    'textarea, input',
  )) {
    const match = LINK_IN_TEXT.exec(field.value);
    if (match) return match[0];
  }
  for (const anchor of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const match = LINK_IN_TEXT.exec(anchor.getAttribute('href') ?? '');
    if (match) return match[0];
  }
  const match = LINK_IN_TEXT.exec((root as Element).textContent ?? '');
  return match?.[0];
}

import { INVITATION_HOSTS } from '../../core/invitation-hosts.ts';
import { OWN_TAG_PREFIX, PORTAL_MARKS } from './page-kinds.ts';

/**
 * Finds where Partner Center shows its own invitation link: a read-only text box in a portal
 * panel or dialog (the draft e-mail of "Request a reseller relationship"), or on a page whose
 * kind offers the invitation (`PORTAL_MARKS.ownLinkField`). Links in any other page text (a
 * company name a customer typed, a grid cell, a note) are never explained unasked: the partner
 * checks those with the paste-a-link checker. Never inside the extension's own elements.
 *
 * Cheap on purpose: the content script runs it on the nodes a mutation added, once per frame.
 * It only decides whether a field is worth reading (`mayHoldInvitation`); the reading itself
 * (extraction, parser, owner) is the same for every text (ui/invitation/reading.ts, in the UI chunk).
 */
const HOSTS = INVITATION_HOSTS.map((h) => h.host.replace(/\./g, '\\.')).join('|');
/**
 * Text that names an invitation host, asks for an invitation (`invType=`, `partnersignup`, so
 * a look-alike host is named with its error) or holds an Outlook Safe Link: worth reading.
 */
const INVITATION_HINT = new RegExp(
  `(?:${HOSTS})|invType=|partnersignup|safelinks\\.protection\\.outlook\\.com`,
  'i',
);

export function mayHoldInvitation(text: string): boolean {
  return INVITATION_HINT.test(text);
}

/** Whether an element is (or is inside) one the extension added. */
export function isOwn(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (e.localName.startsWith(OWN_TAG_PREFIX)) return true;
  }
  return false;
}

function isField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element.localName === 'textarea' || element.localName === 'input';
}

/** The text a portal field shows now: its current value (the portal rewrites it from script). */
export function fieldText(field: Element): string {
  return isField(field) ? field.value : (field.textContent ?? '');
}

/**
 * Whether an element is where the portal shows its own link: a read-only field inside a
 * portal panel or dialog, or on a page whose kind offers the invitation.
 */
export function isOwnLinkField(element: Element, invitationPage: boolean): boolean {
  return (
    element.matches(PORTAL_MARKS.ownLinkField) &&
    (invitationPage || element.closest(PORTAL_MARKS.dialog) !== null) &&
    !isOwn(element)
  );
}

/**
 * Adds to `found` the portal's own link fields under `node` (or `node` itself, or the field a
 * changed text node belongs to) whose text is worth reading.
 */
export function findOwnLinkFields(node: Node, invitationPage: boolean, found: Set<Element>): void {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return;
  const candidates = element.matches(PORTAL_MARKS.ownLinkField)
    ? [element]
    : node.nodeType === 1
      ? element.querySelectorAll(PORTAL_MARKS.ownLinkField)
      : [];
  for (const candidate of candidates) {
    if (isOwnLinkField(candidate, invitationPage) && mayHoldInvitation(fieldText(candidate)))
      found.add(candidate);
  }
}

import { INVITATION_HOSTS } from '../../core/invitation-hosts.ts';
import { OWN_TAG_PREFIX, PORTAL_MARKS, type PageKind } from './page-kinds.ts';

/**
 * Finds where Partner Center shows its own invitation link: the read-only draft e-mail in a
 * portal panel or dialog ("Request a reseller relationship"), or a read-only single-line box
 * holding nothing but the link, there or on a page whose kind offers the invitation
 * (`PORTAL_MARKS.ownLinkField`, `ownLinkText`). Links in any other page text (a company name a
 * customer typed, a grid cell, a note, a read-only grid) are never explained unasked: the
 * partner checks those with the paste-a-link checker. Never inside the extension's own elements.
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

/** A portal field that may be its own link field (`PORTAL_MARKS.ownLinkField`). */
export type OwnLinkField = HTMLTextAreaElement | HTMLInputElement;

/** The text a portal field shows now: its current value (the portal rewrites it from script). */
export function fieldText(field: OwnLinkField): string {
  return field.value;
}

/** Nothing but one word: a single-line box holding only a link, no name or note around it. */
const ONE_WORD = /^\S+$/;

/**
 * The text of a field where the portal shows its own link, worth reading, or undefined: the
 * multi-line draft e-mail as it is; a single-line box only when its whole value is one word
 * (the link alone; "Contoso https://…", a company name carrying a link, is page text).
 */
export function ownLinkText(field: OwnLinkField): string | undefined {
  const text = fieldText(field);
  if (!mayHoldInvitation(text)) return undefined;
  if (field.localName === 'input' && !ONE_WORD.test(text.trim())) return undefined;
  return text;
}

/**
 * Whether an element is where the portal shows its own link: a read-only field
 * (`PORTAL_MARKS.ownLinkField`) inside a portal panel or dialog, or on a page whose kind offers
 * the invitation.
 */
export function isOwnLinkField(element: Element, invitationPage: boolean): element is OwnLinkField {
  return (
    element.matches(PORTAL_MARKS.ownLinkField) &&
    (invitationPage || element.closest(PORTAL_MARKS.dialog) !== null) &&
    !isOwn(element)
  );
}

/** Whether an element is drawn: it has boxes (no `display: none`, `hidden`) and is not invisible. */
function drawn(element: Element): boolean {
  return (
    element.getClientRects().length > 0 &&
    // Older browsers without `checkVisibility` (Chrome < 105, Firefox < 106) count boxes only.
    (element.checkVisibility?.({ visibilityProperty: true }) ?? true)
  );
}

/**
 * Whether the portal may be showing the partner's OWN link in this field, so the IDs in it may
 * be offered as the partner's (the partner confirms them): only the multi-line draft e-mail, on
 * a page whose kind shows the partner's own link (`PageKind.showsOwnLink`: the pages with
 * "Request a reseller relationship" or "Invite new customers"), drawn inside a drawn modal
 * panel (`PORTAL_MARKS.modalPanel`) that the partner opened: first seen after a trusted click
 * or key of the partner on the page (content/partner-opened.ts). A single-line box, a hidden
 * or non-modal dialog (a chat or notes widget), a panel a page script added on its own, or any
 * field on another page is explained but never offered.
 */
export function showsPartnersOwnLink(
  field: OwnLinkField,
  kind: PageKind | undefined,
  openedByPartner: (panel: Element) => boolean,
): boolean {
  if (field.localName !== 'textarea' || kind?.showsOwnLink !== true) return false;
  const panel = field.closest(PORTAL_MARKS.modalPanel);
  return panel !== null && drawn(field) && drawn(panel) && openedByPartner(panel);
}

/**
 * Adds to `found` the portal's own link fields under `node` (or `node` itself, or the field a
 * changed text node belongs to) whose text is worth reading.
 */
export function findOwnLinkFields(
  node: Node,
  invitationPage: boolean,
  found: Set<OwnLinkField>,
): void {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return;
  const candidates = element.matches(PORTAL_MARKS.ownLinkField)
    ? [element]
    : node.nodeType === 1
      ? element.querySelectorAll(PORTAL_MARKS.ownLinkField)
      : [];
  for (const candidate of candidates) {
    if (isOwnLinkField(candidate, invitationPage) && ownLinkText(candidate) !== undefined)
      found.add(candidate);
  }
}

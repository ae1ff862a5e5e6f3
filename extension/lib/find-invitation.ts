import { INVITATION_HOSTS } from '../../core/index.ts';
import { OWN_TAG_PREFIX } from './page-kinds.ts';

/**
 * Finds invitation links by what the page shows, not by where: in a text box or input (its
 * current value, which the portal's scripts may rewrite without a DOM mutation), in a link's
 * address or in plain text, in the document, a dialog, a panel or a layer. Never inside the
 * extension's own elements. Cheap on purpose: the content script runs it on the nodes a
 * mutation added (never on the whole document per mutation), once per frame.
 *
 * What counts as an invitation link: any address on a known invitation host, and any address
 * that asks for an invitation (`invType=`, `partnersignup`) on another host, so a look-alike
 * host is shown with its error instead of being ignored.
 */
const HOSTS = INVITATION_HOSTS.map((h) => h.host.replace(/\./g, '\\.')).join('|');
const URL_CHARS = `[^\\s"'<>]`;
export const LINK_IN_TEXT = new RegExp(
  `https://(?:${HOSTS})/${URL_CHARS}+|https?://${URL_CHARS}*?(?:invType=|partnersignup)${URL_CHARS}*`,
  'i',
);

const FIELDS = 'textarea, input';
const LINKS = 'a[href]';

function isField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element.localName === 'textarea' || element.localName === 'input';
}

/** Whether an element is (or is inside) one the extension added. */
export function isOwn(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (e.localName.startsWith(OWN_TAG_PREFIX)) return true;
  }
  return false;
}

/** The invitation link an element shows now: a field's value, a link's address, or its text. */
export function linkIn(holder: Element): string | undefined {
  if (isField(holder)) return LINK_IN_TEXT.exec(holder.value)?.[0];
  if (holder.localName === 'a') {
    const href = LINK_IN_TEXT.exec(holder.getAttribute('href') ?? '')?.[0];
    if (href) return href;
  }
  return LINK_IN_TEXT.exec(holder.textContent ?? '')?.[0];
}

/**
 * Adds to `found` the elements under `node` (or `node` itself) that show an invitation link:
 * fields by value, links by address, otherwise the element whose own text holds it.
 */
export function findLinkHolders(node: Node, found: Set<Element>): void {
  if (node.nodeType === 3) {
    const parent = node.parentElement;
    if (parent && !isField(parent) && LINK_IN_TEXT.test((node as Text).data) && !isOwn(parent))
      found.add(parent.closest(LINKS) ?? parent);
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (isOwn(element)) return;
  const candidates = [element, ...element.querySelectorAll(`${FIELDS}, ${LINKS}`)];
  for (const candidate of candidates) {
    if (
      (isField(candidate) || candidate.localName === 'a') &&
      linkIn(candidate) &&
      !isOwn(candidate)
    )
      found.add(candidate);
  }
  if (!LINK_IN_TEXT.test(element.textContent ?? '')) return;
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement;
    if (!parent || isField(parent) || !LINK_IN_TEXT.test((text as Text).data) || isOwn(parent))
      continue;
    found.add(parent.closest(LINKS) ?? parent);
  }
}

/** The first invitation link in a document (for the popup-free checks and tests). */
export function findInvitationText(doc: Document): string | undefined {
  const found = new Set<Element>();
  if (doc.body) findLinkHolders(doc.body, found);
  for (const holder of found) {
    const link = linkIn(holder);
    if (link) return link;
  }
  return undefined;
}

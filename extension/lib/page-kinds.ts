import { PARTNER_CENTER_HOSTS } from '../../core/invitation-hosts.ts';
import type { Cloud, Role } from '../../core/situation.ts';

/**
 * The Partner Center pages the extension knows, as data: where each kind lives (URL patterns
 * on both portals, with or without a locale segment such as `/en-us/`) and what the entry
 * point offers there. Every kind has a page in the fixture portal
 * (`test/fixtures/partner-center/portal.js`) whose URLs it must match (and no other kind may
 * match them): `extension/lib/page-kinds.test.ts`.
 *
 * Partner Center's real paths and markup are not documented and change without notice. Paths
 * marked `confirmed: false` are our own plausible guesses; those marked `true` were seen in
 * public material (still not official: see the domain brief). Nothing here depends on the
 * markup: the entry point is on every portal page, and invitation links are found by content
 * (lib/find-invitation.ts) wherever they are shown. What marks a dialog and what marks the
 * extension's own elements is data below (`PORTAL_MARKS`, `OWN_TAG_PREFIX`). To add a page
 * kind: add an entry here and its route in the fixture portal, and run `npx vitest run extension`.
 */

/** What the overlay offers on a kind of page. */
export type Feature = 'eligibility' | 'invitation' | 'reseller-link';

export type PageKindId =
  | 'customer-list'
  | 'customer'
  | 'request-relationship-direct'
  | 'request-relationship-indirect'
  | 'indirect-resellers'
  | 'indirect-providers';

export interface PageKind {
  id: PageKindId;
  feature: Feature;
  /** Path patterns after the optional locale segment (and after `/pcv` on 21Vianet). */
  paths: readonly RegExp[];
  /** Whether the path was seen in public material (true) or is our guess (false). */
  confirmed: boolean;
  /**
   * Whether the portal shows the partner's OWN invitation link here: in the panel its
   * "Request a reseller relationship" (or "Invite new customers") command opens, or in the page
   * itself. Only there is the offer to save the IDs of that link as the partner's made, and
   * only in a drawn modal panel the partner opened (lib/find-invitation.ts
   * `showsPartnersOwnLink`): a link in the page itself is explained without the offer.
   */
  showsOwnLink: boolean;
  /**
   * The role a partner must have to see this page in Partner Center: the Indirect resellers
   * pages are the indirect provider's, the Indirect providers page the indirect reseller's.
   * On such a page this is the partner's role, whatever the options say (`roleOnPage`).
   */
  impliesRole?: Role;
  /**
   * Whether the page is about one customer (their subscriptions, users, …): the check then asks
   * about "this customer's" subscription; elsewhere (the customer list) about "a customer's".
   */
  oneCustomer?: boolean;
}

/** A GUID (a tenant ID in a path), as a pattern source. */
export const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const PAGE_KINDS: readonly PageKind[] = [
  {
    id: 'customer-list',
    feature: 'eligibility',
    // Seen in public code: /dashboard/v2/customers/list and /commerce2/customers/list.
    paths: [/^\/dashboard\/v2\/customers\/list\/?$/i, /^\/commerce2\/customers\/list\/?$/i],
    confirmed: true,
    // Customers → "Request a reseller relationship" opens the panel with the partner's link.
    showsOwnLink: true,
  },
  {
    id: 'customer',
    feature: 'eligibility',
    // Seen in public code: /dashboard/v2/customers/{tenantId}/... (any sub-page of one customer).
    paths: [new RegExp(`^/dashboard/v2/customers/${GUID}(?:/.*)?$`, 'i')],
    confirmed: true,
    showsOwnLink: false,
    oneCustomer: true,
  },
  {
    id: 'request-relationship-direct',
    feature: 'invitation',
    // Guess: Customers → "Request a reseller relationship".
    paths: [/^\/dashboard\/v2\/customers\/request-reseller-relationship\/?$/i],
    confirmed: false,

    showsOwnLink: true,
  },
  {
    id: 'request-relationship-indirect',
    feature: 'invitation',
    // Guess: Indirect resellers → "Request a reseller relationship" (indirect providers).
    paths: [/^\/dashboard\/v2\/indirect-resellers\/request-reseller-relationship\/?$/i],
    confirmed: false,
    showsOwnLink: true,
    impliesRole: 'indirect-provider',
  },
  {
    id: 'indirect-resellers',
    feature: 'reseller-link',
    // Guess: the indirect provider's list of indirect resellers.
    paths: [/^\/dashboard\/v2\/indirect-resellers(?:\/list)?\/?$/i],
    confirmed: false,
    // "Request a reseller relationship" opens the provider's panel naming a reseller.
    showsOwnLink: true,
    impliesRole: 'indirect-provider',
  },
  {
    id: 'indirect-providers',
    feature: 'invitation',
    // Guess: the indirect reseller's list of indirect providers, whose "Invite new customers"
    // opens the reseller's own panel (its link ties the customer to it and its provider).
    paths: [/^\/dashboard\/v2\/indirect-providers(?:\/list)?\/?$/i],
    confirmed: false,
    showsOwnLink: true,
    impliesRole: 'indirect-reseller',
  },
];

/** Where the partner's role comes from: the page (`PageKind.impliesRole`) or the options. */
export interface RoleOnPage {
  value: Role;
  from: 'page' | 'options';
}

/**
 * The partner's role on a page. A page only one role sees in Partner Center says the role
 * better than the options do (a partner who left the default "direct" or set it once and then
 * signs in with the provider's account), so the page's role wins over the partner's and the
 * organization's setting; the settings themselves stay as they are. Elsewhere, the options'.
 */
export function roleOnPage(kind: PageKind | undefined, optionsRole: Role): RoleOnPage {
  return kind?.impliesRole
    ? { value: kind.impliesRole, from: 'page' }
    : { value: optionsRole, from: 'options' };
}

/** `/en-us/`, `/de-de/`, `/zh-cn/`, `/zh-hans/`, `/de/`: a locale segment at the start. */
const LOCALE_SEGMENT = /^\/([a-z]{2}(?:-[a-z0-9]{2,4})?)(?=\/)/i;
/** 21Vianet's portal puts its pages under /pcv (seen: /pcv/dashboard/overview). */
const VIANET_PREFIX = /^\/pcv(?=\/)/i;

export interface PortalLocation {
  cloud: Cloud;
  /** The locale segment of the path, e.g. `de-de`, when there is one. */
  locale?: string;
  /** The path without locale segment and 21Vianet prefix. */
  path: string;
}

const CLOUD_BY_HOST = new Map<string, Cloud>(
  (Object.entries(PARTNER_CENTER_HOSTS) as [Cloud, string][]).map(([cloud, host]) => [host, cloud]),
);

/**
 * Which portal and which page a URL is, without touching the DOM. Undefined for any other
 * host or a non-https URL. Cheap: the content script calls it first on every navigation.
 */
export function portalLocation(url: URL | Location): PortalLocation | undefined {
  if (url.protocol !== 'https:') return undefined;
  const cloud = CLOUD_BY_HOST.get(url.hostname.toLowerCase());
  if (!cloud) return undefined;
  let path = url.pathname;
  let locale: string | undefined;
  const tryLocale = () => {
    const m = LOCALE_SEGMENT.exec(path);
    // "/pcv/" is not a locale; neither are the portal's own first segments.
    if (m?.[1] && !/^(pcv)$/i.test(m[1])) {
      locale = m[1].toLowerCase();
      path = path.slice(m[0].length);
    }
  };
  tryLocale();
  if (cloud === '21vianet') {
    if (VIANET_PREFIX.test(path)) path = path.replace(VIANET_PREFIX, '');
    if (locale === undefined) tryLocale();
  }
  return locale === undefined ? { cloud, path } : { cloud, locale, path };
}

/** The page kind whose URL pattern fits, or undefined. */
export function pageKindForUrl(
  url: URL | Location,
): { kind: PageKind; where: PortalLocation } | undefined {
  const where = portalLocation(url);
  if (!where) return undefined;
  const kind = PAGE_KINDS.find((k) => k.paths.some((p) => p.test(where.path)));
  return kind ? { kind, where } : undefined;
}

/** Every element the extension adds to a page is a custom element whose tag begins so. */
export const OWN_TAG_PREFIX = 'csp-multichannel-guide';

/**
 * What marks things on any portal page, independent of class names and landmarks: a panel or
 * dialog (Fluent UI's Panel and Dialog render `role="dialog"` with `aria-modal="true"` in a
 * layer appended to `<body>`; a native `<dialog>` is covered too).
 */
export const PORTAL_MARKS = {
  dialog: '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open]',
  /**
   * A modal panel or dialog: Fluent UI's Panel and Dialog (what "Request a reseller
   * relationship" opens) carry `aria-modal="true"`, as the fixture portal's panel does. Only
   * in such a panel, drawn and opened by the partner, are the IDs of a link offered
   * (lib/find-invitation.ts `showsPartnersOwnLink`); a chat or notes widget is not modal. Such
   * a panel traps the focus (Fluent's FocusTrapZone pulls back every focus that leaves it):
   * while one is open, the entry point lives inside it (content/modal-place.ts).
   */
  modalPanel: '[aria-modal="true"]',
  /**
   * Where Partner Center puts its own invitation link: the read-only multi-line text box of
   * the "Request a reseller relationship" panel (the draft e-mail with the link), and a
   * read-only single-line text box only when it holds nothing but the link (its whole value is
   * one word: lib/find-invitation.ts `ownLinkText`), never one with other text in it (a
   * company name "Contoso https://…"). Only such a field inside a panel or dialog, or on a page
   * whose kind offers the invitation, is explained unasked. Nothing else is: not an element
   * marked `aria-readonly` (a grid, a calendar: their text is the page's, cells and names), not
   * a link in any other page text (a company name, a grid cell, a note).
   */
  ownLinkField:
    'textarea[readonly], input[readonly][type="text"], input[readonly][type="url"], input[readonly]:not([type])',
  /** Command bars (Fluent's CommandBar renders `role="menubar"`): the entry point stays below them. */
  commandBar: '[role="menubar"], [role="toolbar"]',
  /**
   * A command of a command bar, or of a menu (a command bar's overflow "…" opens one): how the
   * partner opens the portal's panels ("Request a reseller relationship" is one, on the
   * customer list and the reseller pages). Only a panel first seen after the partner's click,
   * Enter or Space on such a command counts as opened by the partner
   * (content/partner-opened.ts), not one after a click on a name, a grid cell or the header.
   * Should the portal put that command elsewhere, no panel counts and the IDs are never
   * offered: the partner enters them in the options (the safe way to fail).
   */
  panelCommand:
    ':is([role="menubar"], [role="toolbar"], [role="menu"]) :is(button, a[href], [role="menuitem"], [role="button"])',
} as const;

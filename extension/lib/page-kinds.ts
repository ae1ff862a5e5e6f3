import { PARTNER_CENTER_HOSTS, type Cloud } from '../../core/index.ts';

/**
 * The Partner Center pages the extension knows, as data: where each kind lives (URL patterns
 * on both portals, with or without a locale segment such as `/en-us/`) and the DOM anchor that
 * must be present before anything is shown. Every kind has a fixture page in
 * `test/fixtures/partner-center/` that it must match (and no other kind may match it):
 * `extension/lib/page-kinds.test.ts`.
 *
 * Partner Center's real paths and markup are not documented. Paths marked
 * `confirmed: false` are our own plausible guesses; those marked `true` were seen in public
 * code (still not official: see the domain brief). Anchors are the semantic landmarks the
 * portal renders (role, aria-label-free, language-independent), kept loose on purpose so a
 * restyle of the portal does not break them. To add a page kind: add an entry here, a
 * fixture page per language, and run `npx vitest run extension`.
 */

/** What the overlay offers on a kind of page. */
export type Feature = 'eligibility' | 'invitation' | 'reseller-link';

export type PageKindId =
  | 'customer-list'
  | 'customer'
  | 'request-relationship-direct'
  | 'request-relationship-indirect'
  | 'indirect-resellers';

export interface PageKind {
  id: PageKindId;
  feature: Feature;
  /** Path patterns after the optional locale segment (and after `/pcv` on 21Vianet). */
  paths: readonly RegExp[];
  /** CSS selector that must match once the portal has rendered the page. */
  anchor: string;
  /** Whether the path was seen in public material (true) or is our guess (false). */
  confirmed: boolean;
  /** Fixture page (in test/fixtures/partner-center/) that this kind must match. */
  fixture: string;
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const PAGE_KINDS: readonly PageKind[] = [
  {
    id: 'customer-list',
    feature: 'eligibility',
    // Seen in public code: /dashboard/v2/customers/list and /commerce2/customers/list.
    paths: [/^\/dashboard\/v2\/customers\/list\/?$/i, /^\/commerce2\/customers\/list\/?$/i],
    anchor: 'main [role="grid"], main table',
    confirmed: true,
    fixture: 'customer-list',
  },
  {
    id: 'customer',
    feature: 'eligibility',
    // Seen in public code: /dashboard/v2/customers/{tenantId}/... (any sub-page of one customer).
    paths: [new RegExp(`^/dashboard/v2/customers/${GUID}(?:/.*)?$`, 'i')],
    anchor: 'main h1',
    confirmed: true,
    fixture: 'customer',
  },
  {
    id: 'request-relationship-direct',
    feature: 'invitation',
    // Guess: Customers → "Request a reseller relationship".
    paths: [/^\/dashboard\/v2\/customers\/request-reseller-relationship\/?$/i],
    anchor:
      'main textarea, main input[type="text"], main input[type="url"], main [data-invitation]',
    confirmed: false,
    fixture: 'request-relationship-direct',
  },
  {
    id: 'request-relationship-indirect',
    feature: 'invitation',
    // Guess: Indirect resellers → "Request a reseller relationship" (indirect providers).
    paths: [/^\/dashboard\/v2\/indirect-resellers\/request-reseller-relationship\/?$/i],
    anchor:
      'main textarea, main input[type="text"], main input[type="url"], main [data-invitation]',
    confirmed: false,
    fixture: 'request-relationship-indirect',
  },
  {
    id: 'indirect-resellers',
    feature: 'reseller-link',
    // Guess: the indirect provider's list of indirect resellers.
    paths: [/^\/dashboard\/v2\/indirect-resellers(?:\/list)?\/?$/i],
    anchor: 'main [role="grid"], main table',
    confirmed: false,
    fixture: 'indirect-resellers',
  },
];

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

/** The page kind whose URL pattern fits, or undefined. The DOM anchor is checked separately. */
export function pageKindForUrl(
  url: URL | Location,
): { kind: PageKind; where: PortalLocation } | undefined {
  const where = portalLocation(url);
  if (!where) return undefined;
  const kind = PAGE_KINDS.find((k) => k.paths.some((p) => p.test(where.path)));
  return kind ? { kind, where } : undefined;
}

/** The anchor element of a kind in a document, or null when the page has not rendered it. */
export function findAnchor(kind: PageKind, root: ParentNode): Element | null {
  return root.querySelector(kind.anchor);
}

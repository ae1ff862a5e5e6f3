import {
  GUID,
  pageKindForUrl,
  portalLocation,
  type PageKind,
  type PortalLocation,
} from '../lib/page-kinds.ts';

/** A Partner Center page as the content script sees it: where, what kind, and its identity. */
export interface PortalPage {
  where: PortalLocation;
  kind?: PageKind | undefined;
  /** Same key = same page for the partner: the check keeps its answers. */
  key: string;
}

const TENANT_IN_PATH = new RegExp(GUID, 'i');

/** The portal page at an address, or undefined off the portal. */
export function pageAt(url: URL | Location): PortalPage | undefined {
  const match = pageKindForUrl(url);
  const where = match?.where ?? portalLocation(url);
  if (!where) return undefined;
  const kind = match?.kind;
  const guid = TENANT_IN_PATH.exec(where.path)?.[0];
  // One customer's sub-pages (subscriptions, users, …) are one page for the check.
  const path = kind?.id === 'customer' && guid ? guid.toLowerCase() : where.path.toLowerCase();
  return { where, kind, key: `${where.cloud}|${kind?.id ?? ''}|${path}` };
}

/**
 * Where the browser extension is published: its listing page in each store, once it is
 * there, and where its source code and release packages can be had outside the stores. The
 * one place to fill in after publishing (the extension page of the site shows a link for each,
 * "not yet published" for each without one). A listing must be an https address on its
 * store's own host; `storeListings` refuses anything else with a message naming the store and
 * what is allowed. The downloads must be public https addresses (`downloadLinks`).
 */
import { isLocalAddress } from '../../../config/site-url.ts';

export const STORES = {
  chrome: { name: 'Chrome Web Store', host: 'chromewebstore.google.com' },
  edge: { name: 'Microsoft Edge Add-ons', host: 'microsoftedge.microsoft.com' },
  firefox: { name: 'Firefox Add-ons', host: 'addons.mozilla.org' },
} as const;

export type StoreId = keyof typeof STORES;

/** The listing page in each store, or null while the extension is not published there. */
export const STORE_LISTINGS: Record<StoreId, string | null> = {
  chrome: null,
  edge: null,
  firefox: null,
};

/** True when `url` is an https address and passes `check` (its host, for example). */
function isHttpsAddress(url: string, check: (parsed: URL) => boolean): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && check(parsed);
}

export interface StoreListing {
  id: StoreId;
  /** The store's English name, for messages to whoever fills in the listings (pages show `site:extensionPage.storeName.*`). */
  name: string;
  /** The listing page, or null: not yet published in this store. */
  url: string | null;
}

/** The stores in order, each with its checked listing address or null. */
export function storeListings(
  listings: Record<StoreId, string | null> = STORE_LISTINGS,
): StoreListing[] {
  return (Object.keys(STORES) as StoreId[]).map((id) => {
    const { name, host } = STORES[id];
    const url = listings[id];
    if (url !== null && !isHttpsAddress(url, (parsed) => parsed.hostname === host))
      throw new Error(
        // eslint-disable-next-line no-restricted-syntax -- a build-time configuration error for developers, not text for readers
        `The ${name} listing "${url}" is not an https:// address on ${host}; set it to the extension's page there, or to null while it is not published.`,
      );
    return { id, name, url };
  });
}

/** What can be had outside the stores: the source code, and the packages of a release. */
export const DOWNLOADS = {
  source: { name: 'source code' },
  packages: { name: 'release packages' },
} as const;

export type DownloadId = keyof typeof DOWNLOADS;

/**
 * Where each can be had, or null while it is not published: `source`, the repository or
 * archive of the project's source code (to build the extension, README "Load the extension");
 * `packages`, the page or folder that offers a release's files (`npm run release`: the
 * `…-chrome.zip`, `…-edge.zip` and `…-firefox.zip` packages, README "Release").
 */
export const DOWNLOAD_LINKS: Record<DownloadId, string | null> = {
  source: null,
  packages: null,
};

export interface DownloadLink {
  id: DownloadId;
  /** The address, or null: not yet published. */
  url: string | null;
}

/** The downloads in order, each with its checked address or null. */
export function downloadLinks(
  links: Record<DownloadId, string | null> = DOWNLOAD_LINKS,
): DownloadLink[] {
  return (Object.keys(DOWNLOADS) as DownloadId[]).map((id) => {
    const url = links[id];
    const { name } = DOWNLOADS[id];
    if (url !== null && !isHttpsAddress(url, () => !isLocalAddress(url)))
      throw new Error(
        `The address of the ${name} "${url}" is not a public https:// address; set it to where the ${name} can be had, or to null while it is not published.`,
      );
    return { id, url };
  });
}

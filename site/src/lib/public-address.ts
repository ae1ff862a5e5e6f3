import { isLocalAddress } from '../../../config/site-url.ts';

/**
 * The address a reader may copy from a printout or a page: the page's public address when the
 * site is built with `SITE_URL`, otherwise just its path. Never an address of this machine
 * (`http://127.0.0.1:4321/…` means nothing on paper).
 */
export function publicAddress(path: string, site: URL | undefined): string {
  if (!site || isLocalAddress(site.href)) return path;
  return new URL(path, site).href;
}

// The core's host module, not its barrel: the content script bundles this file.
import { PARTNER_CENTER_HOSTS } from '../../core/invitation-hosts.ts';

/**
 * Where the content script is injected: the two Partner Center portals, nothing else.
 * Built from the core's host list so the manifest and the page-kind data cannot disagree.
 */
export const PORTAL_HOSTS: readonly string[] = Object.values(PARTNER_CENTER_HOSTS);

export const PORTAL_MATCHES: string[] = PORTAL_HOSTS.map((host) => `https://${host}/*`);

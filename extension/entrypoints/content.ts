import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../content/index.ts';
import { PORTAL_MATCHES } from '../lib/portal-matches.ts';

/**
 * Partner Center only (both portals), top frame only, after the page has loaded. The features
 * (content/) check the URL before any DOM work and follow the portal's soft navigation.
 */
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    startContent(ctx);
  },
});

import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '../lib/portal-matches.ts';
import { startOverlay } from '../lib/controller.ts';

/**
 * Partner Center only (both portals), top frame only, after the page has loaded. The
 * controller checks the URL before any DOM work and follows the portal's soft navigation.
 */
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  allFrames: false,
  main(ctx) {
    startOverlay(ctx);
  },
});

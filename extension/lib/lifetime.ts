import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** On `<html>`: the id of the copy of the content script that owns the page. */
export const OWNER_ATTRIBUTE = 'data-csp-multichannel-guide';
/** The port each content script keeps open to the background while the extension runs. */
export const LIFETIME_PORT = 'csp-multichannel-guide:lifetime';

export interface Lifetime {
  /**
   * Cheap (one attribute read, one property read): invalidates this copy when the extension
   * was reloaded, updated or removed (`runtime.id` is gone), or a newer copy owns the page.
   * Runs on its own triggers (below), on every soft navigation and when the portal replaces
   * `<body>` or drops the overlay; never per ordinary DOM mutation.
   * Returns whether this copy may go on.
   */
  check(): boolean;
}

/**
 * Makes sure a copy of the content script stops when it should. WXT's context stops an older
 * copy when a newer one starts in the same page, but Chromium tells an orphaned content script
 * nothing when its extension is reloaded or updated: it just keeps running. So:
 * - the background holds a port open; when the extension goes away, the port disconnects at
 *   once and the check finds `runtime.id` gone (a port also closes when the idle service
 *   worker is stopped; then the check passes and the other triggers remain);
 * - the check also runs when the tab becomes visible again (the user comes back from the
 *   extensions page), and the controller runs it on soft navigations;
 * - the newest copy writes its id into `<html data-csp-multichannel-guide>`: an older copy
 *   sees the change (an observer of that one attribute) and stops, so two copies never run
 *   side by side (Firefox injects the new copy into open tabs, and an old copy may not receive
 *   WXT's event).
 */
export function watchLifetime(ctx: ContentScriptContext): Lifetime {
  const root = document.documentElement;
  const id = Math.random().toString(36).slice(2);
  root.setAttribute(OWNER_ATTRIBUTE, id);

  const check = (): boolean => {
    if (ctx.signal.aborted) return false;
    const owner = root.getAttribute(OWNER_ATTRIBUTE);
    if (owner !== null && owner !== id) {
      ctx.notifyInvalidated();
      return false;
    }
    // Reads runtime.id and invalidates the context when it is gone.
    return ctx.isValid;
  };

  let port: Browser.runtime.Port | undefined;
  try {
    port = browser.runtime.connect({ name: LIFETIME_PORT });
    port.onDisconnect.addListener(() => {
      port = undefined;
      // Chromium closes the port a moment before it takes runtime.id away: look again.
      if (check()) for (const ms of [100, 1000]) ctx.setTimeout(check, ms);
    });
  } catch {
    // Connecting throws when the extension is already gone.
    check();
  }
  ctx.addEventListener(document, 'visibilitychange', () => check());
  // A newer copy claims the page: this observer fires only when the attribute changes.
  const claims = new MutationObserver(() => check());
  claims.observe(root, { attributes: true, attributeFilter: [OWNER_ATTRIBUTE] });
  ctx.onInvalidated(() => {
    claims.disconnect();
    try {
      port?.disconnect();
    } catch {
      // An orphaned script's port may already be unusable.
    }
    port = undefined;
    if (root.getAttribute(OWNER_ATTRIBUTE) === id) root.removeAttribute(OWNER_ATTRIBUTE);
  });
  return { check };
}

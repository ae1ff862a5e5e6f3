import { browser, type Browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** On `<html>`: the id of the copy of the content script that owns the page. */
export const OWNER_ATTRIBUTE = 'data-csp-multichannel-guide';
/** The port each content script keeps open to the background while the extension runs. */
export const LIFETIME_PORT = 'csp-multichannel-guide:lifetime';

export interface Lifetime {
  /**
   * Cheap (one property read): invalidates this copy when the extension was reloaded, updated
   * or removed (`runtime.id` is gone). Runs on its own triggers (below) and once per frame of
   * the page watch; never per ordinary DOM mutation. Returns whether this copy may go on.
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
 *   sees the change (an observer of that one attribute) and checks itself at once.
 *
 * Nothing the page does switches a running copy off: the page can write that attribute and
 * send WXT's "a newer script started" event too, so neither is taken as an order. A copy stops
 * only when its own extension is gone, which only the extension's runtime can tell. (A newer
 * copy of the same extension only ever starts after the old one's runtime went away.)
 */
export function watchLifetime(ctx: ContentScriptContext): Lifetime {
  const root = document.documentElement;
  const id = Math.random().toString(36).slice(2);
  root.setAttribute(OWNER_ATTRIBUTE, id);

  const check = (): boolean => {
    if (ctx.signal.aborted) return false;
    try {
      // Reads runtime.id and invalidates the context when it is gone.
      return ctx.isValid;
    } catch {
      // Firefox: the extension's objects are dead once it is gone.
      ctx.notifyInvalidated();
      return false;
    }
  };
  const alive = (): boolean => {
    try {
      return Boolean(browser.runtime?.id);
    } catch {
      return false;
    }
  };
  // WXT stops a running copy when a "newer script started" event reaches the document; a page
  // can send that event too. While this copy's extension is alive no newer copy exists, so the
  // event is stopped here (capture on window runs before WXT's listener on the document).
  const forged = (event: Event) => {
    if (alive()) event.stopImmediatePropagation();
  };
  // WXT's own event name (runtime id, entry point, type): typed private, public at run time.
  const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  window.addEventListener(started, forged, true);

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
  // A newer copy claims the page (or the page writes the attribute): look at the runtime now.
  const claims = new MutationObserver(() => {
    // Still alive: the attribute keeps naming the running copy, whoever wrote over it.
    if (check() && root.getAttribute(OWNER_ATTRIBUTE) !== id)
      root.setAttribute(OWNER_ATTRIBUTE, id);
  });
  claims.observe(root, { attributes: true, attributeFilter: [OWNER_ATTRIBUTE] });
  ctx.onInvalidated(() => {
    claims.disconnect();
    window.removeEventListener(started, forged, true);
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

/**
 * The callback of the content script's document-wide MutationObserver, which notices soft
 * navigations as soon as the portal renders them. WXT's location watcher learns them from the
 * Navigation API in Chromium but only from a 1-second poll in Firefox. Cheap by design: one
 * `location.href` read and one string comparison per batch of mutations, and nothing else
 * unless the address changed.
 *
 * The address is compared with the one this callback saw last, not with the one the overlay
 * follows: the Navigation API reports a navigation before `location` changes, and the old
 * `location.href` in between must not count as a navigation back.
 */
export function onAddressChange(href: () => string, navigated: () => void): () => void {
  let seen = href();
  return () => {
    const now = href();
    if (now === seen) return;
    seen = now;
    navigated();
  };
}

/** What the content script does per batch of DOM mutations (see onDomChange). */
export interface DomChangeSteps {
  /** This copy of the content script may go on (extension/lib/lifetime.ts). */
  alive(): boolean;
  /** The page's address now: `location.href`. */
  href(): string;
  /** The address changed since the last batch: a soft navigation. */
  navigated(): void;
  /** Anything else that waits for the DOM (the overlay looking for its anchor). */
  changed(): void;
}

/**
 * The callback of the content script's one document-wide MutationObserver. Cheap by design:
 * one attribute read, one property read and one string comparison per batch; DOM work only
 * when the address changed or a session waits for its anchor.
 *
 * It notices soft navigations as soon as the portal renders them. WXT's location watcher
 * learns them from the Navigation API in Chromium and only from a 1-second poll in Firefox.
 * The address is compared with the one this callback saw last, not with the one the overlay
 * follows: the Navigation API reports a navigation before `location` changes, and the old
 * `location.href` in between must not count as a navigation back.
 */
export function onDomChange(steps: DomChangeSteps): () => void {
  let seen = steps.href();
  return () => {
    if (!steps.alive()) return;
    const href = steps.href();
    if (href !== seen) {
      seen = href;
      steps.navigated();
    }
    steps.changed();
  };
}

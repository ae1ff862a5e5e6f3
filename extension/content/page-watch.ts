import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Lifetime } from '../lib/lifetime.ts';
import { OWN_TAG_PREFIX } from '../lib/page-kinds.ts';

/**
 * A mutation that only added the extension's own elements (the entry point, an explanation):
 * nothing for the features to look at, so no frame is scheduled for it. Removals always count
 * (the portal may have dropped the entry point).
 */
function onlyOwnAdded(record: MutationRecord): boolean {
  if (record.type !== 'childList' || record.removedNodes.length) return false;
  for (const node of record.addedNodes)
    if (node.nodeType !== 1 || !(node as Element).localName.startsWith(OWN_TAG_PREFIX))
      return false;
  return true;
}

/**
 * One watch over the portal page for every feature: what the page added (and text it
 * changed), once per frame, and the page's address. Features subscribe; nothing else observes
 * the document.
 *
 * The portal may change the DOM thousands of times in one task (a list filling up): the
 * observer takes the first batch, then stops until the frame that looks at it, where it
 * observes again and catches up on what it missed with one selector query (`catchUp`, given
 * by the features: fields, dialogs), not a text scan. One callback per frame, never one per
 * mutation: this keeps the cost per 1,000 mutations within the bench's budget, and a page
 * that renders in several tasks before a frame (as a loading page does) wakes the extension
 * once. Layers (Fluent's panels and dialogs) are appended to `<body>`: a second observer of
 * `<body>`'s own children never misses one, even in that window.
 */
export interface PageWatch {
  /** Called once per frame with the nodes added (or whose text changed) since the last frame. */
  onNodes(listener: (nodes: readonly Node[]) => void): void;
  /** Called when the address changed (soft navigation), before the nodes of that frame. */
  onLocation(listener: () => void): void;
  /** Called at the end of every frame that ran (features re-read what they show). */
  onFrame(listener: () => void): void;
  /** Adds a selector to the catch-up query after a burst (a feature's elements of interest). */
  catchUp(selector: string): void;
  /** Look again on the next frame (the portal rewrote a field's value: no mutation). */
  schedule(): void;
  /** Queue nodes for the next frame (looked at again once the UI is there). */
  revisit(nodes: Iterable<Node>): void;
  /** Starts watching (after every feature subscribed). */
  start(): void;
}

export function createPageWatch(ctx: ContentScriptContext, lifetime: Lifetime): PageWatch {
  const nodeListeners: ((nodes: readonly Node[]) => void)[] = [];
  const locationListeners: (() => void)[] = [];
  const frameListeners: (() => void)[] = [];
  const catchUpSelectors: string[] = [];
  let pending: Node[] = [document.documentElement];
  let scheduled = false;
  /** The observer took a batch and stopped: observe again and catch up at the next frame. */
  let paused = false;
  // The address the features started with (the shared state read it): only a change is news.
  let href = location.href;

  const flush = () => {
    scheduled = false;
    if (!lifetime.check()) return;
    if (location.href !== href) {
      href = location.href;
      for (const listener of locationListeners) listener();
    }
    const nodes = pending;
    pending = [];
    if (paused) {
      paused = false;
      observeDocument();
      if (catchUpSelectors.length)
        nodes.push(...document.querySelectorAll(catchUpSelectors.join(', ')));
    }
    const connected = nodes.filter((node) => node.isConnected);
    if (connected.length) for (const listener of nodeListeners) listener(connected);
    for (const listener of frameListeners) listener();
  };

  const schedule = () => {
    if (scheduled || ctx.signal.aborted) return;
    scheduled = true;
    // A frame, or a short timeout where frames do not run (a tab in the background).
    const frame = requestAnimationFrame(() => {
      clearTimeout(timeout);
      flush();
    });
    const timeout = window.setTimeout(() => {
      cancelAnimationFrame(frame);
      flush();
    }, 100);
  };

  const observer = new MutationObserver((records) => {
    if (records.every(onlyOwnAdded)) return;
    for (const record of records) {
      if (record.type === 'characterData') pending.push(record.target);
      else for (const node of record.addedNodes) pending.push(node);
    }
    observer.disconnect();
    paused = true;
    schedule();
  });
  const observeDocument = () =>
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  const layers = new MutationObserver((records) => {
    if (records.every(onlyOwnAdded)) return;
    for (const record of records) for (const node of record.addedNodes) pending.push(node);
    schedule();
  });

  return {
    onNodes: (listener) => void nodeListeners.push(listener),
    onLocation: (listener) => void locationListeners.push(listener),
    onFrame: (listener) => void frameListeners.push(listener),
    catchUp: (selector) => void catchUpSelectors.push(selector),
    schedule,
    revisit(nodes) {
      pending.push(...nodes);
      schedule();
    },
    start() {
      observeDocument();
      if (document.body) layers.observe(document.body, { childList: true });
      ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
      ctx.onInvalidated(() => {
        observer.disconnect();
        layers.disconnect();
      });
      schedule();
    },
  };
}

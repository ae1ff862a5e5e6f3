import { parseHTML } from 'linkedom';
import type { ComponentChild } from 'preact';
import { render } from 'preact';

/**
 * Renders a Preact tree into a fresh linkedom document, for unit tests of the shared
 * invitation UI (site and extension). Preact reads `document` from the global scope, so the
 * document is installed there while a test runs; `cleanup` removes it again.
 */
export function renderInDom(tree: ComponentChild, { shadow = false } = {}) {
  const { document, window } = parseHTML(
    '<!doctype html><html><body><div id="host"></div></body></html>',
  );
  // linkedom lays nothing out: everything is in view, so bringing an element into view (the
  // checker's result, LinkPaste.tsx) does nothing, as in a browser where it is in view already.
  const element = (window as unknown as { Element: { prototype: Partial<Element> } }).Element;
  element.prototype.scrollIntoView ??= () => undefined;
  const globals = globalThis as unknown as Record<string, unknown>;
  const previous = { document: globals.document, window: globals.window };
  globals.document = document;
  globals.window = window;
  const host = document.getElementById('host')!;
  // A shadow root like the extension's overlay, where the component must work unchanged.
  const container = (shadow ? host.attachShadow({ mode: 'open' }) : host) as unknown as Element;
  render(tree, container);
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    document: document as unknown as Document,
    container,
    /** Re-renders after state changes (Preact batches them with a microtask/timeout). */
    settle,
    /**
     * Settles until `ready` holds (what the partner waits for: a part of the extension's overlay
     * loaded with `import()`, say; `what` names it for the reader). No count of rounds: an
     * import takes as long as the busy machine needs, and the test's own timeout is the limit.
     */
    until: async (_what: string, ready: () => boolean) => {
      while (!ready()) await settle();
    },
    cleanup: () => {
      render(null, container);
      globals.document = previous.document;
      globals.window = previous.window;
    },
  };
}

/**
 * An event as the browser makes it for the partner's own input (`isTrusted: true`). Events a
 * test (or a page script) dispatches are untrusted, and the components ignore them
 * (ui/own-input.ts); linkedom has no trusted events, so a test marks one.
 */
export function userEvent(document: Document, type: string): Event {
  const event = new document.defaultView!.Event(type, { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/**
 * Events stopped at the extension's hosts: the portal's bubbling handlers (its shortcuts on
 * `document`) never see what the partner types in our boxes. A capture listener on `window` or
 * `document` runs before this and sees every key, input and paste (docs/extension.md,
 * "What it cannot be kept from").
 */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'paste', 'copy', 'cut'];

/** An element the extension adds: a custom element with an open shadow root (docs/extension.md). */
export interface OwnHost {
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
  /** Replaces the styles in the shadow root (the UI chunk brings the full set). */
  setCss(css: string): void;
}

/**
 * Creates the host of anything the extension shows on the portal: one way for the entry point
 * and every link explanation. The shadow root keeps the page's CSS out; keys typed inside do
 * not reach the portal's bubbling handlers (except Escape, which closes the portal's panel as
 * expected), but the page's capture listeners see them.
 *
 * The shadow root is open, on purpose, and that is a limit, not a protection: a page script
 * can read what the partner types and pastes in our boxes and what they show (the IDs, the
 * company name, a pasted link) and rewrite what they say (turn the `other` warning into
 * "yours"). A closed root would keep page scripts out of our elements, but it would also keep
 * out the end-to-end tests and axe (they reach our controls through `shadowRoot`), and it
 * would not make a hostile page harmless: a script in Partner Center's page runs with the
 * portal's own rights, reads every key in the capture phase whatever the mode, and can draw a
 * box of its own over ours. What we guard is what such a script must not get through us:
 * saved settings, copies, mail, and what the partner's own input means (ui/own-input.ts).
 * Change the mode only with docs/extension.md ("Page scripts steer nothing").
 */
export function createOwnHost(tag: string, css: string): OwnHost {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) {
    host.addEventListener(type, (event) => {
      if ((event as KeyboardEvent).key !== 'Escape') event.stopPropagation();
    });
  }
  return {
    host,
    container,
    setCss(next) {
      if (style.textContent !== next) style.textContent = next;
    },
  };
}

/**
 * Moves one of the extension's hosts to `parent`, before `before` (at the end when null),
 * keeping the focus where it was inside it. A move takes an element out of the document and
 * back, and the browser drops the focus of what it holds: the partner's next key (Enter on a
 * focused button) would then go to the page. Nothing happens when the host is there already.
 */
export function moveHost(host: HTMLElement, parent: Node, before: Node | null): void {
  if (host.parentNode === parent && host.nextSibling === before) return;
  const focused = host.shadowRoot?.activeElement;
  parent.insertBefore(host, before);
  if (
    focused instanceof HTMLElement &&
    focused.isConnected &&
    host.shadowRoot?.activeElement !== focused
  )
    focused.focus({ preventScroll: true });
}

/** Events that stay inside the extension's elements: the portal's shortcuts never see typing. */
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
 * not reach the portal's handlers (except Escape, which closes the portal's panel as expected).
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

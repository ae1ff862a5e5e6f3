import { h, render } from 'preact';
import { LinkHelp, linkAttributes, type LinkHelpProps } from './LinkHelp.tsx';
import { Overlay, type OverlayProps } from './Overlay.tsx';
import { OVERLAY_CSS } from './styles.ts';

/**
 * What the UI chunk gives the content script: the entry point, the help beside a link, the
 * attributes of that help's host, and the styles of both (kept out of the content script).
 */
export interface OverlayUi {
  css: string;
  renderOverlay(container: HTMLElement, props: OverlayProps): void;
  renderLinkHelp(container: HTMLElement, props: LinkHelpProps): void;
  linkAttributes(link: string): Record<string, string>;
  unmountOverlay(container: HTMLElement): void;
}

export const overlayUi: OverlayUi = {
  css: OVERLAY_CSS,
  renderOverlay(container, props) {
    render(h(Overlay, props), container);
  },
  renderLinkHelp(container, props) {
    render(h(LinkHelp, props), container);
  },
  linkAttributes,
  unmountOverlay(container) {
    render(null, container);
  },
};

import { h, render } from 'preact';
import type { OwnIds } from '../../core/index.ts';
import { readLink, type LinkReading } from '../lib/link-reading.ts';
import { LinkHelp, type LinkHelpProps } from './LinkHelp.tsx';
import { Overlay, type OverlayProps } from './Overlay.tsx';
import { OVERLAY_CSS } from './styles.ts';

/**
 * What the UI chunk gives the content script: the one reading of a field's text (parser,
 * owner, automation attributes), the entry point, the help beside a link, and the styles of
 * both (kept out of the content script).
 */
export interface OverlayUi {
  css: string;
  readLink(text: string, own: OwnIds): LinkReading;
  renderOverlay(container: HTMLElement, props: OverlayProps): void;
  renderLinkHelp(container: HTMLElement, props: LinkHelpProps): void;
  /** Removes what was rendered into a container (entry point or link help). */
  unmount(container: HTMLElement): void;
}

export const overlayUi: OverlayUi = {
  css: OVERLAY_CSS,
  readLink,
  renderOverlay(container, props) {
    render(h(Overlay, props), container);
  },
  renderLinkHelp(container, props) {
    render(h(LinkHelp, props), container);
  },
  unmount(container) {
    render(null, container);
  },
};

import { h, render } from 'preact';
import { Overlay, type OverlayProps } from './Overlay.tsx';

/** What the UI chunk gives the content script: render into a container, or clear it. */
export interface OverlayUi {
  renderOverlay(container: HTMLElement, props: OverlayProps): void;
  unmountOverlay(container: HTMLElement): void;
}

export const overlayUi: OverlayUi = {
  renderOverlay(container, props) {
    render(h(Overlay, props), container);
  },
  unmountOverlay(container) {
    render(null, container);
  },
};

import { h, render } from 'preact';
import { Overlay, type OverlayProps } from './Overlay.tsx';

/** The overlay's `entry` part (lib/overlay-parts.ts): the open entry point. */
export interface EntryPart {
  renderOverlay(container: HTMLElement, props: OverlayProps): void;
}

export const entryPart: EntryPart = {
  renderOverlay(container, props) {
    render(h(Overlay, props), container);
  },
};

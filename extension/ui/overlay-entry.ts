import { render } from 'preact';
import type { Language } from '../../core/index.ts';
import { provideFileImport } from '../lib/file-import.ts';
import type { OverlayPart } from '../lib/overlay-parts.ts';
import { provideSettingsStore, type SettingsStore } from '../lib/settings-store.ts';
import { loadedPart, loadPart, type OverlayParts } from './part-loader.ts';
import { OVERLAY_CSS } from './styles.ts';

/**
 * What the UI chunk gives the content script: the styles of the entry point and the help
 * beside a link (kept out of the content script), and the overlay's parts (lib/overlay-parts.ts),
 * each loaded on first use with its strings in the partner's language: the open entry point
 * (`entry`), and what a link's explanation needs (`link`: the one reading of a field's text,
 * the help beside the portal's own link).
 */
export interface OverlayUi {
  css: string;
  /** The content script's storage, lent to the UI (no second storage layer in the chunk). */
  provideSettingsStore(store: SettingsStore): void;
  /** The content script's import of the extension's own files (packs, another e-mail language). */
  provideFileImport(load: (path: string) => Promise<unknown>): void;
  /** A part, with its strings in `language` (each loaded once). */
  loadPart<P extends OverlayPart>(part: P, language: Language): Promise<OverlayParts[P]>;
  /** A part that is loaded and speaks `language`, else undefined. */
  loadedPart<P extends OverlayPart>(part: P, language: Language): OverlayParts[P] | undefined;
  /** Removes what was rendered into a container (entry point or link help). */
  unmount(container: HTMLElement): void;
}

export const overlayUi: OverlayUi = {
  css: OVERLAY_CSS,
  provideSettingsStore,
  provideFileImport,
  loadPart,
  loadedPart,
  unmount(container) {
    render(null, container);
  },
};

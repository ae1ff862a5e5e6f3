import { h, render } from 'preact';
import type { Language, OwnIds } from '../../core/index.ts';
import { addLanguagePack, hasLanguagePack } from '../lib/i18n.ts';
import type { LanguagePack } from '../lib/language-pack.ts';
import { provideFileImport } from '../lib/email-loader.ts';
import { provideSettingsStore, type SettingsStore } from '../lib/settings-store.ts';
import { readLink, type LinkReading } from '../../ui/invitation/reading.ts';
import { LinkHelp, type LinkHelpProps } from './LinkHelp.tsx';
import { Overlay, type OverlayProps } from './Overlay.tsx';
import { OVERLAY_CSS } from './styles.ts';

/**
 * What the UI chunk gives the content script: the one reading of a field's text (parser,
 * owner, automation attributes), the entry point, the help beside a link, and the styles of
 * both (kept out of the content script). It speaks the languages whose packs were added.
 */
export interface OverlayUi {
  css: string;
  addLanguagePack(language: Language, pack: LanguagePack): void;
  hasLanguagePack(language: Language): boolean;
  /** The content script's storage, lent to the UI (no second storage layer in the chunk). */
  provideSettingsStore(store: SettingsStore): void;
  /** The content script's import of the extension's own files (another e-mail language). */
  provideFileImport(load: (path: string) => Promise<unknown>): void;
  readLink(text: string, own: OwnIds): LinkReading;
  renderOverlay(container: HTMLElement, props: OverlayProps): void;
  renderLinkHelp(container: HTMLElement, props: LinkHelpProps): void;
  /** Removes what was rendered into a container (entry point or link help). */
  unmount(container: HTMLElement): void;
}

export const overlayUi: OverlayUi = {
  css: OVERLAY_CSS,
  addLanguagePack,
  hasLanguagePack,
  provideSettingsStore,
  provideFileImport,
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

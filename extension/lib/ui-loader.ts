import { browser } from 'wxt/browser';
import type { OverlayUi } from '../ui/overlay-entry.ts';

/** Where the UI chunk leaves its entry points (in the content script's isolated world). */
export const UI_GLOBAL = '__cspMultichannelGuideUi';
/** The UI chunk, relative to the extension's root; listed in web_accessible_resources. */
export { UI_CHUNK_PATH } from './ui-loader-path.ts';
import { UI_CHUNK_PATH } from './ui-loader-path.ts';

let loading: Promise<OverlayUi> | undefined;

/** Loads the UI chunk once per content script; later calls share the same promise. */
export function loadOverlayUi(): Promise<OverlayUi> {
  loading ??= (async () => {
    const existing = (globalThis as Record<string, unknown>)[UI_GLOBAL] as OverlayUi | undefined;
    if (existing) return existing;
    await import(/* @vite-ignore */ browser.runtime.getURL(UI_CHUNK_PATH as '/overlay-ui.js'));
    const ui = (globalThis as Record<string, unknown>)[UI_GLOBAL] as OverlayUi | undefined;
    if (!ui) throw new Error(`The overlay UI did not load from ${UI_CHUNK_PATH}.`);
    return ui;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

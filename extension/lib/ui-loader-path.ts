/** The overlay's UI chunk, relative to the extension's root (see entrypoints/overlay-ui.ts). */
export const UI_CHUNK_PATH = '/overlay-ui.js';
/** Where the UI chunk leaves its entry points (in the content script's isolated world). */
export const UI_GLOBAL = '__cspMultichannelGuideUi';
/** The storage chunk, loaded on the partner's first write (see entrypoints/settings-store.ts). */
export const STORE_CHUNK_PATH = '/settings-store.js';
/** Where the storage chunk leaves its writers (in the content script's isolated world). */
export const STORE_GLOBAL = '__cspMultichannelGuideStore';

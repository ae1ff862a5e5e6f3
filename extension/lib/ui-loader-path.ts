/** The overlay's UI chunk, relative to the extension's root (see entrypoints/overlay-ui.ts). */
export const UI_CHUNK_PATH = '/overlay-ui.js';
/** Where the UI chunk leaves its entry points (in the content script's isolated world). */
export const UI_GLOBAL = '__cspMultichannelGuideUi';

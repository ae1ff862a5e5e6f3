/** The overlay's UI chunk, relative to the extension's root (see entrypoints/overlay-ui.ts). */
export const UI_CHUNK_PATH = '/overlay-ui.js';

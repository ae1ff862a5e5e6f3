import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { SETTINGS_STORE, overlayCollapsedItem } from '../lib/settings.ts';
import type { StorageChunk } from '../lib/store-loader.ts';
import { STORE_GLOBAL } from '../lib/ui-loader-path.ts';

/**
 * The storage chunk: WXT's versioned storage items (lib/settings.ts), kept out of the content
 * script, which loads this with `import()` on the partner's first write on the portal
 * (lib/store-loader.ts); it runs in the content script's isolated world, not in the page.
 */
export default defineUnlistedScript(() => {
  const chunk: StorageChunk = { store: SETTINGS_STORE, overlayCollapsed: overlayCollapsedItem };
  (globalThis as Record<string, unknown>)[STORE_GLOBAL] = chunk;
});

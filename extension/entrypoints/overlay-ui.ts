import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { overlayUi } from '../ui/overlay-entry.ts';
import { UI_GLOBAL } from '../lib/ui-loader-path.ts';

/**
 * The overlay's UI chunk (Preact, the translator and the styles), kept out of the content
 * script so Partner Center pages pay only for the collapsed entry point. The content script
 * loads it with `import()` when the partner opens the entry point or a portal panel shows a
 * link; it runs in the content script's isolated world, not in the page. An ES module (not
 * WXT's usual IIFE, wxt.config.ts): the overlay's parts (lib/overlay-parts.ts) are chunks it
 * loads with `import()` on first use, sharing its Preact. `globalName: false`: no IIFE name.
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    (globalThis as Record<string, unknown>)[UI_GLOBAL] = overlayUi;
  },
});

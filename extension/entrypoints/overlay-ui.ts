import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { overlayUi } from '../ui/overlay-entry.ts';
import { UI_GLOBAL } from '../lib/ui-loader-path.ts';

/**
 * The overlay's UI (Preact, the rules core and the components), kept
 * out of the content script so Partner Center pages without a known page kind pay only for
 * the small URL check. The content script loads it with `import()` when a page kind
 * matches, with the partner's language pack (/strings/<language>.js, lib/language-pack.ts);
 * it runs in the content script's isolated world, not in the page.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[UI_GLOBAL] = overlayUi;
});

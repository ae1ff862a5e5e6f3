/**
 * The overlay's parts: each loads on first use, with its own language pack, on top of the UI
 * chunk (`/overlay-ui.js`: Preact, the translator, the styles), so what loads at any one moment
 * stays small (docs/engineering.md, "The overlay's weight"):
 * - `entry`: the open entry point (the multichannel check, the paste-a-link checker's field, the
 *   indirect reseller's help and the provider's link builder), when the partner opens it;
 * - `link`: everything a link's explanation needs (the parser, the explanation with whose link
 *   it is, the way into troubleshooting, the customer e-mail, the help beside the portal's own
 *   link), when a portal panel shows a link or the partner pastes or builds one.
 */
export const OVERLAY_PARTS = ['entry', 'link'] as const;

export type OverlayPart = (typeof OVERLAY_PARTS)[number];

/** Where Rollup writes the parts' code and what they share (web-accessible, wxt.config.ts). */
export const OVERLAY_CHUNK_DIR = 'overlay';

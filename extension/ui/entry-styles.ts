/**
 * The entry point's container is a manual popover, shown in the top layer while it lives in a
 * portal panel (content/features/entry-point.ts `liftToTopLayer`): there it is an empty fixed box that
 * neither clips nor places the entry point, which is fixed to the window whatever a portal
 * panel's transform or overflow.
 */
const TOP_LAYER_CSS = `:host(csp-multichannel-guide) > div:popover-open { display: block; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; margin: 0; padding: 0; border: 0; overflow: visible; background: none; }`;

/**
 * The styles of the entry point as the content script draws it before the UI chunk is loaded
 * (collapsed: one button), and only those: the browser parses them on every portal page.
 * Part of `OVERLAY_CSS` (styles.ts), which goes on with `SURFACE_CSS` below: one set of
 * rules, no copy, in this order.
 */
export const ENTRY_CSS = `
:host { all: initial; }
/*
 * The entry point's host and its container draw no box: the entry point is fixed to the window,
 * and inside a portal panel (content/modal-place.ts) it leaves the panel's layout as it was.
 */
:host(csp-multichannel-guide), :host(csp-multichannel-guide) > div { display: contents; }
${TOP_LAYER_CSS}
* { box-sizing: border-box; }
.panel {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483000;
  width: min(380px, calc(100vw - 32px)); max-height: calc(100vh - 32px);
  display: flex; flex-direction: column;
  font: 14px/1.45 "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  color: #242424; background: #fff; border: 1px solid #d1d1d1; border-radius: 8px;
  box-shadow: 0 8px 16px rgba(0,0,0,.14), 0 0 2px rgba(0,0,0,.12);
}
.panel:lang(zh) { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }
.panel.collapsed { width: auto; }
/* A portal panel is open (it slides in from the right): the entry point waits bottom-left. */
.panel.aside { right: auto; left: 16px; }
.bar { display: flex; align-items: center; gap: 4px; padding: 4px; border-bottom: 1px solid #e0e0e0; background: #fafafa; border-radius: 8px 8px 0 0; }
.collapsed .bar { border-bottom: 0; border-radius: 8px; }
button, select, input, textarea, .button { font: inherit; color: inherit; }
.toggle { flex: 1; display: flex; align-items: center; gap: 8px; min-height: 32px; padding: 4px 8px; border: 0; background: transparent; border-radius: 4px; cursor: pointer; text-align: start; font-weight: 600; }
.toggle:hover { background: #f0f0f0; }
.logo { display: inline-grid; place-items: center; width: 22px; height: 22px; border-radius: 4px; background: #0f6cbd; color: #fff; font-size: 13px; }
.chevron { margin-inline-start: auto; color: #616161; }
:focus-visible { outline: 2px solid #0f6cbd; outline-offset: 2px; }
.body[hidden] { display: none; }
@media (prefers-reduced-motion: no-preference) { .toggle { transition: background .1s; } }
/*
 * High contrast (forced colours): the browser paints every box in the partner's system colours
 * (text and background from one palette, readable in dark and light themes alike); borders and
 * focus in system colours, never lost. The focus outline is the palette's text colour, which
 * every palette sets apart from its background (Highlight is not always: Firefox's own forced
 * colours draw it at 2.9:1 on white and 1.9:1 on black). Only marks whose colour is their point
 * keep it, in system colours themselves (the logo here, the status dot in SURFACE_CSS).
 */
@media (forced-colors: active) {
  .panel { border: 1px solid CanvasText; background: Canvas; color: CanvasText; }
  .logo { forced-color-adjust: none; background: CanvasText; color: Canvas; }
  button, .button, select, input, textarea { border: 1px solid ButtonText; }
  :focus-visible { outline: 2px solid CanvasText; outline-offset: 2px; }
}
`;

/**
 * The base of every other surface inside a shadow root (the open overlay, the help beside a
 * link), loaded with the UI chunk: icon buttons, hidden text for screen readers, forced colours.
 */
export const SURFACE_CSS = `
.icon-button:hover { background: #f0f0f0; }
.icon-button { width: 32px; height: 32px; border: 0; border-radius: 4px; background: transparent; cursor: pointer; color: #424242; font-size: 16px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) { .icon-button { transition: background .1s; } }
@media (forced-colors: active) {
  .link-help, .link-explanation, .offer, .message, .verdict { border: 1px solid CanvasText; background: Canvas; color: CanvasText; }
  .status-dot { forced-color-adjust: none; background: CanvasText; }
  a, .link-button, .guide-link { color: LinkText; }
  .message--warn, .owner--other, .message--problem { border-width: 3px; }
}
`;

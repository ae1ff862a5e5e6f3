import { ENTRY_CSS, SURFACE_CSS } from './entry-styles.ts';

/**
 * The overlay's styles, inside its shadow root: the page's CSS cannot reach them and they
 * cannot reach the page. Written as a string so the content script needs no extra request
 * (and no web-accessible stylesheet). Colours follow Partner Center's Fluent look.
 */
export const OVERLAY_CSS = `${ENTRY_CSS}${SURFACE_CSS}
/* The help beside a link in a portal panel or page: in the flow, never over the portal. */
.link-help { display: block; margin: 8px 0; padding: 8px 10px; font: 14px/1.45 "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; color: #242424; background: #f5f9fd; border: 1px solid #c7dcf0; border-inline-start: 4px solid #0f6cbd; border-radius: 4px; }
.link-help:lang(zh) { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }
.link-help-title { display: flex; align-items: center; gap: 8px; margin: 0 0 4px; font-weight: 600; }
.link-email summary { cursor: pointer; color: #0f6cbd; font-weight: 600; margin: 4px 0; }
.link-email .email { margin-top: 4px; border-top: 0; padding-top: 0; }
.link-checker { margin-top: 12px; padding-top: 10px; border-top: 1px solid #e0e0e0; }
.body { overflow: auto; padding: 12px 14px 14px; }
.intro { margin: 0 0 10px; color: #424242; }
.known { margin: 0 0 10px; padding: 8px 10px; background: #f5f5f5; border-radius: 6px; }
.known-row { display: grid; gap: 0; margin: 0 0 4px; }
.known-row:last-child { margin-bottom: 0; }
.known dt { font-size: 12px; color: #616161; }
.known dd { margin: 0; font-weight: 600; }
.known-from { font-weight: 400; color: #616161; font-size: 12px; }
.link-button { border: 0; padding: 0; background: none; color: #0f6cbd; text-decoration: underline; cursor: pointer; font-size: 12px; }
.field { display: grid; gap: 4px; margin: 0 0 10px; }
label { font-weight: 600; font-size: 13px; }
select, input, textarea { width: 100%; min-height: 32px; padding: 5px 8px; border: 1px solid #d1d1d1; border-bottom-color: #616161; border-radius: 4px; background: #fff; }
textarea { resize: vertical; font-size: 13px; }
input[readonly], textarea[readonly] { background: #fafafa; }
[aria-invalid="true"] { border-color: #c50f1f; }
.muted { color: #616161; margin: 0 0 8px; }
.hint { margin: 0; font-size: 12px; color: #616161; }
.error { color: #b10e1c; }
.result { margin-top: 4px; }
.verdict { border-radius: 6px; padding: 10px 12px; border-inline-start: 4px solid #616161; background: #f5f5f5; }
.verdict.status-multichannel { border-color: #107c10; background: #f1faf1; }
.verdict.status-not-multichannel { border-color: #bc4b09; background: #fff9f5; }
.verdict.status-not-covered { border-color: #616161; background: #f5f5f5; }
.status { margin: 0 0 6px; font-weight: 700; font-size: 15px; display: flex; align-items: center; gap: 8px; }
.status-dot { width: 10px; height: 10px; border-radius: 50%; background: currentColor; flex: none; }
.status-multichannel .status { color: #0e700e; }
.status-not-multichannel .status { color: #8a3707; }
.section-label { display: block; margin: 8px 0 4px; font-size: 12px; font-weight: 600; color: #616161; text-transform: none; }
.outcomes { margin: 0; padding: 0; list-style: none; display: grid; gap: 6px; }
.outcomes li { display: grid; gap: 1px; }
.outcomes span { color: #424242; font-size: 13px; }
.sources { margin: 8px 0 6px; font-size: 12px; color: #424242; }
.source { display: block; }
.change-notes ul { margin: 0; padding: 0; list-style: none; display: grid; gap: 6px; }
.change-note { display: grid; gap: 2px; border-left: 3px solid #0f6cbd; background: #f5f9fd; padding: 4px 8px; font-size: 12px; color: #242424; }
.change-note p { margin: 0; }
.change-note-unconfirmed { font-weight: 600; color: #8a3707; }
.change-note-source { color: #424242; }
.guide-link, a { color: #0f6cbd; }
.guide-link { font-weight: 600; text-decoration: none; }
.guide-link:hover { text-decoration: underline; }
h3 { margin: 12px 0 8px; font-size: 14px; }
h3:first-child { margin-top: 0; }
.message { margin: 6px 0; padding: 6px 8px; border-radius: 4px; font-size: 13px; }
.message.ok { background: #f1faf1; color: #0e700e; }
.message.warn { background: #fff9f5; color: #8a3707; }
.message.error { background: #fdf3f4; color: #b10e1c; }
.facts { margin: 4px 0 8px; padding-inline-start: 18px; font-size: 13px; }
.link-text { margin: 0 0 6px; font-size: 12px; word-break: break-all; }
code { font-family: Consolas, "Cascadia Mono", ui-monospace, monospace; font-size: 12px; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 4px; }
.actions button, .actions .button { min-height: 32px; padding: 4px 12px; border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; cursor: pointer; text-decoration: none; display: inline-flex; align-items: center; color: #242424; }
.actions button:hover, .actions .button:hover { background: #f5f5f5; }
.actions .primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; font-weight: 600; }
.actions .primary:hover { background: #115ea3; }
.actions button:disabled { background: #f0f0f0; border-color: #e0e0e0; color: #bdbdbd; cursor: default; }
.status-line { min-height: 1.2em; margin: 2px 0 0; font-size: 12px; color: #0e700e; }
.status-line.error { color: #b10e1c; }
.invitation section + section, .builder { margin-top: 12px; padding-top: 10px; border-top: 1px solid #e0e0e0; }
.builder .claim { display: grid; gap: 2px; margin: 0 0 8px; border-inline-start: 3px solid #0f6cbd; background: #f5f9fd; padding: 4px 8px; font-size: 12px; color: #242424; }
.builder .claim p { margin: 0; }
.email { margin-top: 12px; padding-top: 10px; border-top: 1px solid #e0e0e0; }
.footnote { margin: 12px 0 0; font-size: 11px; color: #707070; }
/* The shared link explanation and e-mail composer (ui/invitation) */
.link-explanation { margin: 6px 0; padding: 6px 8px; border-radius: 4px; font-size: 13px; border-inline-start: 3px solid #616161; background: #f5f5f5; }
.link-explanation.message--ok { border-color: #107c10; background: #f1faf1; }
.link-explanation.message--problem { border-color: #b10e1c; background: #fdf3f4; color: #b10e1c; }
.link-explanation p { margin: 0 0 6px; }
.link-explanation h4 { margin: 8px 0 4px; font-size: 13px; }
.link-explanation dl.facts { margin: 4px 0 6px; padding: 0; }
.link-explanation dl.facts div { display: grid; grid-template-columns: 8em 1fr; gap: 6px; padding: 1px 0; }
.link-explanation dt { color: #616161; overflow-wrap: anywhere; hyphens: auto; }
.link-explanation dd { margin: 0; overflow-wrap: anywhere; }
.link-explanation .notice { padding: 6px 8px; border-radius: 4px; background: #fff; }
.link-explanation .notice--warn { background: #fff9f5; color: #8a3707; }
.link-explanation ul { margin: 4px 0; padding-inline-start: 18px; }
.link-explanation .source, .link-explanation .unconfirmed { font-size: 12px; color: #424242; }
.email .intro-text { color: #424242; }
.link-explanation.message--warn { border-color: #bc4b09; background: #fff9f5; color: #5c2604; }
.owner p { margin: 0 0 6px; }
.owner-verdict { font-weight: 600; }
.owner-verdict.warn { color: #8a3707; }
.offer { margin: 8px 0; padding: 6px 8px; border: 1px solid #c7dcf0; border-radius: 4px; background: #fff; font-size: 13px; }
.offer p { margin: 0 0 6px; }
.offer-title { font-weight: 600; }
.offer-ids { margin: 0 0 6px; padding-inline-start: 18px; }
.email-story > p { margin: 8px 0 4px; font-size: 13px; }
`;

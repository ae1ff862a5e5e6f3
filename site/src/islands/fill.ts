/** `fill` is shared with the extension's invitation UI: ui/invitation/fill.ts. */
export { fill } from '../../../ui/invitation/fill.ts';

/** A plain left click without modifier keys: the only click we take over from the browser. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Template parts for rich rendering; re-exported so islands load it with `fill` (one chunk). */
export { fillParts } from '../../../locales/text.ts';

/** Fills `{{name}}` placeholders of an already-translated string (no i18next in the browser). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** A plain left click without modifier keys: the only click we take over from the browser. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** Template parts for rich rendering; re-exported so islands load it with `fill` (one chunk). */
export { fillParts } from '../../../locales/text.ts';

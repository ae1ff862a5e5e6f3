/**
 * How a class deck and its presenter window stay in step, and how the slide shows in the
 * address. Pure: the islands (Deck.tsx, Presenter.tsx) own the browser APIs.
 *
 * - Address: `#/3` is slide 3 (1-based, as reveal.js writes it); each move is a history entry,
 *   so Back and Forward step through the slides shown. The older `#slide-3` is still read.
 * - Channel: one `BroadcastChannel` per deck page (`deckChannelName`). The deck owns the
 *   state and announces it (`state`) as it loads, after every change and when a presenter
 *   window says `hello`; the presenter window asks for changes (`go`, `reveal`, `reset-timer`).
 */
import { formatClock } from '../../../../locales/format.ts';

/** What both windows show: the slide, whether its answer is shown, when the timer started. */
export interface DeckState {
  /** 0-based. */
  index: number;
  revealed: boolean;
  /** `Date.now()` when the timer started. */
  startedAt: number;
}

export type DeckMessage =
  | ({ type: 'state' } & DeckState)
  | { type: 'hello' }
  | { type: 'go'; index: number }
  | { type: 'reveal'; revealed: boolean }
  | { type: 'reset-timer' };

/** The query that opens a deck page as its presenter window. */
export const PRESENTER_QUERY = 'view=presenter';

/** The window name of the presenter window: opening it again reuses the one window. */
export const PRESENTER_WINDOW = 'deck-presenter';

/** The channel of one deck page (its path without query or hash). */
export function deckChannelName(pathname: string): string {
  return `deck:${pathname}`;
}

/** Where a deck keeps its timer's start for the tab, so a reload keeps the time running. */
export function deckTimerKey(pathname: string): string {
  return `deck-timer:${pathname}`;
}

const SLIDE_HASH = /^#(?:\/|slide-)(\d+)$/;

/** True when a fragment names a slide; others (`#site-menu`, `#main`) leave the deck alone. */
export function isSlideHash(hash: string): boolean {
  return SLIDE_HASH.test(hash);
}

/** The slide an address fragment names (`#/3`, or the older `#slide-3`), 0-based; else 0. */
export function slideFromHash(hash: string, total: number): number {
  const match = SLIDE_HASH.exec(hash);
  const n = match ? Number(match[1]) : 1;
  return n >= 1 && n <= total ? n - 1 : 0;
}

/** The fragment of a slide (0-based index): `#/3` for the third. */
export function hashOf(index: number): string {
  return `#/${index + 1}`;
}

/** A slide index kept inside the deck. */
export function clampSlide(index: number, total: number): number {
  return Math.max(0, Math.min(total - 1, Math.trunc(index)));
}

/** A message from the channel, or undefined when it is not one of ours. */
export function readDeckMessage(data: unknown): DeckMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'hello':
    case 'reset-timer':
      return { type: m.type };
    case 'go':
      return typeof m.index === 'number' ? { type: 'go', index: m.index } : undefined;
    case 'reveal':
      return typeof m.revealed === 'boolean' ? { type: 'reveal', revealed: m.revealed } : undefined;
    case 'state':
      return typeof m.index === 'number' &&
        typeof m.revealed === 'boolean' &&
        typeof m.startedAt === 'number'
        ? { type: 'state', index: m.index, revealed: m.revealed, startedAt: m.startedAt }
        : undefined;
    default:
      return undefined;
  }
}

/** The time since `startedAt` as a clock reading (00:12:05), in the reader's locale. */
export function formatElapsed(lang: string, startedAt: number, now: number): string {
  return formatClock(now - startedAt, lang);
}

/** What a key does in the deck and in the presenter window (keyboard and clicker). */
export type DeckKey =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'reveal'
  | 'notes'
  | 'fullscreen'
  | 'presenter'
  | 'leave';

/**
 * The action of a key press, or undefined for one the deck leaves alone (with a modifier, or
 * Space and Enter on a control, which act on the control). A clicker sends Page Up/Down.
 */
export function deckKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'defaultPrevented'>,
  onControl: boolean,
): DeckKey | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return undefined;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case ' ':
      return onControl ? undefined : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
      return onControl ? undefined : 'reveal';
    case 'n':
    case 'N':
      return 'notes';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'p':
    case 'P':
      return 'presenter';
    case 'Escape':
      return 'leave';
    default:
      return undefined;
  }
}

/** The slide a stepping action leads to (kept inside the deck), or undefined for others. */
export function slideAfter(action: DeckKey | undefined, index: number, total: number) {
  const to =
    action === 'next'
      ? index + 1
      : action === 'previous'
        ? index - 1
        : action === 'first'
          ? 0
          : action === 'last'
            ? total - 1
            : undefined;
  return to === undefined ? undefined : clampSlide(to, total);
}

/** True when a key press starts on a control (a button, link or field) of the page. */
export function onControl(target: EventTarget | null): boolean {
  return (
    target instanceof Element &&
    target.closest('button, a, input, select, textarea, summary') !== null
  );
}

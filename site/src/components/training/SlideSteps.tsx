import type { ComponentChildren } from 'preact';
import type { DeckFrameStrings } from './types.ts';

/**
 * The steps through a deck that the deck and its presenter window both offer: the previous
 * slide, the answer shown or hidden, the next slide. What only one of them offers (notes, the
 * presenter window, full screen) goes between the answer and the next slide.
 */
export function SlideSteps({
  strings,
  index,
  count,
  revealed,
  go,
  reveal,
  children,
}: {
  strings: Pick<DeckFrameStrings, 'previous' | 'next' | 'reveal' | 'hide'>;
  index: number;
  count: number;
  revealed: boolean;
  go: (to: (current: number) => number) => void;
  reveal: (revealed: boolean) => void;
  children?: ComponentChildren;
}) {
  return (
    <>
      <button type="button" onClick={() => go((i) => i - 1)} disabled={index === 0}>
        {strings.previous}
      </button>
      <button type="button" onClick={() => reveal(!revealed)} aria-expanded={revealed}>
        {revealed ? strings.hide : strings.reveal}
      </button>
      {children}
      <button type="button" onClick={() => go((i) => i + 1)} disabled={index >= count - 1}>
        {strings.next}
      </button>
    </>
  );
}

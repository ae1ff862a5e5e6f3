import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fillParts, fillText } from '../../../../locales/template.ts';
import { DeckNotes, DeckSlide } from './SlideParts.tsx';
import { SlideSteps } from './SlideSteps.tsx';
import {
  clampSlide,
  deckChannelName,
  deckKey,
  formatElapsed,
  onControl,
  readDeckMessage,
  slideAfter,
  slideFromHash,
  type DeckMessage,
  type DeckState,
} from './deck-sync.ts';
import type { DeckProps } from './types.ts';

/**
 * The presenter window of a class deck (the deck page with `?view=presenter`, opened from
 * the deck with P or its button): the current slide with its answer, the next slide, the
 * speaker notes and the time since the start. It follows the deck and moves it, through
 * the deck page's BroadcastChannel (deck-sync.ts). Alone (the deck window closed), it still
 * steps through the slides itself.
 */
export default function Presenter(deck: DeckProps) {
  const { lang, slides, strings } = deck;
  const [state, setState] = useState<DeckState>(() => ({
    index: slideFromHash(location.hash, slides.length),
    revealed: false,
    startedAt: Date.now(),
  }));
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);
  const shown = useRef(state);
  const show = (next: DeckState) => {
    shown.current = next;
    setState(next);
  };
  const send = (message: DeckMessage) => channel.current?.postMessage(message);
  const go = (to: (current: number) => number) => {
    const index = clampSlide(to(shown.current.index), slides.length);
    if (index === shown.current.index) return;
    show({ ...shown.current, index, revealed: false });
    send({ type: 'go', index });
  };
  const reveal = (revealed: boolean) => {
    show({ ...shown.current, revealed });
    send({ type: 'reveal', revealed });
  };
  const resetTimer = () => {
    show({ ...shown.current, startedAt: Date.now() });
    send({ type: 'reset-timer' });
  };

  useEffect(() => {
    document.title = fillText(strings.presenterTitle, { deck: strings.title }, lang);
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(deckChannelName(location.pathname));
    channel.current = bc;
    bc.onmessage = (event: MessageEvent) => {
      const message = readDeckMessage(event.data);
      if (message?.type === 'state')
        show({ index: message.index, revealed: message.revealed, startedAt: message.startedAt });
    };
    bc.postMessage({ type: 'hello' } satisfies DeckMessage);
    return () => {
      channel.current = null;
      bc.close();
    };
  }, []);

  // The clock: once a second, as a clock on the wall.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = deckKey(event, onControl(event.target));
      const to = slideAfter(action, shown.current.index, slides.length);
      if (to !== undefined) go(() => to);
      else if (action === 'reveal') reveal(!shown.current.revealed);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const { index, revealed } = state;
  const slide = slides[index]!;
  const next = slides[index + 1];
  const label = fillText(strings.slide, { number: index + 1, total: slides.length }, lang);
  return (
    <div class="presenter" data-presenter>
      <h2>{strings.presenter}</h2>
      <p class="hint">{strings.presenterIntro}</p>
      <div class="presenter-bar">
        <p class="presenter-timer">
          {fillParts(
            strings.elapsed,
            {
              time: (
                <time data-elapsed>
                  {formatElapsed(lang, state.startedAt, Math.max(now, state.startedAt))}
                </time>
              ),
            },
            lang,
          )}
        </p>
        <button type="button" onClick={resetTimer}>
          {strings.resetTimer}
        </button>
        <SlideSteps
          strings={strings}
          index={index}
          count={slides.length}
          revealed={revealed}
          go={go}
          reveal={reveal}
        />
      </div>
      <div class="presenter-slides">
        <section class="presenter-current" aria-label={strings.current} data-slide={slide.id}>
          <h3>{strings.current}</h3>
          <p class="slide-number" aria-live="polite">
            {label}
          </p>
          <DeckSlide deck={deck} index={index} revealed />
        </section>
        <section class="presenter-next" aria-label={strings.upNext} data-slide={next?.id}>
          <h3>{strings.upNext}</h3>
          {next ? (
            <DeckSlide deck={deck} index={index + 1} revealed={false} />
          ) : (
            <p>{strings.lastSlide}</p>
          )}
        </section>
      </div>
      <DeckNotes deck={deck} index={index} />
    </div>
  );
}

import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fillText } from '../../../../locales/template.ts';
import {
  PRESENTER_QUERY,
  PRESENTER_WINDOW,
  clampSlide,
  deckChannelName,
  deckKey,
  deckTimerKey,
  hashOf,
  isSlideHash,
  onControl,
  readDeckMessage,
  slideAfter,
  slideFromHash,
  type DeckMessage,
  type DeckState,
} from './deck-sync.ts';
import { useFitScale } from './fit-scale.ts';
import { DeckNotes, DeckSlide } from './SlideParts.tsx';
import { SlideSteps } from './SlideSteps.tsx';
import type { DeckProps } from './types.ts';

/**
 * A class deck: one scenario per slide on a fixed 1280×720 canvas scaled to fit the screen
 * (whole, never cut, at any size), keyboard and clicker keys to step (arrows, Page Up/Down,
 * Space, Home/End), the answer and the speaker notes on demand, full screen (F). The slide is
 * in the address (`#/3`): a reload stays, Back and Forward step. P opens the presenter window
 * (current and next slide, notes, timer), kept in step with the deck through a
 * BroadcastChannel (deck-sync.ts); the deck announces its slide as soon as it loads, and a
 * reload keeps the timer running (its start is kept for the tab). Keys, slide and controls
 * share the window's height (the page scrolls to the deck when it would not fit), so a slide
 * shows whole in a window too, not only in full screen. The slides are a topic's verdicts or
 * the acceptance problems' causes (SlideParts.tsx). Rendered only in the browser
 * (`client:only`); without JavaScript the page lists every slide instead. The same page
 * with `?view=presenter` is the presenter window.
 */
export default function Deck(props: DeckProps) {
  const presenter = new URLSearchParams(location.search).toString() === PRESENTER_QUERY;
  // The presenter window's code loads only there: the deck page ships without it.
  const [PresenterView, setPresenterView] = useState<ComponentType<DeckProps> | null>(null);
  useEffect(() => {
    if (presenter) void import('./Presenter.tsx').then((m) => setPresenterView(() => m.default));
  }, []);
  if (presenter) return PresenterView ? <PresenterView {...props} /> : null;
  return <Projected {...props} />;
}

/** When this tab's deck started its timer (kept across reloads), or now for a new one. */
function timerStart(key: string): number {
  const now = Date.now();
  try {
    const kept = Number(sessionStorage.getItem(key));
    if (Number.isFinite(kept) && kept > 0 && kept <= now) return kept;
    sessionStorage.setItem(key, String(now));
  } catch {
    // Storage blocked by the browser's settings: the timer starts with the page.
  }
  return now;
}

function keepTimerStart(key: string, startedAt: number): void {
  try {
    sessionStorage.setItem(key, String(startedAt));
  } catch {
    // As above: the timer then restarts on a reload.
  }
}

function Projected(deck: DeckProps) {
  const { slides, strings, lang } = deck;
  const timerKey = deckTimerKey(location.pathname);
  const [state, setState] = useState<DeckState>(() => ({
    index: slideFromHash(location.hash, slides.length),
    revealed: false,
    startedAt: timerStart(timerKey),
  }));
  const [notes, setNotes] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const channel = useRef<BroadcastChannel | null>(null);
  useFitScale(stage);

  // The state shown, updated at once: two key presses before the next render must move two
  // slides, so changes are computed from this, not from the `state` of the last render.
  const shown = useRef(state);
  const apply = (next: DeckState, address: 'push' | 'keep' = 'push') => {
    const before = shown.current;
    shown.current = next;
    setState(next);
    if (next.startedAt !== before.startedAt) keepTimerStart(timerKey, next.startedAt);
    channel.current?.postMessage({ type: 'state', ...next } satisfies DeckMessage);
    if (address === 'push' && next.index !== before.index)
      history.pushState(null, '', hashOf(next.index));
  };
  const go = (to: (current: number) => number) => {
    const index = clampSlide(to(shown.current.index), slides.length);
    if (index !== shown.current.index) apply({ ...shown.current, index, revealed: false });
  };
  const reveal = (revealed: boolean) => apply({ ...shown.current, revealed });
  const present = (on: boolean) => {
    setPresenting(on);
    if (on && !document.fullscreenElement)
      void root.current?.requestFullscreen?.().catch(() => undefined);
    if (!on && document.fullscreenElement) void document.exitFullscreen();
  };
  const openPresenter = () => {
    const url = `${location.pathname}?${PRESENTER_QUERY}${hashOf(shown.current.index)}`;
    const opened = window.open(url, PRESENTER_WINDOW, 'popup,width=1100,height=760');
    setBlocked(opened === null);
  };

  // Back, Forward and a typed `#/N` move the deck (without a new history entry).
  useEffect(() => {
    const onAddress = () => {
      if (location.hash && !isSlideHash(location.hash)) return;
      const index = slideFromHash(location.hash, slides.length);
      if (index !== shown.current.index)
        apply({ ...shown.current, index, revealed: false }, 'keep');
    };
    window.addEventListener('popstate', onAddress);
    window.addEventListener('hashchange', onAddress);
    return () => {
      window.removeEventListener('popstate', onAddress);
      window.removeEventListener('hashchange', onAddress);
    };
  }, []);

  // A deck that would not fit below the page's title is brought into view whole.
  useLayoutEffect(() => {
    const box = root.current?.getBoundingClientRect();
    if (box && box.bottom > window.innerHeight)
      root.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, []);

  // The deck announces its state as it loads (a presenter window open from before a reload
  // follows at once) and whenever it changes; the presenter window asks for changes.
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(deckChannelName(location.pathname));
    channel.current = bc;
    bc.postMessage({ type: 'state', ...shown.current } satisfies DeckMessage);
    bc.onmessage = (event: MessageEvent) => {
      const message = readDeckMessage(event.data);
      if (!message) return;
      if (message.type === 'hello') apply(shown.current, 'keep');
      else if (message.type === 'go') go(() => message.index);
      else if (message.type === 'reveal') reveal(message.revealed);
      else if (message.type === 'reset-timer') apply({ ...shown.current, startedAt: Date.now() });
    };
    return () => {
      channel.current = null;
      bc.close();
    };
  }, []);

  // Leaving full screen (Esc) ends presenting.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // Registered once, before the first paint, so no key press is lost after the deck appears.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const presentingNow = root.current?.classList.contains('deck--presenting') ?? false;
      const action = deckKey(event, onControl(event.target));
      const to = slideAfter(action, shown.current.index, slides.length);
      if (to !== undefined) go(() => to);
      else if (action === 'reveal') reveal(!shown.current.revealed);
      else if (action === 'notes') setNotes((n) => !n);
      else if (action === 'fullscreen') present(!presentingNow);
      else if (action === 'presenter') openPresenter();
      else if (action === 'leave' && presentingNow) present(false);
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
    // `go` and the rest read refs and setters only, so one registration serves every render.
  }, []);

  const { index, revealed } = state;
  const slide = slides[index]!;
  const label = fillText(strings.slide, { number: index + 1, total: slides.length }, lang);
  return (
    <div class={`deck${presenting ? ' deck--presenting' : ''}`} ref={root}>
      <div class="deck-screen">
        <p class="deck-keys">{strings.keys}</p>
        <div class="deck-stage" ref={stage}>
          <section
            class={`slide deck-canvas deck-canvas--${deck.kind}`}
            aria-roledescription="slide"
            aria-label={label}
            data-slide={slide.id}
          >
            <p class="slide-number" aria-live="polite">
              {label}
            </p>
            <DeckSlide deck={deck} index={index} revealed={revealed} />
          </section>
        </div>
        <div class="deck-controls">
          <SlideSteps
            strings={strings}
            index={index}
            count={slides.length}
            revealed={revealed}
            go={go}
            reveal={reveal}
          >
            <button
              type="button"
              class="deck-page-only"
              onClick={() => setNotes(!notes)}
              aria-expanded={notes}
            >
              {notes ? strings.hideNotes : strings.showNotes}
            </button>
            <button type="button" onClick={openPresenter}>
              {strings.presenterOpen}
            </button>
            <button type="button" onClick={() => present(!presenting)}>
              {presenting ? strings.exitFullscreen : strings.fullscreen}
            </button>
          </SlideSteps>
        </div>
      </div>
      {blocked && (
        <p class="notice notice--warn" role="alert">
          {strings.presenterBlocked}
        </p>
      )}
      {notes && !presenting && <DeckNotes deck={deck} index={index} />}
    </div>
  );
}

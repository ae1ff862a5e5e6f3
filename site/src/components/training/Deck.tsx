import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fillParts, fillText } from '../../../../locales/template.ts';
import { ChangeNotes } from '../../../../ui/notes/ChangeNote.tsx';
import type { DeckProps, DeckSlideData, DeckStrings } from './types.ts';

/**
 * The presenter view of a class deck: one scenario per slide, full screen on demand, arrow
 * keys to step, the answer and the speaker notes revealed on demand. The slide number is
 * kept in the address (`#slide-3`) so a reload stays on the slide. Rendered only in the
 * browser (`client:only`); without JavaScript the page lists every slide instead.
 */
export default function Deck({ slides, strings, lang }: DeckProps) {
  const [index, setIndex] = useState(() => {
    const match = /^#slide-(\d+)$/.exec(location.hash);
    const n = match ? Number(match[1]) : 1;
    return n >= 1 && n <= slides.length ? n - 1 : 0;
  });
  const [revealed, setRevealed] = useState(false);
  const [notes, setNotes] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  // The slide shown, updated at once: two key presses before the next render must move two
  // slides, so moves are computed from this, not from the `index` of the last render.
  const shown = useRef(index);
  const go = (to: (current: number) => number) => {
    const next = Math.max(0, Math.min(slides.length - 1, to(shown.current)));
    if (next === shown.current) return;
    shown.current = next;
    setIndex(next);
    setRevealed(false);
    history.replaceState(null, '', `#slide-${next + 1}`);
  };
  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void root.current?.requestFullscreen?.().catch(() => undefined);
  };

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // Registered once, before the first paint, so no key press is lost after the deck appears.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      const onControl = target.closest('button, a, input, select, textarea, summary') !== null;
      const key = event.key;
      let handled = true;
      if (key === 'ArrowRight' || key === 'PageDown' || (key === ' ' && !onControl))
        go((i) => i + 1);
      else if (key === 'ArrowLeft' || key === 'PageUp') go((i) => i - 1);
      else if (key === 'Home') go(() => 0);
      else if (key === 'End') go(() => slides.length - 1);
      else if (key === 'Enter' && !onControl) setRevealed((r) => !r);
      else if (key === 'n' || key === 'N') setNotes((n) => !n);
      else if (key === 'f' || key === 'F') toggleFullscreen();
      else handled = false;
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
    // `go` reads the `shown` ref and the setters only, so one registration serves every render.
  }, []);

  const slide = slides[index]!;
  const label = fillText(strings.slide, { number: index + 1, total: slides.length }, lang);
  return (
    <div class={`deck${fullscreen ? ' deck--fullscreen' : ''}`} ref={root}>
      <p class="deck-keys">{strings.keys}</p>
      <section class="slide" aria-roledescription="slide" aria-label={label} data-slide={slide.id}>
        <p class="slide-number" aria-live="polite">
          {label}
        </p>
        <Slide slide={slide} strings={strings} revealed={revealed} />
      </section>
      <div class="deck-controls">
        <button type="button" onClick={() => go((i) => i - 1)} disabled={index === 0}>
          {strings.previous}
        </button>
        <button type="button" onClick={() => setRevealed(!revealed)} aria-expanded={revealed}>
          {revealed ? strings.hide : strings.reveal}
        </button>
        <button type="button" onClick={() => setNotes(!notes)} aria-expanded={notes}>
          {notes ? strings.hideNotes : strings.showNotes}
        </button>
        <button type="button" onClick={toggleFullscreen}>
          {fullscreen ? strings.exitFullscreen : strings.fullscreen}
        </button>
        <button
          type="button"
          onClick={() => go((i) => i + 1)}
          disabled={index === slides.length - 1}
        >
          {strings.next}
        </button>
      </div>
      {notes && <Notes slide={slide} strings={strings} lang={lang} />}
    </div>
  );
}

/** One slide; also used for the list shown without JavaScript (answer always shown). */
export function Slide(props: { slide: DeckSlideData; strings: DeckStrings; revealed: boolean }) {
  const { slide, strings } = props;
  return (
    <>
      <dl class="situation situation--large">
        {slide.situation.map((row) => (
          <div key={row.question}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <p class="slide-prompt">{strings.prompt}</p>
      {props.revealed && (
        <div class="slide-answer">
          <p class={`status-badge status--${slide.status.id}`}>
            <strong>{slide.status.title}</strong>
          </p>
          <h3>{strings.whatToDo}</h3>
          {slide.outcomes.length > 0 ? (
            <ul>
              {slide.outcomes.map((o) => (
                <li key={o.title}>{o.title}</li>
              ))}
            </ul>
          ) : (
            <p>{strings.noOutcome}</p>
          )}
        </div>
      )}
    </>
  );
}

export function Notes({
  slide,
  strings,
  lang,
}: {
  slide: DeckSlideData;
  strings: DeckStrings;
  lang: string;
}) {
  return (
    <aside class="speaker-notes" aria-label={strings.notes}>
      <h2>{strings.notes}</h2>
      <p>{slide.status.explanation}</p>
      {slide.outcomes.length > 0 && (
        <ul>
          {slide.outcomes.map((o) => (
            <li key={o.title}>
              {fillParts(
                strings.labelled,
                {
                  label: <strong>{o.title}</strong>,
                  text: o.explanation,
                },
                lang,
              )}
            </li>
          ))}
        </ul>
      )}
      {slide.notes.changes.length > 0 && (
        <section class="changes" data-changes>
          <h3>{strings.changesHeading}</h3>
          <ChangeNotes notes={slide.notes.changes} lang={lang} />
        </section>
      )}
      <h3>{strings.rules}</h3>
      {slide.status.id === 'not-covered' && <p>{strings.noRule}</p>}
      {slide.notes.rules.map((rule, i) => (
        <blockquote key={i} class="source">
          <p>
            <cite>
              {fillText(
                strings.citation,
                {
                  document: rule.source.document,
                  part: rule.source.part,
                },
                lang,
              )}
            </cite>
          </p>
          <p>{rule.source.text}</p>
          {rule.source.quote && (
            <figure class="quote">
              <figcaption class="visually-hidden">{strings.originalText}</figcaption>
              <p lang="de">„{rule.source.quote}“</p>
            </figure>
          )}
          {rule.reading && (
            <p>
              {fillParts(
                strings.labelled,
                {
                  label: <strong>{strings.ourReading}</strong>,
                  text: rule.reading,
                },
                lang,
              )}
            </p>
          )}
        </blockquote>
      ))}
      {slide.notes.contrasts.length > 0 && (
        <>
          <h3>{strings.contrast}</h3>
          <ul>
            {slide.notes.contrasts.map((c) => (
              <li key={c.answer}>
                <strong>{c.answer}</strong> → {c.status}
                {c.outcomes.length > 0 && (
                  <ul>
                    {c.outcomes.map((o) => (
                      <li key={o}>{o}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {slide.notes.alsoFor.length > 0 && (
        <>
          <h3>{strings.alsoFor}</h3>
          <ul class="also-for">
            {slide.notes.alsoFor.map((values) => (
              <li key={values.join('|')}>
                {values.map((v, i) => (
                  <span key={i} class="also-part">
                    {v}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

import { fillParts } from '../../../../locales/template.ts';
import { ChangeNotes } from '../../../../ui/notes/ChangeNote.tsx';
import { SeedCitation } from '../../../../ui/sources/SeedCitation.tsx';
import { CauseNotes, CauseSlide } from './CauseSlideParts.tsx';
import type { DeckProps, DeckSlideData, DeckStrings } from './types.ts';
import { SlideFrame } from './Situation.tsx';

/** Slide `index` of a deck, of whichever kind its slides are. */
export function DeckSlide(props: { deck: DeckProps; index: number; revealed: boolean }) {
  const { deck, index, revealed } = props;
  return deck.kind === 'cause' ? (
    <CauseSlide slide={deck.slides[index]!} strings={deck.strings} revealed={revealed} />
  ) : (
    <Slide slide={deck.slides[index]!} strings={deck.strings} revealed={revealed} />
  );
}

/** The speaker notes of slide `index` of a deck. */
export function DeckNotes(props: { deck: DeckProps; index: number }) {
  const { deck, index } = props;
  return deck.kind === 'cause' ? (
    <CauseNotes slide={deck.slides[index]!} strings={deck.strings} lang={deck.lang} />
  ) : (
    <Notes slide={deck.slides[index]!} strings={deck.strings} lang={deck.lang} />
  );
}

/**
 * One slide of a topic's deck; also used for the list shown without JavaScript (answer always
 * shown).
 */
export function Slide(props: { slide: DeckSlideData; strings: DeckStrings; revealed: boolean }) {
  const { slide, strings } = props;
  return (
    <SlideFrame
      rows={slide.situation}
      prompt={strings.prompt}
      revealed={props.revealed}
      badge={{ class: `status--${slide.status.id}`, title: slide.status.title }}
    >
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
    </SlideFrame>
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
        <SeedCitation
          key={i}
          source={rule.source}
          strings={strings.seedCitation}
          lang={lang}
          original="shown"
        >
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
        </SeedCitation>
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
              <li key={values.join('|')}>{values.join(strings.path)}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

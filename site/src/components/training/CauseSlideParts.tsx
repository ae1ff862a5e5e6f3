import { PageSource } from '../../../../ui/sources/PageSource.tsx';
import type { CauseDeckStrings, CauseSlideData } from './types.ts';
import { SlideFrame } from './Situation.tsx';

/**
 * One slide of the deck on acceptance problems: the link, the customer's cloud and what is
 * seen; revealed, the cause, what to do and who can do it. Also used for the list shown
 * without JavaScript (answer always shown).
 */
export function CauseSlide(props: {
  slide: CauseSlideData;
  strings: CauseDeckStrings;
  revealed: boolean;
}) {
  const { slide, strings } = props;
  return (
    <SlideFrame
      rows={slide.situation}
      prompt={strings.prompt}
      revealed={props.revealed}
      badge={{ title: slide.cause.title }}
    >
      <h3>{strings.do}</h3>
      <p>{slide.cause.do}</p>
      <h3>{strings.who}</h3>
      <ul>
        {slide.cause.who.map((fixer) => (
          <li key={fixer}>{fixer}</li>
        ))}
      </ul>
    </SlideFrame>
  );
}

/**
 * The speaker notes of a cause: how to tell it, how sure the register is (its marker beside
 * every claim), the sources, the causes it is confused with and its step in the tree.
 */
export function CauseNotes(props: {
  slide: CauseSlideData;
  strings: CauseDeckStrings;
  lang: string;
}) {
  const { slide, strings, lang } = props;
  const { cause } = slide;
  return (
    <aside class="speaker-notes" aria-label={strings.notes}>
      <h2>{strings.notes}</h2>
      <div class="cause" data-cause={cause.id} data-confirmation={cause.confirmation}>
        <dl class="cause-facts">
          <dt>{strings.tell}</dt>
          <dd>{cause.tell}</dd>
        </dl>
        <p
          class={`notice confirmation${cause.confirmation === 'confirmed' ? '' : ' notice--warn'}`}
        >
          {cause.marker}
        </p>
        {cause.claims.map((claim) => (
          <div
            class="claim"
            key={claim.id}
            data-claim={claim.id}
            data-confirmation={claim.confirmation}
          >
            <p>{claim.text}</p>
            <p class="claim-marker">{claim.marker}</p>
          </div>
        ))}
        <h3>{strings.sources}</h3>
        <ul class="sources">
          {cause.sources.map((source) => (
            <li key={source.href} data-source={source.href}>
              <PageSource source={source} lang={lang} />
            </li>
          ))}
        </ul>
      </div>
      {slide.confusedWith.length > 0 && (
        <>
          <h3>{strings.confusedWith}</h3>
          <ul class="confused-with">
            {slide.confusedWith.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={slide.stepHref}>{strings.openStep}</a>
      </p>
    </aside>
  );
}

import type { QuizCard, QuizProps } from './types.ts';

/**
 * A quiz card's steps for its role today, beside the source's answer: in the feedback after an
 * answer (Quiz.tsx) and in the card list shown without JavaScript (CardList.astro). Nothing
 * when the card has no step.
 */
export function TodaySteps({
  card,
  steps,
  heading,
  headingLevel,
}: {
  card: QuizCard;
  steps: QuizProps['steps'];
  heading: string;
  headingLevel: 3 | 4;
}) {
  if (card.steps.length === 0) return null;
  const H = `h${headingLevel}` as 'h3';
  return (
    <section class="today-steps" data-today-steps>
      <H>{heading}</H>
      <ul>
        {card.steps.map((key) => (
          <li key={key}>{steps[key]}</li>
        ))}
      </ul>
    </section>
  );
}

import {
  acceptanceCause,
  acceptanceDeckSlides,
  acceptanceQuizCards,
  troubleshootPath,
  type Language,
} from '../../../core/index.ts';
import { troubleshootAnswerKey } from '../../../locales/keys.ts';
import { tFor } from './i18n.ts';
import { causeTitle, causeView, type CauseView } from './troubleshoot-page.ts';

/**
 * The training on acceptance problems (core/training.ts: `acceptanceQuizCards`,
 * `acceptanceDeckSlides`) as views for the quiz and the deck pages, in one language.
 */

export interface AcceptanceCardView {
  id: string;
  /** The link and the customer's cloud: question and answer, in order. */
  context: { question: string; answer: string }[];
  /** What the customer or partner sees. */
  sees: string;
  options: string[];
  answer: string;
  cause: CauseView;
}

export function acceptanceCardViews(lang: Language): AcceptanceCardView[] {
  const t = tFor(lang);
  return acceptanceQuizCards().map((card) => {
    const cause = causeView(lang, acceptanceCause(card.cause));
    return {
      id: card.id,
      context: card.context.map((step) => ({
        question: t(`troubleshoot:question.${step.question}.title`),
        answer: t(troubleshootAnswerKey(step.question, step.answer)),
      })),
      sees: cause.sees,
      options: card.options.map((id) => causeTitle(lang, id)),
      answer: t('troubleshoot:training.answer', { cause: cause.title }),
      cause,
    };
  });
}

export interface AcceptanceSlideView {
  cause: CauseView;
  /** The titles of the causes most like this one, each a list item of its own. */
  confusedWith: string[];
  stepHref: string;
}

export function acceptanceSlideViews(lang: Language): AcceptanceSlideView[] {
  return acceptanceDeckSlides().map((slide) => ({
    cause: causeView(lang, slide.cause),
    confusedWith: slide.confusedWith.map((id) => causeTitle(lang, id)),
    stepHref: troubleshootPath(lang, slide.step),
  }));
}

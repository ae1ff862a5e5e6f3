import {
  acceptanceCause,
  acceptanceDeckSlides,
  acceptanceQuizCards,
  troubleshootPath,
  type Language,
  type TroubleshootStep,
} from '../../../core/index.ts';
import { troubleshootAnswerKey } from '../../../locales/troubleshoot-keys.ts';
import type { CauseDeckProps } from '../components/training/types.ts';
import { deckFrameStrings } from '../view-models/training.ts';
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

/** The steps of a path as the tree asks and answers them. */
function contextOf(lang: Language, steps: readonly TroubleshootStep[]) {
  const t = tFor(lang);
  return steps.map((step) => ({
    question: t(`troubleshoot:question.${step.question}.title`),
    answer: t(troubleshootAnswerKey(step.question, step.answer)),
  }));
}

export function acceptanceCardViews(lang: Language): AcceptanceCardView[] {
  const t = tFor(lang);
  return acceptanceQuizCards().map((card) => {
    const cause = causeView(lang, acceptanceCause(card.cause));
    return {
      id: card.id,
      context: contextOf(lang, card.context),
      sees: cause.sees,
      options: card.options.map((id) => causeTitle(lang, id)),
      answer: t('troubleshoot:training.answer', { cause: cause.title }),
      cause,
    };
  });
}

/**
 * The class deck on acceptance problems, for the deck island: one slide per cause, showing
 * the link, the customer's cloud and what is seen; the answer is the cause, what to do and
 * who can do it; the notes say how to tell it, its sources and what it is confused with.
 */
export function acceptanceDeckProps(lang: Language): CauseDeckProps {
  const t = tFor(lang);
  return {
    kind: 'cause',
    lang,
    slides: acceptanceDeckSlides().map((slide) => {
      const cause = causeView(lang, slide.cause);
      return {
        id: slide.cause.id,
        situation: [
          ...contextOf(lang, slide.context).map((row) => ({
            label: row.question,
            value: row.answer,
          })),
          { label: t('troubleshoot:label.sees'), value: cause.sees },
        ],
        cause,
        confusedWith: slide.confusedWith.map((id) => causeTitle(lang, id)),
        stepHref: troubleshootPath(lang, slide.step),
      };
    }),
    strings: {
      ...deckFrameStrings(lang, {
        title: t('troubleshoot:training.deckTitle'),
        prompt: t('troubleshoot:training.question'),
      }),
      do: t('troubleshoot:label.do'),
      who: t('troubleshoot:label.who'),
      tell: t('troubleshoot:label.tell'),
      sources: t('common:label.sources'),
      confusedWith: t('troubleshoot:training.confusedWith'),
      openStep: t('troubleshoot:training.openStep'),
    },
  };
}

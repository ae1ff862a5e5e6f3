import type { Language, Rule } from '../../../core/index.ts';
import {
  MAX_SEED_LENGTH,
  QUIZ_PARAMETERS,
  TOPIC_IDS,
  deckSlides,
  trainingCards,
  type QuizQueryErrorCode,
  type TrainingCard,
  type TopicId,
} from '../../../core/training.ts';
import type { ChangeId } from '../../../core/index.ts';
import type { ChangeNote } from '../../../locales/change-notes.ts';
import { readingRules } from '../../../core/index.ts';
import type { Template } from '../../../locales/template.ts';
import { formatList } from '../../../locales/text.ts';
import { nextStepKey } from '../../../locales/keys.ts';
import type { SeedPartView } from '../../../locales/seed-citation-view.ts';
import type {
  DeckFrameStrings,
  QuizCard,
  QuizProps,
  VerdictDeckProps,
} from '../components/training/types.ts';
import { tFor } from '../lib/i18n.ts';
import { verdictChangeIds, verdictChangeNotes } from './change-notes.ts';
import { citedParts, seedCitation, seedCitationStrings } from './seed-citations.ts';
import {
  answerLabel,
  explanationOf,
  outcomeTexts,
  readingOf,
  readingsFor,
  situationRows,
  statusTexts,
} from './verdict.ts';

/**
 * Build-time props of the training islands (quiz, deck and its presenter view): every string
 * resolved for one language, built from the same verdict texts, seed citations and change
 * notes as the tree (`verdict.ts`, `seed-citations.ts`, `change-notes.ts`).
 */

export function topicTitles(lang: Language): Record<TopicId, string> {
  const t = tFor(lang);
  return Object.fromEntries(TOPIC_IDS.map((id) => [id, t(`training:topic.${id}.title`)])) as Record<
    TopicId,
    string
  >;
}

/** Everything the quiz island needs in one language: every card of every topic. */
export function quizProps(lang: Language): QuizProps {
  const t = tFor(lang);
  const sources: Record<string, SeedPartView> = {};
  const changes: Partial<Record<ChangeId, ChangeNote>> = {};
  const steps: Record<string, string> = {};
  /** The role's step today for each outcome, each text once (roles share general steps). */
  const stepKeys = (card: TrainingCard): string[] => {
    const keys = [...new Set(card.outcomes.map((o) => nextStepKey(o, card.situation)))];
    for (const key of keys) steps[key] ??= t(key);
    return keys;
  };
  const cards: QuizCard[] = trainingCards().map((card) => ({
    id: card.id,
    topics: card.topics,
    status: card.status,
    outcomes: card.outcomes,
    situation: situationRows(lang, card.situation),
    sources: citedParts(lang, card.verdict.sources, sources),
    readings: readingsFor(lang, [card.situation]),
    changes: verdictChangeIds(lang, card.verdict, [card.situation], changes, (note) => note),
    ...explanationOf(lang, card.verdict),
    steps: stepKeys(card),
  }));
  // Setting names and values are code, each as it is typed, in the language's own "a, b or c".
  const allowedTopics = formatList(lang, TOPIC_IDS, 'disjunction');
  const allowedSettings = formatList(lang, QUIZ_PARAMETERS, 'disjunction');
  const errorTemplates: Record<QuizQueryErrorCode, Template> = {
    'unknown-parameter': t.template('training:quiz.error.unknown-parameter'),
    'repeated-parameter': t.template('training:quiz.error.repeated-parameter'),
    'seed-invalid': t.template('training:quiz.error.seed-invalid'),
    'count-not-a-whole-number': t.template('training:quiz.error.count-not-a-whole-number'),
    'count-out-of-range': t.template('training:quiz.error.count-out-of-range'),
    'topic-unknown': t.template('training:quiz.error.topic-unknown'),
    'topics-empty': t.template('training:quiz.error.topics-empty'),
  };
  return {
    lang,
    cards,
    topics: topicTitles(lang),
    statuses: statusTexts(lang),
    outcomes: outcomeTexts(lang),
    sources,
    changes,
    steps,
    strings: {
      setupHeading: t('training:quiz.setup.heading'),
      seed: t('training:quiz.setup.seed'),
      seedHint: t('training:quiz.setup.seedHint', { max: MAX_SEED_LENGTH }),
      count: t('training:quiz.setup.count'),
      countHint: t.template('training:quiz.setup.countHint'),
      topics: t('training:quiz.setup.topics'),
      start: t('training:quiz.setup.start'),
      shareLink: t('training:quiz.setup.shareLink'),
      errorHeading: t('training:quiz.error.heading'),
      errors: errorTemplates,
      allowedTopics,
      allowedSettings,
      maxSeedLength: MAX_SEED_LENGTH,
      cardHeading: t.template('training:quiz.card.heading'),
      statusQuestion: t('training:quiz.card.statusQuestion'),
      outcomesQuestion: t('training:quiz.card.outcomesQuestion'),
      check: t('common:action.check'),
      next: t('training:quiz.card.next'),
      previous: t('training:quiz.card.previous'),
      toResults: t('training:quiz.card.toResults'),
      feedback: {
        full: t('training:quiz.feedback.full'),
        partial: t('training:quiz.feedback.partial'),
        none: t('training:quiz.feedback.none'),
      },
      expected: t('training:quiz.feedback.expected'),
      missing: t('training:quiz.feedback.missing'),
      extra: t('training:quiz.feedback.extra'),
      noSteps: t('training:quiz.feedback.noSteps'),
      noOutcome: t('rules:noOutcome'),
      sources: t('common:label.sources'),
      seedCitation: seedCitationStrings(lang),
      ourReading: t('common:label.ourReading'),
      labelled: t.template('common:punctuation.labelled'),
      answered: t.template('training:quiz.progress.answered'),
      saved: t('training:quiz.progress.saved'),
      reset: t('training:quiz.progress.reset'),
      resetConfirm: t('training:quiz.progress.resetConfirm'),
      resultsHeading: t('training:quiz.results.heading'),
      participant: t('training:quiz.results.participant'),
      date: t('training:quiz.results.date'),
      topic: t('training:quiz.results.topic'),
      full: t('training:quiz.results.full'),
      partial: t('training:quiz.results.partial'),
      none: t('training:quiz.results.none'),
      open: t('training:quiz.results.open'),
      points: t('training:quiz.results.points'),
      pointsValue: t.template('training:quiz.results.pointsValue'),
      total: t('training:quiz.results.total'),
      rule: t('training:quiz.results.rule'),
      print: t('training:quiz.results.print'),
      copy: t('training:quiz.results.copy'),
      copied: t('common:action.copied'),
      copyFailed: t('common:action.copyFailed'),
      summaryTitle: t('training:quiz.results.summaryTitle'),
      summaryQuiz: t.template('training:quiz.results.summaryQuiz'),
      summaryRow: t.template('training:quiz.results.summaryRow'),
      changesHeading: t('changes:heading'),
      todaySteps: t('training:quiz.feedback.today'),
    },
  };
}

/**
 * The seed parts behind a slide with their readings: the rules that apply, then those whose
 * reading explains what the verdict lacks (why indirect partners get no Azure invitation
 * step, why 21Vianet's Azure is not covered). A not-covered slide cites the parts the seed
 * has, each with the reading that explains it.
 */
function deckRules(lang: Language, slide: ReturnType<typeof deckSlides>[number]) {
  const explaining = [
    ...new Set([slide.situation, ...slide.alsoFor].flatMap((s) => readingRules(s))),
  ].filter((rule) => !slide.rules.includes(rule));
  const entry = (rule: Rule) => {
    const reading = readingOf(lang, rule);
    return { source: seedCitation(lang, rule.source), ...(reading ? { reading } : {}) };
  };
  if (slide.rules.length > 0) return [...slide.rules, ...explaining].map(entry);
  return slide.verdict.sources.map((ref) => {
    const rule = explaining.find(
      (r) => r.source.seed === ref.seed && r.source.part === ref.part && r.reading,
    );
    return rule ? entry(rule) : { source: seedCitation(lang, ref) };
  });
}

/** What every class deck says around its slides, for a deck of this title and question. */
export function deckFrameStrings(
  lang: Language,
  deck: { title: string; prompt: string },
): DeckFrameStrings {
  const t = tFor(lang);
  return {
    ...deck,
    slide: t.template('training:deck.slide'),
    reveal: t('training:deck.reveal'),
    hide: t('training:deck.hide'),
    notes: t('training:deck.notes'),
    showNotes: t('training:deck.showNotes'),
    hideNotes: t('training:deck.hideNotes'),
    previous: t('training:deck.previous'),
    next: t('training:deck.next'),
    fullscreen: t('training:deck.fullscreen'),
    exitFullscreen: t('training:deck.exitFullscreen'),
    keys: t('training:deck.keys'),
    presenter: t('training:deck.presenter'),
    presenterOpen: t('training:deck.presenterOpen'),
    presenterTitle: t.template('training:deck.presenterTitle'),
    presenterIntro: t('training:deck.presenterIntro'),
    presenterBlocked: t('training:deck.presenterBlocked'),
    current: t('training:deck.current'),
    upNext: t('training:deck.upNext'),
    lastSlide: t('training:deck.lastSlide'),
    elapsed: t.template('training:deck.elapsed'),
    resetTimer: t('training:deck.resetTimer'),
  };
}

/** The class deck of one topic in one language. */
export function deckProps(lang: Language, topic: TopicId): VerdictDeckProps {
  const t = tFor(lang);
  const status = statusTexts(lang);
  const outcome = outcomeTexts(lang);
  const slides = deckSlides(topic).map((slide) => ({
    id: slide.id,
    situation: situationRows(lang, slide.situation),
    status: {
      id: slide.verdict.status,
      ...status[slide.verdict.status],
      ...explanationOf(lang, slide.verdict),
    },
    outcomes: slide.verdict.outcomes.map((o) => outcome[o]),
    notes: {
      alsoFor: slide.alsoFor.map((s) => situationRows(lang, s).map((row) => row.value)),
      rules: deckRules(lang, slide),
      contrasts: slide.contrasts.map((c) => ({
        answer: answerLabel(lang, c.question, c.answer),
        status: status[c.verdict.status].title,
        outcomes: c.verdict.outcomes.map((o) => outcome[o].title),
      })),
      changes: verdictChangeNotes(lang, slide.verdict, [slide.situation, ...slide.alsoFor]),
    },
  }));
  return {
    kind: 'verdict',
    lang,
    slides,
    strings: {
      ...deckFrameStrings(lang, {
        title: t('training:deck.title', { topic: t(`training:topic.${topic}.title`) }),
        prompt: t('training:deck.prompt'),
      }),
      alsoFor: t('training:deck.alsoFor'),
      path: t('common:punctuation.path'),
      contrast: t('training:deck.contrast'),
      rules: t('training:deck.rules'),
      noRule: t('training:deck.noRule'),
      noOutcome: t('rules:noOutcome'),
      whatToDo: t('common:label.whatToDo'),
      ourReading: t('common:label.ourReading'),
      changesHeading: t('changes:heading'),
      labelled: t.template('common:punctuation.labelled'),
      seedCitation: seedCitationStrings(lang),
    },
  };
}

import {
  OUTCOME_IDS,
  QUESTION_IDS,
  STATUSES,
  type Language,
  type OutcomeId,
  type QuestionId,
  type Rule,
  type Situation,
  type SourceRef,
  type Status,
  type Verdict,
} from '../../../../core/index.ts';
import {
  MAX_SEED_LENGTH,
  TOPIC_IDS,
  deckSlides,
  trainingCards,
  type QuizQueryErrorCode,
  type TopicId,
} from '../../../../core/training.ts';
import { tFor } from '../../lib/i18n.ts';
import { clientSource } from '../../lib/island-props.ts';
import { changesFor, readingRules, type ChangeId } from '../../../../core/index.ts';
import { changeNote, type ChangeNote } from '../../../../locales/change-notes.ts';
import {
  answerKey,
  outcomeKey,
  readingKey,
  statusKey,
  verdictExplanationKey,
} from '../../../../locales/keys.ts';
import type { Template } from '../../../../locales/template.ts';
import type { DeckProps, QuizCard, QuizProps, SituationRow, TrainingSource } from './types.ts';

/**
 * Build-time props of the training islands and pages: every string resolved for one
 * language from the locales (rules, sources, trees, training), nothing restated.
 */

export function answerLabel(lang: Language, question: QuestionId, answer: string): string {
  return tFor(lang)(answerKey(question, answer));
}

export function situationRows(lang: Language, situation: Situation): SituationRow[] {
  const t = tFor(lang);
  return QUESTION_IDS.map((question) => ({
    question,
    label: t(`training:situation.${question}`),
    value: answerLabel(lang, question, situation[question]),
  }));
}

export function sourceKey(ref: SourceRef): string {
  return `${ref.seed}#${ref.part}`;
}

export function trainingSource(lang: Language, ref: SourceRef): TrainingSource {
  const { document, part, text, quote } = clientSource(lang, ref.seed, ref.part);
  return { document, part, text, quote };
}

export function readingOf(lang: Language, rule: Rule): string | undefined {
  return rule.reading ? tFor(lang)(readingKey(rule.id)) : undefined;
}

export function topicTitles(lang: Language): Record<TopicId, string> {
  const t = tFor(lang);
  return Object.fromEntries(TOPIC_IDS.map((id) => [id, t(`training:topic.${id}.title`)])) as Record<
    TopicId,
    string
  >;
}

export function statusTexts(
  lang: Language,
): Record<Status, { title: string; explanation: string }> {
  const t = tFor(lang);
  return Object.fromEntries(
    STATUSES.map((s) => [
      s,
      { title: t(statusKey(s, 'title')), explanation: t(statusKey(s, 'explanation')) },
    ]),
  ) as Record<Status, { title: string; explanation: string }>;
}

export function outcomeTexts(
  lang: Language,
): Record<OutcomeId, { title: string; explanation: string }> {
  const t = tFor(lang);
  return Object.fromEntries(
    OUTCOME_IDS.map((o) => [
      o,
      { title: t(outcomeKey(o, 'title')), explanation: t(outcomeKey(o, 'explanation')) },
    ]),
  ) as Record<OutcomeId, { title: string; explanation: string }>;
}

/** Everything the quiz island needs in one language: every card of every topic. */
export function quizProps(lang: Language): QuizProps {
  const t = tFor(lang);
  const sources: Record<string, TrainingSource> = {};
  const changes: Partial<Record<ChangeId, ChangeNote>> = {};
  const cards: QuizCard[] = trainingCards().map((card) => {
    const keys = card.verdict.sources.map((ref) => {
      const key = sourceKey(ref);
      sources[key] ??= trainingSource(lang, ref);
      return key;
    });
    // The readings of the rules that apply, and of those that explain what is missing.
    const readings = readingRules(card.situation).flatMap((r) => readingOf(lang, r) ?? []);
    const changeIds = changesFor(card.verdict, [card.situation]).map((change) => {
      changes[change.id] ??= changeNote(t, change);
      return change.id;
    });
    return {
      id: card.id,
      topics: card.topics,
      status: card.status,
      outcomes: card.outcomes,
      situation: situationRows(lang, card.situation),
      sources: keys,
      readings,
      changes: changeIds,
      ...explanationOf(lang, card.verdict),
    };
  });
  // Setting values are code, listed as they are typed, with the language's enumeration mark.
  const allowedTopics = TOPIC_IDS.join(t('common:punctuation.enumeration'));
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
      originalText: t('sources:originalText'),
      ourReading: t('common:label.ourReading'),
      ...punctuation(lang),
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
      changesHeading: t('changes:heading'),
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
    return { source: trainingSource(lang, rule.source), ...(reading ? { reading } : {}) };
  };
  if (slide.rules.length > 0) return [...slide.rules, ...explaining].map(entry);
  return slide.verdict.sources.map((ref) => {
    const rule = explaining.find(
      (r) => r.source.seed === ref.seed && r.source.part === ref.part && r.reading,
    );
    return rule ? entry(rule) : { source: trainingSource(lang, ref) };
  });
}

/** The class deck of one topic in one language. */
export function deckProps(lang: Language, topic: TopicId): DeckProps {
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
      changes: changesFor(slide.verdict, [slide.situation, ...slide.alsoFor]).map((change) =>
        changeNote(t, change),
      ),
    },
  }));
  return {
    lang,
    slides,
    strings: {
      title: t('training:deck.title', { topic: t(`training:topic.${topic}.title`) }),
      slide: t.template('training:deck.slide'),
      prompt: t('training:deck.prompt'),
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
      elapsed: t('training:deck.elapsed'),
      resetTimer: t('training:deck.resetTimer'),
      alsoFor: t('training:deck.alsoFor'),
      path: t('common:punctuation.path'),
      contrast: t('training:deck.contrast'),
      rules: t('training:deck.rules'),
      noRule: t('training:deck.noRule'),
      noOutcome: t('rules:noOutcome'),
      whatToDo: t('common:label.whatToDo'),
      ourReading: t('common:label.ourReading'),
      originalText: t('sources:originalText'),
      changesHeading: t('changes:heading'),
      ...punctuation(lang),
    },
  };
}

/** Templates for text put together in an island: a label before its text, a citation. */
function punctuation(lang: Language): { labelled: Template; citation: Template } {
  const t = tFor(lang);
  return {
    labelled: t.template('common:punctuation.labelled'),
    citation: t.template('common:punctuation.citation'),
  };
}

/** The verdict's own explanation where its status's would mislead (`verdictExplanationKey`). */
function explanationOf(lang: Language, verdict: Verdict): { explanation?: string } {
  const key = verdictExplanationKey(verdict);
  return key ? { explanation: tFor(lang)(key) } : {};
}

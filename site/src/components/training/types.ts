import type { Language, OutcomeId, QuestionId, Status } from '../../../../core/index.ts';
import type { ChangeId } from '../../../../core/changes.ts';
import type { ChangeNote } from '../../../../locales/change-notes.ts';
import type { QuizCardData, TopicId } from '../../../../core/training-runtime.ts';
import type { Template } from '../../../../locales/template.ts';
import type { SeedCitationStrings, SeedPartView } from '../../../../locales/seed-citation-view.ts';
import type { CauseView } from '../../lib/troubleshoot-page.ts';

/**
 * Props of the training islands: plain data, every string resolved for one language at build
 * time (src/view-models/training.ts builds them). Nothing here imports i18next, the rules or a locale.
 */

/** A seed part as a trainee reads it: the one seed citation of every surface. */
export type TrainingSource = SeedPartView;

/** One answer of a situation, ready to show: "Service" – "License-based services". */
export interface SituationRow {
  question: QuestionId;
  label: string;
  value: string;
}

export interface QuizCard extends QuizCardData {
  situation: SituationRow[];
  /** Keys into `QuizProps.sources`. */
  sources: string[];
  /** Our readings of vague seed passages behind this card's verdict. */
  readings: string[];
  /** Keys into `QuizProps.changes`: what changed since the source for this card. */
  changes: ChangeId[];
  /** The verdict's own explanation where it replaces the status's (21Vianet Azure). */
  explanation?: string;
  /**
   * Keys into `QuizProps.steps`: what the card's role does today for each of the source's
   * outcomes (its own step where it has one, `nextStepKey`), each once, in outcome order.
   */
  steps: string[];
}

export interface QuizStrings {
  setupHeading: string;
  /** The participant's name on a printed result. */
  participant: string;
  date: string;
  seed: string;
  /** With {{max}}. */
  seedHint: string;
  count: string;
  /** With {{max}}. */
  countHint: Template;
  topics: string;
  start: string;
  shareLink: string;
  errorHeading: string;
  /** Templates per error code, with the code's placeholders. */
  errors: Record<string, Template>;
  /** The topic ids a quiz link may name, for `{{allowed}}`. */
  allowedTopics: string;
  /** The quiz's setting names, as typed in its address, as a list in the reader's language. */
  allowedSettings: string;
  /** For `{{max}}` in the seed error. */
  maxSeedLength: number;
  /** "Card {{number}} of {{total}}" */
  cardHeading: Template;
  statusQuestion: string;
  outcomesQuestion: string;
  check: string;
  next: string;
  previous: string;
  toResults: string;
  feedback: Record<'full' | 'partial' | 'none', string>;
  expected: string;
  missing: string;
  extra: string;
  noSteps: string;
  noOutcome: string;
  sources: string;
  /** Citation punctuation and "Original text (German)" for `SeedCitation`. */
  seedCitation: SeedCitationStrings;
  ourReading: string;
  /** "{{label}}: {{text}}" in the reader's punctuation. */
  labelled: Template;
  /** "{{answered}} of {{total}} answered" */
  answered: Template;
  saved: string;
  reset: string;
  resetConfirm: string;
  resultsHeading: string;
  topic: string;
  full: string;
  partial: string;
  none: string;
  open: string;
  points: string;
  /** "{{points}} of {{max}}" */
  pointsValue: Template;
  total: string;
  rule: string;
  print: string;
  copy: string;
  copied: string;
  copyFailed: string;
  summaryTitle: string;
  /** "Quiz: {{url}}" */
  summaryQuiz: Template;
  /** One topic's line of the copied summary: counts and points, one sentence per language. */
  summaryRow: Template;
  changesHeading: string;
  /** Heading of the card's steps for its role today, beside the source's answer. */
  todaySteps: string;
}

export interface QuizProps {
  lang: Language;
  cards: QuizCard[];
  topics: Record<TopicId, string>;
  statuses: Record<Status, { title: string; explanation: string }>;
  outcomes: Record<OutcomeId, { title: string; explanation: string }>;
  sources: Record<string, TrainingSource>;
  changes: Partial<Record<ChangeId, ChangeNote>>;
  /** The step texts the cards name, by locale key (a step is shared by many cards). */
  steps: Record<string, string>;
  strings: QuizStrings;
}

export interface DeckRule {
  source: TrainingSource;
  reading?: string;
}

export interface DeckSlideData {
  id: string;
  situation: SituationRow[];
  status: { id: Status; title: string; explanation: string };
  outcomes: { title: string; explanation: string }[];
  notes: {
    /** The other situations with the same answer, each as its answer labels. */
    alsoFor: string[][];
    rules: DeckRule[];
    /** Another answer to the topic's focus question, and what the source then says. */
    contrasts: { answer: string; status: string; outcomes: string[] }[];
    /** What changed since the source for this slide's verdict. */
    changes: ChangeNote[];
  };
}

/** What every class deck says around its slides: stepping, full screen, the presenter window. */
export interface DeckFrameStrings {
  title: string;
  /** "Slide {{number}} of {{total}}" */
  slide: Template;
  /** The question put to the class under each slide. */
  prompt: string;
  reveal: string;
  hide: string;
  notes: string;
  showNotes: string;
  hideNotes: string;
  previous: string;
  next: string;
  fullscreen: string;
  exitFullscreen: string;
  keys: string;
  presenter: string;
  presenterOpen: string;
  /** "Presenter view: {{deck}}", the presenter window's title. */
  presenterTitle: Template;
  presenterIntro: string;
  presenterBlocked: string;
  current: string;
  upNext: string;
  lastSlide: string;
  /** "Time since the start: {{time}}", the presenter's timer. */
  elapsed: Template;
  resetTimer: string;
}

/** A topic's deck, whose slides are situations and their verdicts. */
export interface DeckStrings extends DeckFrameStrings {
  alsoFor: string;
  contrast: string;
  rules: string;
  noRule: string;
  noOutcome: string;
  whatToDo: string;
  ourReading: string;
  changesHeading: string;
  /** "{{label}}: {{text}}" in the reader's punctuation. */
  labelled: Template;
  /** Citation punctuation and "Original text (German)" for `SeedCitation`. */
  seedCitation: SeedCitationStrings;
  /** The separator between the parts of a path (" · "), in the reader's punctuation. */
  path: string;
}

/**
 * A slide of the deck on acceptance problems: the link, the customer's cloud and what is seen;
 * the answer is the cause, what to do and who can do it.
 */
export interface CauseSlideData {
  id: string;
  /** Each a question of the troubleshooting tree and its answer, then what is seen. */
  situation: { label: string; value: string }[];
  cause: CauseView;
  /** The titles of the causes most like this one, each a list item of its own. */
  confusedWith: string[];
  /** The troubleshooting step a trainer opens to show the cause. */
  stepHref: string;
}

export interface CauseDeckStrings extends DeckFrameStrings {
  do: string;
  who: string;
  tell: string;
  sources: string;
  confusedWith: string;
  openStep: string;
}

/** The deck of a training topic, its slides verdicts. */
export interface VerdictDeckProps {
  kind: 'verdict';
  lang: Language;
  slides: DeckSlideData[];
  strings: DeckStrings;
}

/** The deck on acceptance problems, its slides causes. */
export interface CauseDeckProps {
  kind: 'cause';
  lang: Language;
  slides: CauseSlideData[];
  strings: CauseDeckStrings;
}

/** A class deck: the same island shows either kind of slide. */
export type DeckProps = VerdictDeckProps | CauseDeckProps;

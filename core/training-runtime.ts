import { OUTCOME_IDS, STATUSES, type OutcomeId, type Status } from './verdict.ts';

/**
 * The part of the training logic that runs in the browser (the quiz island): seeded shuffle,
 * quiz URL parsing, drawing cards, checking answers, scoring and saved progress.
 *
 * It imports nothing but the small status and outcome lists, so the quiz page does not ship
 * the rules, the seed quotes or the tree builder: cards are built at build time by
 * `training.ts` (which re-exports everything here) and reach the island as plain data.
 */

/** Training topics, in the order they are listed, drawn and scored. Defined in `training.ts`. */
export const TOPIC_IDS = ['license-vs-usage', 'indirect-roles', '21vianet', 'edge-cases'] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export function isTopicId(value: unknown): value is TopicId {
  return (TOPIC_IDS as readonly unknown[]).includes(value);
}

// ── Seeded random numbers ─────────────────────────────────────────────────────────────

/** mulberry32: a tiny 32-bit PRNG, good enough to shuffle cards, identical in every engine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the UTF-16 code units: turns a quiz seed (text) into a PRNG seed. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Fisher–Yates shuffle into a new array; `random` returns numbers in [0, 1). */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

// ── Quiz configuration from the URL ───────────────────────────────────────────────────

/**
 * `?seed=class-7&count=12&topics=21vianet,edge-cases`. Absent parameters take the documented
 * defaults below (a fresh random seed, DEFAULT_COUNT or fewer, every topic) and the page writes
 * them into the URL, so the quiz can always be shared as shown. A parameter that is present but
 * not valid is an error that names what is allowed; it is never replaced by a default.
 */
export const QUIZ_PARAMETERS = ['seed', 'count', 'topics'] as const;
export type QuizParameter = (typeof QUIZ_PARAMETERS)[number];
export const DEFAULT_COUNT = 10;
export const MAX_SEED_LENGTH = 32;
/** Letters, digits and hyphens; case does not matter (`Class-7` is the quiz `class-7`). */
const SEED_PATTERN = /^[a-z0-9-]+$/;

export interface QuizConfig {
  seed: string;
  count: number;
  topics: TopicId[];
}

export type QuizQueryError =
  | { code: 'unknown-parameter'; param: string; value: string }
  | { code: 'repeated-parameter'; param: QuizParameter; value: string }
  | { code: 'seed-invalid'; param: 'seed'; value: string }
  | { code: 'count-not-a-whole-number'; param: 'count'; value: string; max: number }
  | { code: 'count-out-of-range'; param: 'count'; value: string; max: number }
  | { code: 'topic-unknown'; param: 'topics'; value: string; topic: string }
  | { code: 'topics-empty'; param: 'topics'; value: string };

export type QuizQueryErrorCode = QuizQueryError['code'];

/** What the user typed, per parameter, exactly (for the form that lets them fix it). */
export type RawQuizQuery = Partial<Record<QuizParameter, string>>;

export type QuizQueryResult =
  | { ok: true; config: QuizConfig; raw: RawQuizQuery; defaulted: QuizParameter[] }
  | { ok: false; errors: QuizQueryError[]; raw: RawQuizQuery };

/** The card data the browser needs: no text, the island gets that resolved. */
export interface QuizCardData {
  /** `cloud.origin.service.role`, stable: used in saved progress. */
  id: string;
  /** Every topic whose predicate holds, in TOPIC_IDS order (never empty). */
  topics: readonly TopicId[];
  status: Status;
  /** In OUTCOME_IDS order. */
  outcomes: readonly OutcomeId[];
}

/** How many cards the chosen topics hold. */
export function poolSize(cards: readonly QuizCardData[], topics: readonly TopicId[]): number {
  return cards.filter((card) => card.topics.some((t) => topics.includes(t))).length;
}

/**
 * Reads the quiz configuration from a query string (`location.search`, with or without `?`).
 * `randomSeed` supplies the seed when the URL has none.
 */
export function parseQuizQuery(
  search: string,
  cards: readonly QuizCardData[],
  randomSeed: () => string,
): QuizQueryResult {
  const params = new URLSearchParams(search);
  const raw: RawQuizQuery = {};
  const errors: QuizQueryError[] = [];
  const seen = new Set<string>();
  for (const [param, value] of params) {
    if (!(QUIZ_PARAMETERS as readonly string[]).includes(param)) {
      errors.push({ code: 'unknown-parameter', param, value });
      continue;
    }
    const known = param as QuizParameter;
    if (seen.has(param)) {
      errors.push({ code: 'repeated-parameter', param: known, value });
      continue;
    }
    seen.add(param);
    raw[known] = value;
  }

  const defaulted: QuizParameter[] = [];

  let seed: string | undefined;
  if (raw.seed === undefined) {
    seed = randomSeed();
    defaulted.push('seed');
  } else {
    const folded = raw.seed.trim().toLowerCase();
    if (folded.length > 0 && folded.length <= MAX_SEED_LENGTH && SEED_PATTERN.test(folded)) {
      seed = folded;
    } else {
      errors.push({ code: 'seed-invalid', param: 'seed', value: raw.seed });
    }
  }

  let topics: TopicId[] | undefined;
  if (raw.topics === undefined) {
    topics = [...TOPIC_IDS];
    defaulted.push('topics');
  } else {
    const items = raw.topics
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
    const unknown = items.filter((item) => !isTopicId(item));
    for (const topic of unknown) {
      errors.push({ code: 'topic-unknown', param: 'topics', value: raw.topics, topic });
    }
    if (items.length === 0) {
      errors.push({ code: 'topics-empty', param: 'topics', value: raw.topics });
    } else if (unknown.length === 0) {
      // Listed order does not matter: topics are always drawn and scored in TOPIC_IDS order.
      topics = TOPIC_IDS.filter((id) => items.includes(id));
    }
  }

  // Count is checked against the chosen topics, or against all of them when those are wrong.
  const max = poolSize(cards, topics ?? TOPIC_IDS);
  let count: number | undefined;
  if (raw.count === undefined) {
    count = Math.min(DEFAULT_COUNT, max);
    defaulted.push('count');
  } else {
    const text = raw.count.trim();
    if (!/^\d+$/.test(text)) {
      errors.push({ code: 'count-not-a-whole-number', param: 'count', value: raw.count, max });
    } else if (Number(text) < 1 || Number(text) > max) {
      errors.push({ code: 'count-out-of-range', param: 'count', value: raw.count, max });
    } else {
      count = Number(text);
    }
  }

  if (errors.length > 0 || seed === undefined || count === undefined || topics === undefined) {
    return { ok: false, errors, raw };
  }
  return { ok: true, config: { seed, count, topics }, raw, defaulted };
}

/** The canonical query string of a quiz (`seed=…&count=…&topics=…`), without `?`. */
export function quizQuery(config: QuizConfig): string {
  const params = new URLSearchParams({
    seed: config.seed,
    count: String(config.count),
    topics: config.topics.join(','),
  });
  // Commas are safe in a query; keep them readable for trainers who type URLs.
  return params.toString().replace(/%2C/g, ',');
}

/** A fresh seed for a quiz without one: six base-36 characters. */
export function randomSeed(random: () => number = Math.random): string {
  let seed = '';
  for (let i = 0; i < 6; i++) seed += Math.floor(random() * 36).toString(36);
  return seed;
}

// ── Drawing a quiz ────────────────────────────────────────────────────────────────────

export interface DrawnCard<C extends QuizCardData = QuizCardData> {
  card: C;
  /** The topic this card counts for: the first chosen topic it belongs to. */
  topic: TopicId;
}

/**
 * The cards of a quiz, in order. Each chosen topic's cards are shuffled with the seeded PRNG,
 * taken in turn from each topic (so every chosen topic is represented when there are enough
 * cards), and the selection is shuffled once more. Same cards, seed, count and topics: same
 * quiz, in every browser.
 */
export function drawQuiz<C extends QuizCardData>(
  cards: readonly C[],
  config: QuizConfig,
): DrawnCard<C>[] {
  const random = mulberry32(hashSeed(config.seed));
  const byTopic = config.topics.map((topic) =>
    shuffle(
      cards.filter((card) => card.topics.find((t) => config.topics.includes(t)) === topic),
      random,
    ).map((card) => ({ card, topic })),
  );
  const picked: DrawnCard<C>[] = [];
  for (let round = 0; picked.length < config.count; round++) {
    let tookAny = false;
    for (const pile of byTopic) {
      const next = pile[round];
      if (next && picked.length < config.count) {
        picked.push(next);
        tookAny = true;
      }
    }
    if (!tookAny) break;
  }
  return shuffle(picked, random);
}

// ── Answers and scores ────────────────────────────────────────────────────────────────

export interface QuizAnswer {
  status: Status;
  outcomes: readonly OutcomeId[];
}

/**
 * Credit for one card. The rule, as trainees read it on the quiz page:
 * - `full`: the status is right and the chosen outcomes are exactly the expected ones;
 * - `partial`: the status is right but an outcome is missing or one too many is chosen;
 * - `none`: the status is wrong (the outcomes then do not count: they follow from the status).
 * Full credit is worth 2 points, partial 1, none 0.
 */
export type Credit = 'full' | 'partial' | 'none';
export const CREDIT_POINTS: Record<Credit, number> = { full: 2, partial: 1, none: 0 };
export const MAX_POINTS_PER_CARD = CREDIT_POINTS.full;

export interface AnswerCheck {
  credit: Credit;
  statusCorrect: boolean;
  /** Expected outcomes the answer left out, in OUTCOME_IDS order. */
  missing: OutcomeId[];
  /** Outcomes the answer chose that the source does not give, in OUTCOME_IDS order. */
  extra: OutcomeId[];
}

export function checkAnswer(expected: QuizAnswer, answer: QuizAnswer): AnswerCheck {
  const statusCorrect = expected.status === answer.status;
  const missing = OUTCOME_IDS.filter(
    (id) => expected.outcomes.includes(id) && !answer.outcomes.includes(id),
  );
  const extra = OUTCOME_IDS.filter(
    (id) => answer.outcomes.includes(id) && !expected.outcomes.includes(id),
  );
  const credit: Credit = !statusCorrect
    ? 'none'
    : missing.length === 0 && extra.length === 0
      ? 'full'
      : 'partial';
  return { credit, statusCorrect, missing, extra };
}

export interface TopicScore {
  topic: TopicId;
  cards: number;
  answered: number;
  full: number;
  partial: number;
  none: number;
  points: number;
  /** Points possible for the cards of this topic in the quiz (answered or not). */
  maxPoints: number;
}

/** Scores per chosen topic (a topic without cards in the quiz is left out), then in total. */
export function scoreQuiz(
  drawn: readonly DrawnCard[],
  answers: Readonly<Record<string, QuizAnswer>>,
): { topics: TopicScore[]; total: Omit<TopicScore, 'topic'> } {
  const empty = () => ({
    cards: 0,
    answered: 0,
    full: 0,
    partial: 0,
    none: 0,
    points: 0,
    maxPoints: 0,
  });
  const byTopic = new Map<TopicId, TopicScore>();
  const total = empty();
  for (const { card, topic } of drawn) {
    let score = byTopic.get(topic);
    if (!score) byTopic.set(topic, (score = { topic, ...empty() }));
    for (const s of [score, total]) {
      s.cards++;
      s.maxPoints += MAX_POINTS_PER_CARD;
    }
    const answer = answers[card.id];
    if (!answer) continue;
    const { credit } = checkAnswer(card, answer);
    for (const s of [score, total]) {
      s.answered++;
      s[credit]++;
      s.points += CREDIT_POINTS[credit];
    }
  }
  const topics = TOPIC_IDS.flatMap((id) => byTopic.get(id) ?? []);
  return { topics, total };
}

// ── Saved progress ────────────────────────────────────────────────────────────────────

/**
 * Progress is kept per quiz (seed, count and topics), not per language: a trainee who
 * switches language keeps their answers. Version 1 of the stored format.
 */
export function progressKey(config: QuizConfig): string {
  return `csp-guide:training:quiz:v1:${quizQuery(config)}`;
}

export interface QuizProgress {
  answers: Record<string, QuizAnswer>;
}

export function serializeProgress(progress: QuizProgress): string {
  return JSON.stringify({ v: 1, answers: progress.answers });
}

/**
 * Reads stored progress. Anything unreadable (another version, edited by hand, a card that
 * no longer exists) is dropped: stored progress is ours, not something the user typed.
 */
export function parseProgress(text: string | null, cards: readonly QuizCardData[]): QuizProgress {
  const answers: Record<string, QuizAnswer> = {};
  if (!text) return { answers };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { answers };
  }
  if (typeof data !== 'object' || data === null) return { answers };
  const record = data as { v?: unknown; answers?: unknown };
  if (record.v !== 1 || typeof record.answers !== 'object' || record.answers === null) {
    return { answers };
  }
  for (const [id, value] of Object.entries(record.answers as Record<string, unknown>)) {
    if (!cards.some((card) => card.id === id)) continue;
    const answer = value as { status?: unknown; outcomes?: unknown };
    if (!(STATUSES as readonly unknown[]).includes(answer?.status)) continue;
    if (!Array.isArray(answer.outcomes)) continue;
    const outcomes = OUTCOME_IDS.filter((o) => (answer.outcomes as unknown[]).includes(o));
    answers[id] = { status: answer.status as Status, outcomes };
  }
  return { answers };
}

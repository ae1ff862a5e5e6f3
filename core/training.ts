import { applicableRules, evaluate } from './evaluate.ts';
import { RULES, type Rule } from './rules.ts';
import { SCENARIOS, type ScenarioId } from './scenarios.ts';
import {
  CLOUDS,
  ORIGINS,
  QUESTIONS,
  SERVICES,
  ROLES,
  allSituations,
  type Cloud,
  type Origin,
  type QuestionId,
  type Role,
  type Service,
  type Situation,
} from './situation.ts';
import { OUTCOME_IDS, sameVerdict, verdictKey, type OutcomeId, type Verdict } from './verdict.ts';
import { TOPIC_IDS, type QuizCardData, type TopicId } from './training-runtime.ts';

/**
 * Training mode, built from the rules: quiz cards, topics, class decks, handout contents and
 * cheat sheets. Nothing here restates a rule; every answer comes from `evaluate()`.
 * The browser part (shuffle, URL parsing, scoring) is in `training-runtime.ts`, re-exported.
 */
export * from './training-runtime.ts';

// ── Topics ────────────────────────────────────────────────────────────────────────────

export interface Topic {
  id: TopicId;
  /** The question whose answer the topic teaches to tell apart; decks contrast its answers. */
  focus: QuestionId;
  /** True for the situations the topic's cards are drawn from. */
  includes(situation: Situation, verdict: Verdict): boolean;
}

/** True when another answer to `question` gives another verdict. */
function answerMatters(situation: Situation, verdict: Verdict, question: QuestionId): boolean {
  return QUESTIONS[question].some(
    (answer) =>
      answer !== situation[question] &&
      !sameVerdict(evaluate({ ...situation, [question]: answer }), verdict),
  );
}

/** Origins some rule of this cloud names: the cases the cloud's seed speaks of. */
function originsNamedBy(cloud: Cloud): Origin[] {
  return ORIGINS.filter((origin) =>
    RULES.some((rule) => rule.cloud === cloud && rule.when.origin?.includes(origin)),
  );
}

export const TOPICS: readonly Topic[] = [
  {
    // Global Partner Center, for a direct partner (the role has its own topic): the cases
    // where license-based and usage-based services lead to different answers.
    id: 'license-vs-usage',
    focus: 'service',
    includes: (s, v) =>
      s.cloud === 'global' && s.role === 'direct' && answerMatters(s, v, 'service'),
  },
  {
    // Global Partner Center: the cases where being a direct partner, an indirect provider or
    // an indirect reseller changes what to do.
    id: 'indirect-roles',
    focus: 'role',
    includes: (s, v) => s.cloud === 'global' && answerMatters(s, v, 'role'),
  },
  {
    // Partner Center operated by 21Vianet: the purchase channels its seed names, both
    // services, every role. (Other channels there are not covered: see edge-cases.)
    id: '21vianet',
    focus: 'service',
    includes: (s) => s.cloud === '21vianet' && originsNamedBy('21vianet').includes(s.origin),
  },
  {
    // Edge cases: Syndication partners, another CSP partner, and cases the seeds do not
    // cover. A not-covered verdict never depends on the role (tested), so those cards are
    // shown for a direct partner only instead of three identical ones.
    id: 'edge-cases',
    focus: 'origin',
    includes: (s, v) =>
      (s.cloud === 'global' &&
        (s.origin === 'syndication-partner' || s.origin === 'csp-partner')) ||
      (v.status === 'not-covered' && s.role === 'direct'),
  },
] satisfies readonly Topic[];

export function topic(id: TopicId): Topic {
  const found = TOPICS.find((t) => t.id === id);
  if (!found)
    throw new TypeError(`Unknown topic "${String(id)}". Allowed: ${TOPIC_IDS.join(', ')}.`);
  return found;
}

// ── Cards ─────────────────────────────────────────────────────────────────────────────

/** A quiz card: one situation, its verdict and the rules behind it. */
export interface TrainingCard extends QuizCardData {
  situation: Situation;
  verdict: Verdict;
  /** Ids of the rules that apply, in the order they are written. */
  ruleIds: string[];
}

export function cardId(situation: Situation): string {
  return `${situation.cloud}.${situation.origin}.${situation.service}.${situation.role}`;
}

let cachedCards: TrainingCard[] | undefined;

/** Every card of every topic, in `allSituations()` order. */
export function trainingCards(): TrainingCard[] {
  return (cachedCards ??= allSituations().flatMap((situation) => {
    const verdict = evaluate(situation);
    const topics = TOPICS.filter((t) => t.includes(situation, verdict)).map((t) => t.id);
    if (topics.length === 0) return [];
    return [
      {
        id: cardId(situation),
        situation,
        verdict,
        topics,
        status: verdict.status,
        outcomes: verdict.outcomes,
        ruleIds: applicableRules(situation).map((r) => r.id),
      },
    ];
  }));
}

/** The cards of one topic. */
export function topicCards(id: TopicId): TrainingCard[] {
  return trainingCards().filter((card) => card.topics.includes(id));
}

// ── Class deck ────────────────────────────────────────────────────────────────────────

/** How the verdict changes with another answer to the topic's focus question. */
export interface Contrast {
  question: QuestionId;
  answer: string;
  verdict: Verdict;
}

export interface DeckSlide {
  /** The representative card's id. */
  id: string;
  situation: Situation;
  verdict: Verdict;
  /** Other situations of the topic with exactly the same verdict (same answer, same source). */
  alsoFor: Situation[];
  /** The rules behind the verdict: the speaker notes read them out with their readings. */
  rules: Rule[];
  /** Other answers to the topic's focus question that change the verdict. */
  contrasts: Contrast[];
}

/**
 * The slides of a topic's class deck: one per distinct verdict in the topic (a class does
 * not need six slides that say the same thing), shown with its first situation in question
 * order; the others are named in the speaker notes.
 */
export function deckSlides(id: TopicId): DeckSlide[] {
  const { focus } = topic(id);
  const groups = new Map<string, TrainingCard[]>();
  for (const card of topicCards(id)) {
    const key = verdictKey(card.verdict);
    groups.set(key, [...(groups.get(key) ?? []), card]);
  }
  return [...groups.values()].map(([first, ...rest]) => {
    const { situation, verdict } = first!;
    const contrasts = QUESTIONS[focus]
      .filter((answer) => answer !== situation[focus])
      .map((answer) => ({
        question: focus,
        answer,
        verdict: evaluate({ ...situation, [focus]: answer }),
      }))
      .filter((c) => !sameVerdict(c.verdict, verdict));
    return {
      id: first!.id,
      situation,
      verdict,
      alsoFor: rest.map((card) => card.situation),
      rules: applicableRules(situation),
      contrasts,
    };
  });
}

// ── Handouts ──────────────────────────────────────────────────────────────────────────

/** The rules a decision tree rests on: every rule that applies to one of its situations. */
export function handoutRules(scenario: ScenarioId): Rule[] {
  const found = SCENARIOS.find((s) => s.id === scenario);
  if (!found) {
    throw new TypeError(
      `Unknown scenario "${String(scenario)}". Allowed: ${SCENARIOS.map((s) => s.id).join(', ')}.`,
    );
  }
  const origins: readonly Origin[] = found.origins;
  const situations = allSituations().filter((s) => origins.includes(s.origin));
  return RULES.filter((rule) => situations.some((s) => applicableRules(s, [rule]).length > 0));
}

/** One cell of a cheat sheet: the verdict for a group of origins and one service. */
export interface CheatSheetCell {
  service: Service;
  status: Verdict['status'];
  /** Outcomes for every role. */
  outcomes: OutcomeId[];
  /** Further outcomes for one role only (indirect roles), in ROLES order; empty lists left out. */
  byRole: { role: Role; outcomes: OutcomeId[] }[];
  sources: Verdict['sources'];
}

export interface CheatSheetRow {
  /** Origins with the same status and steps for every service and role, in ORIGINS order. */
  origins: Origin[];
  cells: CheatSheetCell[];
}

/**
 * A one-page summary of a cloud: one row per group of purchase channels that get the same
 * status and steps (their sources merged), one column per service; outcomes that only some roles get are listed per role.
 */
export function cheatSheet(cloud: Cloud): CheatSheetRow[] {
  const cellsFor = (origin: Origin): CheatSheetCell[] =>
    SERVICES.map((service) => {
      const verdicts = ROLES.map((role) => ({
        role,
        verdict: evaluate({ cloud, origin, service, role }),
      }));
      const [first] = verdicts;
      const common = OUTCOME_IDS.filter((o) =>
        verdicts.every((v) => v.verdict.outcomes.includes(o)),
      );
      const sources = verdicts
        .flatMap((v) => v.verdict.sources)
        .filter((s, i, all) => all.findIndex((o) => o.seed === s.seed && o.part === s.part) === i);
      return {
        service,
        status: first!.verdict.status,
        outcomes: common,
        byRole: verdicts
          .map(({ role, verdict }) => ({
            role,
            outcomes: verdict.outcomes.filter((o) => !common.includes(o)),
          }))
          .filter((r) => r.outcomes.length > 0),
        sources,
      };
    });
  const rows: CheatSheetRow[] = [];
  const keys = new Map<string, CheatSheetRow>();
  for (const origin of ORIGINS) {
    const cells = cellsFor(origin);
    // Channels with the same status and steps share a row; their sources are merged.
    const key = JSON.stringify(cells.map((cell) => ({ ...cell, sources: undefined })));
    const row = keys.get(key);
    if (!row) {
      const fresh = { origins: [origin], cells };
      keys.set(key, fresh);
      rows.push(fresh);
      continue;
    }
    row.origins.push(origin);
    row.cells.forEach((cell, i) => {
      for (const source of cells[i]!.sources) {
        if (!cell.sources.some((s) => s.seed === source.seed && s.part === source.part)) {
          cell.sources.push(source);
        }
      }
    });
  }
  return rows;
}

/** Clouds in the order handouts list them. */
export const HANDOUT_CLOUDS: readonly Cloud[] = CLOUDS;

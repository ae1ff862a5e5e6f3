import { applicableRules, evaluate } from './evaluate.ts';
import { RULES, type Rule } from './rules.ts';
import { SCENARIOS, type ScenarioId } from './scenarios.ts';
import { compareSeedParts } from './seeds.ts';
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
import {
  ACCEPTANCE_CAUSES,
  CAUSE_IDS,
  type AcceptanceCause,
  type CauseId,
} from './acceptance-causes.ts';
import {
  causeLeaves,
  troubleshootNodeId,
  troubleshootTree,
  type TroubleshootCauseNode,
  type TroubleshootStep,
} from './troubleshoot-tree.ts';

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
  // A cell cites its parts in the order the document has them, not in the order they came in.
  for (const row of rows) for (const cell of row.cells) cell.sources.sort(compareSeedParts);
  return rows;
}

/** Clouds in the order handouts list them. */
export const HANDOUT_CLOUDS: readonly Cloud[] = CLOUDS;

// ── Acceptance problems ("my customer can't accept") ──────────────────────────────────

/**
 * The training topic on acceptance problems, built from the causes (`acceptance-causes.ts`)
 * and the troubleshooting tree, like the other topics from the rules: nothing is restated.
 * Its quiz and deck are pages of their own (`/<lng>/training/acceptance/…`): the answer is a
 * cause, not a verdict.
 */
export const ACCEPTANCE_TOPIC = 'acceptance';

/**
 * A quiz card: the link and the customer's cloud, and what the customer or partner sees (the
 * cause's `sees` text); the reader picks the cause. The answers about how far the customer
 * got and what they saw are left out: they would name the cause.
 */
export interface AcceptanceQuizCard {
  /** The tree step the card is drawn from (its first path to the cause). */
  id: string;
  context: readonly TroubleshootStep[];
  cause: CauseId;
  /** The cause and the causes it is most easily confused with, in the causes' order. */
  options: CauseId[];
}

/**
 * What a card or slide shows of a path to a cause: the link and the customer's cloud. How far
 * the customer got and what they saw are left out: they would name the cause.
 */
function situationSteps(leaf: TroubleshootCauseNode): readonly TroubleshootStep[] {
  return leaf.steps.filter((s) => s.question !== 'stage' && s.question !== 'sign');
}

/** The causes one question away from a step: the other leaves under the same question. */
function neighbours(leaf: TroubleshootCauseNode): CauseId[] {
  const tree = troubleshootTree();
  for (let depth = leaf.steps.length - 1; depth >= 0; depth--) {
    const parentId = troubleshootNodeId(leaf.steps.slice(0, depth));
    const below = tree.nodes.filter(
      (n): n is TroubleshootCauseNode =>
        n.kind === 'cause' && n.id.startsWith(parentId === 'start' ? '' : `${parentId}.`),
    );
    const others = [...new Set(below.map((n) => n.cause))].filter((c) => c !== leaf.cause);
    if (others.length >= 2 || depth === 0) return others;
  }
  return [];
}

/** At most this many options a card: the cause and three it is easily confused with. */
export const ACCEPTANCE_OPTIONS = 4;

/** One card per cause, in the causes' order. */
export function acceptanceQuizCards(): AcceptanceQuizCard[] {
  return CAUSE_IDS.map((cause) => {
    const leaf = causeLeaves(cause)[0]!;
    const confused = neighbours(leaf).slice(0, ACCEPTANCE_OPTIONS - 1);
    return {
      id: leaf.id,
      context: situationSteps(leaf),
      cause,
      options: CAUSE_IDS.filter((c) => c === cause || confused.includes(c)),
    };
  });
}

/** A slide of the class deck: one cause, with what it is easily confused with. */
export interface AcceptanceSlide {
  cause: AcceptanceCause;
  /** Paths through the tree that end in this cause. */
  paths: number;
  /** The tree step a trainer opens to show it. */
  step: string;
  /** The link and the customer's cloud on that step's path, as on the quiz card. */
  context: readonly TroubleshootStep[];
  confusedWith: CauseId[];
}

export function acceptanceDeckSlides(): AcceptanceSlide[] {
  return ACCEPTANCE_CAUSES.map((cause) => {
    const leaves = causeLeaves(cause.id);
    return {
      cause,
      paths: leaves.length,
      step: leaves[0]!.id,
      context: situationSteps(leaves[0]!),
      confusedWith: neighbours(leaves[0]!).slice(0, ACCEPTANCE_OPTIONS - 1),
    };
  });
}

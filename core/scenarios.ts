import type { Origin, QuestionId } from './situation.ts';

/**
 * Channel scenarios: the purchase channels of the seeds, grouped the way a partner thinks of
 * them ("where did the customer buy what they have?"). One decision tree each. Together they
 * cover every origin exactly once (checked by the tests).
 */
export interface Scenario {
  /** Stable id, used in URLs and locale keys (`trees.scenario.<id>`). */
  id: string;
  origins: readonly Origin[];
  /** Questions in asking order. Questions whose answer cannot change the verdict are skipped. */
  questions: readonly QuestionId[];
  /**
   * Questions whose general hint this scenario replaces with its own
   * (`trees:scenarioQuestion.<id>.<question>`): where an answer ends in a dead end, the hint
   * says why before the reader chooses; where answers are easy to confuse, it says how to
   * tell them apart.
   */
  questionHints?: readonly QuestionId[];
}

export const SCENARIOS = [
  {
    id: 'microsoft-programs',
    origins: ['microsoft-direct', 'advisor', 'open', 'ea'],
    questions: ['cloud', 'origin', 'service', 'role'],
  },
  {
    id: 'former-advisor',
    origins: ['former-advisor-self'],
    questions: ['cloud', 'service', 'role'],
  },
  {
    id: 'other-sellers',
    origins: ['third-party', 'syndication-partner'],
    questions: ['cloud', 'origin', 'service', 'role'],
    // How to tell a third party from a Syndication partner.
    questionHints: ['origin'],
  },
  {
    id: 'csp-partner',
    origins: ['csp-partner'],
    questions: ['cloud', 'service', 'role'],
  },
  {
    id: '21vianet',
    origins: ['21vianet'],
    questions: ['cloud', 'service', 'role'],
    // Global Partner Center is a dead end here (its seed does not speak of 21Vianet): say so.
    questionHints: ['cloud'],
  },
] as const satisfies readonly Scenario[];

export type ScenarioId = (typeof SCENARIOS)[number]['id'];

export const SCENARIO_IDS = /* @__PURE__ */ SCENARIOS.map((s) => s.id) as ScenarioId[];

/** The scenario an origin belongs to. */
export function scenarioForOrigin(origin: Origin): Scenario & { id: ScenarioId } {
  const scenario = SCENARIOS.find((s) => (s.origins as readonly Origin[]).includes(origin));
  if (!scenario) throw new TypeError(`No scenario covers origin "${origin}".`);
  return scenario;
}

/** The questions whose hint a scenario replaces with its own (see `Scenario.questionHints`). */
export function scenarioQuestionHints(id: ScenarioId): readonly QuestionId[] {
  const scenario: Scenario | undefined = SCENARIOS.find((s) => s.id === id);
  return scenario?.questionHints ?? [];
}

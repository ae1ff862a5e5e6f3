import { RULES, type Rule } from './rules.ts';
import { SCOPE_PART, seedForCloud } from './seeds.ts';
import { assertSituation, type Situation } from './situation.ts';
import { OUTCOME_IDS, type SourceRef, type Status, type Verdict } from './verdict.ts';

/** True when `rule` speaks of `situation`. */
export function ruleApplies(rule: Rule, situation: Situation): boolean {
  if (rule.cloud !== situation.cloud) return false;
  const { origin, service, role } = rule.when;
  return (
    (origin === undefined || origin.includes(situation.origin)) &&
    (service === undefined || service.includes(situation.service)) &&
    (role === undefined || role.includes(situation.role))
  );
}

/** The rules that apply to a situation, in the order they are written. */
export function applicableRules(situation: Situation, rules: readonly Rule[] = RULES): Rule[] {
  return rules.filter((rule) => ruleApplies(rule, situation));
}

/**
 * What the seeds say for one situation. Throws a TypeError naming the field and the
 * allowed values when an answer is missing or unknown.
 */
export function evaluate(situation: Situation, rules: readonly Rule[] = RULES): Verdict {
  assertSituation(situation);
  const applying = applicableRules(situation, rules);
  const statuses = new Set(applying.flatMap((rule) => (rule.status ? [rule.status] : [])));
  if (statuses.size > 1) {
    // A data error, caught by the tests for every situation; never a user's input error.
    throw new Error(
      `Rules disagree on the status of ${JSON.stringify(situation)}: ${[...statuses].join(', ')} (${applying.map((r) => r.id).join(', ')}).`,
    );
  }
  const [status] = statuses as Set<Status>;
  if (status === undefined) {
    return {
      status: 'not-covered',
      outcomes: [],
      sources: [{ seed: seedForCloud(situation.cloud).file, part: SCOPE_PART }],
    };
  }
  const outcomes = new Set(applying.flatMap((rule) => rule.outcomes));
  const sources: SourceRef[] = [];
  for (const { source } of applying) {
    if (!sources.some((s) => s.seed === source.seed && s.part === source.part)) {
      sources.push({ seed: source.seed, part: source.part });
    }
  }
  return { status, outcomes: OUTCOME_IDS.filter((id) => outcomes.has(id)), sources };
}

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

/** True when `rule` does not apply to `situation` but explains its verdict (`Rule.explains`). */
export function ruleExplains(rule: Rule, situation: Situation): boolean {
  if (!rule.explains || rule.cloud !== situation.cloud) return false;
  const { origin, service, role } = rule.explains;
  return (
    (origin === undefined || origin.includes(situation.origin)) &&
    (service === undefined || service.includes(situation.service)) &&
    (role === undefined || role.includes(situation.role))
  );
}

/**
 * The rules whose reading readers should see at a situation's verdict: those that apply
 * and carry a reading, and those that explain the verdict (why an outcome is missing, or
 * what the seed has for a case it leaves uncovered). In the order they are written.
 */
export function readingRules(situation: Situation, rules: readonly Rule[] = RULES): Rule[] {
  return rules.filter(
    (rule) => rule.reading && (ruleApplies(rule, situation) || ruleExplains(rule, situation)),
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
    // Not covered. Where the seed lists the case but has no row for it (21Vianet's Azure),
    // cite the parts it does have; otherwise the whole document, read in full.
    const explaining = rules.filter((rule) => ruleExplains(rule, situation));
    return {
      status: 'not-covered',
      outcomes: [],
      sources:
        explaining.length > 0
          ? sourcesOf(explaining)
          : [{ seed: seedForCloud(situation.cloud).file, part: SCOPE_PART }],
    };
  }
  const outcomes = new Set(applying.flatMap((rule) => rule.outcomes));
  return {
    status,
    outcomes: OUTCOME_IDS.filter((id) => outcomes.has(id)),
    sources: sourcesOf(applying),
  };
}

function sourcesOf(rules: readonly Rule[]): SourceRef[] {
  const sources: SourceRef[] = [];
  for (const { source } of rules) {
    if (!sources.some((s) => s.seed === source.seed && s.part === source.part)) {
      sources.push({ seed: source.seed, part: source.part });
    }
  }
  return sources;
}

/**
 * Why a verdict is `not-covered`: the seed does not mention the case (`not-mentioned`), or
 * it lists the case but has no row for this kind of service (`no-row`). Undefined for
 * other statuses.
 */
export function notCoveredReason(verdict: Verdict): 'not-mentioned' | 'no-row' | undefined {
  if (verdict.status !== 'not-covered') return undefined;
  return verdict.sources.some((s) => s.part !== SCOPE_PART) ? 'no-row' : 'not-mentioned';
}

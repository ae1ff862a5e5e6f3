/** What the engine answers: a status, the outcomes that follow, and the seed parts it rests on. */

export const STATUSES = ['multichannel', 'not-multichannel', 'not-covered'] as const;
export type Status = (typeof STATUSES)[number];

export const OUTCOME_IDS = [
  'request-reseller-relationship',
  'new-csp-azure-subscription',
  'check-azure-service-availability',
  'switch-azure-partner',
  'wait-for-term-end-or-cancel',
  'provider-sends-invitation',
  'reseller-forwards-provider-invitation',
  'provider-names-admin-reseller',
  'customer-grants-admin-to-reseller',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export interface SourceRef {
  /** Seed file name, e.g. `002_bbc4b34e42a08680.txt`. */
  seed: string;
  /** Which bullet or table row of that seed (an id from `SEEDS[seed].parts`). */
  part: string;
}

export interface Verdict {
  status: Status;
  /** Order carries no meaning; no duplicates. Listed in `OUTCOME_IDS` order. */
  outcomes: OutcomeId[];
  sources: SourceRef[];
}

/** Two verdicts say the same thing (outcome and source order ignored). */
export function sameVerdict(a: Verdict, b: Verdict): boolean {
  return verdictKey(a) === verdictKey(b);
}

/** A stable text key of a verdict, for grouping and comparison. */
export function verdictKey(verdict: Verdict): string {
  const outcomes = [...verdict.outcomes].sort().join(',');
  const sources = verdict.sources
    .map((s) => `${s.seed}#${s.part}`)
    .sort()
    .join(',');
  return `${verdict.status}|${outcomes}|${sources}`;
}

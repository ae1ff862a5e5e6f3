import type { Role } from './situation.ts';
import type { OutcomeId } from './verdict.ts';

/**
 * Role-specific next steps, as data. An outcome has one general next step
 * (`rules:outcome.<id>.nextStep`); where a role must act differently, its own step lives in
 * `rules:roleStep.<outcome>.<role>` and is listed here. The verdicts themselves do not
 * change (the seeds decide them): only what each role is told to do.
 *
 * Why these: an indirect reseller must never be told to open "Request a reseller
 * relationship" itself (seed: it cannot create its own invitation), and an indirect
 * provider must be told how to name the reseller (Indirect resellers → "Request a reseller
 * relationship").
 */
export const ROLE_STEPS = {
  'request-reseller-relationship': ['indirect-provider', 'indirect-reseller'],
  'provider-names-admin-reseller': ['indirect-provider', 'indirect-reseller'],
  'customer-grants-admin-to-reseller': ['indirect-provider', 'indirect-reseller'],
} as const satisfies Partial<Record<OutcomeId, readonly Role[]>>;

export type RoleStepOutcome = keyof typeof ROLE_STEPS;

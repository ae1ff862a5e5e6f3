import type { Action } from './claims.ts';
import type { Role } from './situation.ts';
import type { OutcomeId } from './verdict.ts';

/**
 * Role-specific next steps, as data. An outcome has one general next step
 * (`rules:outcome.<id>.nextStep`); where a role must act differently, its own step lives in
 * `rules:roleStep.<outcome>.<role>` and is listed here. The verdicts themselves do not
 * change (the seeds decide them): only what each role is told to do today.
 *
 * Why these: an indirect reseller creates its own invitations today (claim
 * indirect-reseller-creates-invitations) but orders, transfers and attests through its
 * indirect provider (indirect-reseller-works-through-provider), so every step that would have
 * it buy, transfer or attest itself has a reseller version; admin access is a GDAP
 * relationship, never part of the invitation (dap-retired, gdap-indirect-reseller); what the
 * 2016 21Vianet source says about granting admin rights is not confirmed for today.
 */
export const ROLE_STEPS = {
  'request-reseller-relationship': ['indirect-provider', 'indirect-reseller'],
  'provider-names-admin-reseller': ['indirect-provider', 'indirect-reseller'],
  'customer-grants-admin-to-reseller': ['indirect-provider', 'indirect-reseller'],
  'new-csp-azure-subscription': ['indirect-reseller'],
  'check-azure-service-availability': ['indirect-reseller'],
  'wait-for-term-end-or-cancel': ['indirect-reseller'],
  'switch-azure-partner': ['indirect-reseller'],
} as const satisfies Partial<Record<OutcomeId, readonly Role[]>>;

export type RoleStepOutcome = keyof typeof ROLE_STEPS;

/** What a step tells its reader they can (or cannot) do. */
export interface StepSays {
  action: Action;
  can: boolean;
}

/**
 * What each step and each outcome explanation says its reader can or cannot do today, as data
 * beside its text: the role matrix (`scripts/role-matrix.ts`) checks these against the claims
 * shown to the same role, so a step or explanation that tells a role the opposite of a claim is
 * a contradiction, and one with no entry here is counted as unchecked. An explanation that only
 * reports what the source says ("The source says …") states nothing about today: its entry is
 * empty. Keep it in step with the text in `locales/<lng>/rules.json`.
 */
export const STEP_SAYS: Record<string, readonly StepSays[]> = {
  // Explanations: the source's rule, attributed to the source, or facts no claim speaks to.
  'rules:outcome.request-reseller-relationship.explanation': [],
  'rules:outcome.new-csp-azure-subscription.explanation': [],
  'rules:outcome.check-azure-service-availability.explanation': [],
  // The customer's subscription can move; who starts the transfer is the steps' matter.
  'rules:outcome.switch-azure-partner.explanation': [],
  'rules:outcome.wait-for-term-end-or-cancel.explanation': [],
  'rules:outcome.provider-sends-invitation.explanation': [],
  'rules:outcome.reseller-forwards-provider-invitation.explanation': [],
  'rules:outcome.provider-names-admin-reseller.explanation': [],
  'rules:outcome.customer-grants-admin-to-reseller.explanation': [],
  // Steps.
  'rules:outcome.request-reseller-relationship.nextStep': [
    { action: 'create-invitation', can: true },
  ],
  'rules:roleStep.request-reseller-relationship.indirect-provider': [
    { action: 'create-invitation', can: true },
  ],
  'rules:roleStep.request-reseller-relationship.indirect-reseller': [
    { action: 'create-invitation', can: true },
  ],
  'rules:outcome.new-csp-azure-subscription.nextStep': [
    { action: 'purchase-subscription', can: true },
    { action: 'azure-without-relationship', can: false },
  ],
  'rules:roleStep.new-csp-azure-subscription.indirect-reseller': [
    { action: 'purchase-subscription', can: false },
    { action: 'create-invitation', can: true },
    { action: 'azure-without-relationship', can: false },
  ],
  'rules:outcome.check-azure-service-availability.nextStep': [],
  'rules:roleStep.check-azure-service-availability.indirect-reseller': [],
  'rules:outcome.switch-azure-partner.nextStep': [{ action: 'transfer-subscription', can: true }],
  'rules:roleStep.switch-azure-partner.indirect-reseller': [
    { action: 'transfer-subscription', can: false },
  ],
  'rules:outcome.wait-for-term-end-or-cancel.nextStep': [
    { action: 'purchase-subscription', can: true },
    { action: 'transfer-subscription', can: true },
  ],
  'rules:roleStep.wait-for-term-end-or-cancel.indirect-reseller': [
    { action: 'purchase-subscription', can: false },
    { action: 'transfer-subscription', can: false },
  ],
  'rules:outcome.provider-sends-invitation.nextStep': [{ action: 'create-invitation', can: true }],
  'rules:outcome.reseller-forwards-provider-invitation.nextStep': [
    { action: 'create-invitation', can: true },
  ],
  'rules:outcome.provider-names-admin-reseller.nextStep': [
    { action: 'admin-rights-through-invitation', can: false },
    { action: 'request-gdap', can: true },
  ],
  'rules:roleStep.provider-names-admin-reseller.indirect-provider': [
    { action: 'create-invitation', can: true },
    { action: 'admin-rights-through-invitation', can: false },
    { action: 'request-gdap', can: true },
  ],
  'rules:roleStep.provider-names-admin-reseller.indirect-reseller': [
    { action: 'admin-rights-through-invitation', can: false },
    { action: 'request-gdap', can: true },
  ],
  'rules:outcome.customer-grants-admin-to-reseller.nextStep': [],
  'rules:roleStep.customer-grants-admin-to-reseller.indirect-provider': [],
  'rules:roleStep.customer-grants-admin-to-reseller.indirect-reseller': [],
};

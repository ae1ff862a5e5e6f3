import type { Action } from './claims.ts';
import { CLOUDS, type Cloud, type Role } from './situation.ts';
import type { OutcomeId } from './verdict.ts';

/**
 * Role-specific next steps, as data. An outcome has one general next step
 * (`rules:outcome.<id>.nextStep`); where a role must act differently, its own step lives in
 * `rules:roleStep.<outcome>.<role>` and is listed here, with `EVERY_CLOUD`; where the role acts
 * differently in the two clouds, its steps are `rules:roleStep.<outcome>.<role>.<cloud>` for the
 * clouds listed (a cloud not listed takes the general step). An indirect reseller's own
 * invitations are documented for the global Partner Center only, so in Partner Center operated
 * by 21Vianet its steps keep to its provider's invitation, and no step mixes the two clouds. The verdicts themselves do not
 * change (the seeds decide them): only what each role is told to do today.
 *
 * Why these: an indirect reseller creates its own invitations today (claim
 * indirect-reseller-creates-invitations) but orders, transfers and attests through its
 * indirect provider (indirect-reseller-works-through-provider), so every step that would have
 * it buy, transfer or attest itself has a reseller version; admin access is a GDAP
 * relationship, never part of the invitation (dap-retired, gdap-indirect-reseller); what the
 * 2016 21Vianet source says about granting admin rights is not confirmed for today.
 */
/** A role step that reads the same in every cloud. */
export const EVERY_CLOUD = 'every-cloud';
export type RoleStepClouds = typeof EVERY_CLOUD | readonly Cloud[];

export const ROLE_STEPS = {
  'request-reseller-relationship': {
    'indirect-provider': ['global'],
    'indirect-reseller': ['global', '21vianet'],
  },
  'reseller-forwards-provider-invitation': { 'indirect-reseller': ['global', '21vianet'] },
  'provider-names-admin-reseller': {
    'indirect-provider': EVERY_CLOUD,
    'indirect-reseller': EVERY_CLOUD,
  },
  'customer-grants-admin-to-reseller': {
    'indirect-provider': EVERY_CLOUD,
    'indirect-reseller': EVERY_CLOUD,
  },
  'new-csp-azure-subscription': { 'indirect-reseller': EVERY_CLOUD },
  'check-azure-service-availability': { 'indirect-reseller': EVERY_CLOUD },
  'wait-for-term-end-or-cancel': { 'indirect-reseller': EVERY_CLOUD },
  'switch-azure-partner': { 'indirect-reseller': EVERY_CLOUD },
} as const satisfies Partial<Record<OutcomeId, Partial<Record<Role, RoleStepClouds>>>>;

export type RoleStepOutcome = keyof typeof ROLE_STEPS;

/**
 * The locale key of a role's own step for an outcome in a cloud, or undefined where the role
 * takes the outcome's general step (`rules:outcome.<id>.nextStep`).
 */
export function roleStepKey(outcome: OutcomeId, role: Role, cloud: Cloud): string | undefined {
  const clouds = (ROLE_STEPS as Partial<Record<OutcomeId, Partial<Record<Role, RoleStepClouds>>>>)[
    outcome
  ]?.[role];
  if (clouds === undefined) return undefined;
  if (clouds === EVERY_CLOUD) return `rules:roleStep.${outcome}.${role}`;
  return clouds.includes(cloud) ? `rules:roleStep.${outcome}.${role}.${cloud}` : undefined;
}

/** Every role step's key, in every cloud where it has its own. */
export function roleStepKeys(): string[] {
  const keys = new Set<string>();
  for (const outcome of Object.keys(ROLE_STEPS) as RoleStepOutcome[])
    for (const role of Object.keys(ROLE_STEPS[outcome]) as Role[])
      for (const cloud of CLOUDS) {
        const key = roleStepKey(outcome, role, cloud);
        if (key) keys.add(key);
      }
  return [...keys];
}

/** What a step tells its reader they can (or cannot) do. */
export interface StepSays {
  action: Action;
  can: boolean;
}

/**
 * What each step, each outcome title and each outcome explanation says its reader can or cannot
 * do today, as data beside its text: the role matrix (`scripts/role-matrix.ts`) checks these against the claims
 * shown to the same role, so a step, title or explanation that tells a role the opposite of a claim is
 * a contradiction, and one with no entry here is counted as unchecked. An explanation that only
 * reports what the source says ("The source says …") states nothing about today: its entry is
 * empty. Keep it in step with the text in `locales/<lng>/rules.json`.
 */
export const STEP_SAYS: Record<string, readonly StepSays[]> = {
  // Titles, the heading of each outcome: the source's rule, attributed to the source where
  // later facts differ ("According to the source, …"), or what holds for every role today.
  'rules:outcome.request-reseller-relationship.title': [],
  'rules:outcome.new-csp-azure-subscription.title': [],
  'rules:outcome.check-azure-service-availability.title': [],
  // The services can move; who requests the move is the steps' matter.
  'rules:outcome.switch-azure-partner.title': [],
  'rules:outcome.wait-for-term-end-or-cancel.title': [],
  // Shown to indirect providers only: they send it.
  'rules:outcome.provider-sends-invitation.title': [{ action: 'create-invitation', can: true }],
  'rules:outcome.reseller-forwards-provider-invitation.title': [],
  'rules:outcome.provider-names-admin-reseller.title': [],
  'rules:outcome.customer-grants-admin-to-reseller.title': [],
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
  'rules:roleStep.request-reseller-relationship.indirect-provider.global': [
    { action: 'create-invitation', can: true },
  ],
  'rules:roleStep.request-reseller-relationship.indirect-reseller.global': [
    { action: 'create-invitation', can: true },
  ],
  // 21Vianet: the reseller forwards its provider's link; no page speaks of its own there.
  'rules:roleStep.request-reseller-relationship.indirect-reseller.21vianet': [],
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
  // Send an invitation for reseller and provider: whose making it is the role steps' matter.
  'rules:outcome.reseller-forwards-provider-invitation.nextStep': [],
  'rules:roleStep.reseller-forwards-provider-invitation.indirect-reseller.global': [
    { action: 'create-invitation', can: true },
  ],
  'rules:roleStep.reseller-forwards-provider-invitation.indirect-reseller.21vianet': [],
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

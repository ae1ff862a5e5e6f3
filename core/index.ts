/**
 * The multichannel rules core: rules as data with their sources, a pure evaluation engine,
 * decision trees derived from the rules, and invitation links. No DOM, no framework, no I/O.
 * See ../../shared/spec/rules-contract.md (beside the repository) for the contract.
 */
export {
  CLOUDS,
  ORIGINS,
  SERVICES,
  ROLES,
  QUESTIONS,
  QUESTION_IDS,
  isAnswer,
  assertSituation,
  allSituations,
  type Cloud,
  type Origin,
  type Service,
  type Role,
  type Situation,
  type PartialSituation,
  type QuestionId,
} from './situation.ts';
export {
  STATUSES,
  OUTCOME_IDS,
  sameVerdict,
  verdictKey,
  type Status,
  type OutcomeId,
  type SourceRef,
  type Verdict,
} from './verdict.ts';
export {
  SEEDS,
  GLOBAL_SEED,
  VIANET_SEED,
  SCOPE_PART,
  seedForCloud,
  seedByFile,
  type Seed,
  type SeedPart,
} from './seeds.ts';
export {
  RULES,
  GLOBAL_MULTICHANNEL_ORIGINS,
  VIANET_MULTICHANNEL_ORIGINS,
  type Rule,
} from './rules.ts';
export {
  evaluate,
  applicableRules,
  ruleApplies,
  ruleExplains,
  readingRules,
  notCoveredReason,
} from './evaluate.ts';
export {
  CHANGES,
  CHANGE_IDS,
  changeById,
  changesByDate,
  changesFor,
  changesForOutcome,
  changesForLinkFact,
  changesForGlossaryTerm,
  noteKind,
  type Change,
  type ChangeId,
  type ChangeScope,
  type ChangeSource,
  type LinkFact,
} from './changes.ts';
export {
  CLAIMS,
  CLAIM_DATES,
  CLAIM_IDS,
  SOURCE_KINDS,
  CONFIRMATION_LEVELS,
  ACTIONS,
  claimById,
  claimProblems,
  confirmationOf,
  sourcePageFor,
  presentClaim,
  claimsForLink,
  claimsForOutcome,
  claimsForGlossaryTerm,
  contradictions,
  effectiveDate,
  type Claim,
  type ClaimId,
  type ClaimSource,
  type ClaimDate,
  type ClaimDoubt,
  type ClaimAffects,
  type ClaimPresentation,
  type ClaimSourceView,
  type SourceKind,
  type SourcePage,
  type ConfirmationLevel,
  type Action,
  type Statement,
  type Contradiction,
} from './claims.ts';
export {
  LINK_CLAIM_IDS,
  EMAIL_CLAIMS,
  linkClaims,
  emailClaims,
  refusalClaim,
  builderClaims,
  type BuilderClaimId,
  type LinkClaimId,
  type EmailClaimId,
} from './link-claims.ts';
export {
  EVERY_CLOUD,
  ROLE_STEPS,
  STEP_SAYS,
  roleStepKey,
  roleStepKeys,
  type RoleStepClouds,
  type RoleStepOutcome,
  type StepSays,
} from './next-steps.ts';
export {
  SCENARIOS,
  SCENARIO_IDS,
  scenarioForOrigin,
  scenarioQuestionHints,
  type Scenario,
  type ScenarioId,
} from './scenarios.ts';
export {
  ROOT_NODE_ID,
  buildTree,
  decisionTrees,
  decisionTree,
  findNode,
  walkTree,
  pathTo,
  nodeIdFor,
  type DecisionTree,
  type TreeNode,
  type QuestionNode,
  type VerdictNode,
  type TreeEdge,
  type NodeId,
  type Step,
} from './trees.ts';
export {
  INVITATION_HOSTS,
  PARTNER_CENTER_HOSTS,
  type InvitationCloud,
  type InvitationHost,
} from './invitation-hosts.ts';
export {
  parseInvitationLink,
  buildInvitationLink,
  isTenantId,
  isPartnerId,
  isAdminRelationshipId,
  LINK_ERROR_CODES,
  MAX_LINK_LENGTH,
  type InvitationLink,
  type InvitationKind,
  type LinkWrapper,
  type InvitationLinkResult,
  type LinkError,
  type LinkErrorCode,
  type InvitationLinkRequest,
  type BuildResult,
  type BuildError,
  type BuildField,
} from './invitation-link.ts';
export {
  composeInvitationEmail,
  checkPartnerName,
  mailtoHref,
  MAX_PARTNER_NAME_LENGTH,
  type EmailTemplates,
  type FillTemplate,
  type InvitationEmail,
  type PartnerNameProblem,
} from './invitation-email.ts';
export {
  LANGUAGES,
  DEFAULT_LANGUAGE,
  isLanguage,
  languageFromTag,
  type Language,
} from './languages.ts';
export { treePath, homePath, troubleshootPath, acceptPath, publicUrl } from './guide-paths.ts';
export * from './acceptance-causes.ts';
export * from './troubleshoot-tree.ts';
export * from './training.ts';
export { GDAP_LIMITS, GDAP_FACTS, GDAP_FACT_IDS, type GdapFact, type GdapFactId } from './gdap.ts';
export {
  linkOwner,
  linkOwnership,
  OWNER_NEEDS,
  tiedTenant,
  type LinkOwner,
  type OwnIds,
  type OwnerNeed,
  type Ownership,
} from './link-owner.ts';

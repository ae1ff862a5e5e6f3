/**
 * The parts of the core the end-to-end tests use. Imported module by module: Playwright's
 * loader cannot import the locale JSON that core/index.ts pulls in through the e-mail module.
 */
export { LANGUAGES, type Language } from '../../../core/languages.ts';
export { treePath } from '../../../core/guide-paths.ts';
export {
  decisionTrees,
  decisionTree,
  nodeIdFor,
  type DecisionTree,
  type VerdictNode,
} from '../../../core/trees.ts';

export { notCoveredReason } from '../../../core/evaluate.ts';

import {
  notCoveredReason,
  type DecisionTree,
  type Language,
  type Role,
  type TreeNode,
} from '../../../core/index.ts';
import { formatListAsLabel } from '../../../locales/text.ts';
import { tFor } from './i18n.ts';

/** A tree step's heading: its question, or its verdict (a no-row verdict has its own). */
export function stepHeading(lang: Language, node: TreeNode): string {
  const t = tFor(lang);
  if (node.kind === 'question') return t(`rules:question.${node.question}.title`);
  return notCoveredReason(node.verdict) === 'no-row'
    ? t('rules:notCovered.no-row.title')
    : t(`rules:status.${node.verdict.status}.title`);
}

/** Each role's glossary term: how a role is named inside a sentence or a list. */
const ROLE_TERM = {
  direct: 'direct-partner',
  'indirect-provider': 'indirect-provider',
  'indirect-reseller': 'indirect-reseller',
} as const satisfies Record<Role, string>;

/**
 * The title a tree step gets in search results: its verdict (or question), the scenario and
 * the answers that lead there, the role among them (for a verdict that holds for several
 * roles, those roles). So twenty hits for "GDAP" are twenty different cases, not twenty
 * times "Multichannel support applies".
 */
export function treeSearchTitle(lang: Language, tree: DecisionTree, node: TreeNode): string {
  const t = tFor(lang);
  const scenario = t(`trees:scenario.${tree.id}.title`);
  const answerLabel = (question: string, answer: string) =>
    t(`rules:answer.${question}.${answer}.label` as 'rules:answer.cloud.global.label');
  const answers = node.steps.map((s) => answerLabel(s.question, s.answer));
  if (node.kind === 'verdict' && !node.steps.some((s) => s.question === 'role')) {
    const roles = [...new Set(node.situations.map((s) => s.role))];
    // Answer labels are written to stand alone (`Indirekter Anbieter`); in a list the roles
    // are named as in a sentence, only the list's first letter capitalised.
    answers.push(
      formatListAsLabel(
        lang,
        roles.map((r) => t(`glossary:term.${ROLE_TERM[r]}.term`)),
        'disjunction',
      ),
    );
  }
  const result = stepHeading(lang, node);
  if (answers.length === 0) return t('site:search.scenarioTitle', { scenario, result });
  // The answers are the path through the tree, joined as every other path on the site.
  const path = answers.join(t('common:punctuation.path'));
  return t('site:search.stepTitle', { result, scenario, answers: path });
}

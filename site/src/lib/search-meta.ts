import {
  notCoveredReason,
  type DecisionTree,
  type Language,
  type TreeNode,
} from '../../../core/index.ts';
import { formatList } from '../../../locales/text.ts';
import { tFor } from './i18n.ts';

/** A tree step's heading: its question, or its verdict (a no-row verdict has its own). */
export function stepHeading(lang: Language, node: TreeNode): string {
  const t = tFor(lang);
  if (node.kind === 'question') return t(`rules:question.${node.question}.title`);
  return notCoveredReason(node.verdict) === 'no-row'
    ? t('rules:notCovered.no-row.title')
    : t(`rules:status.${node.verdict.status}.title`);
}

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
    answers.push(
      formatList(
        lang,
        roles.map((r) => answerLabel('role', r)),
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

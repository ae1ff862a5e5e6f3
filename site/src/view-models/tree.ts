import {
  LANGUAGES,
  QUESTION_IDS,
  ROOT_NODE_ID,
  decisionTrees,
  scenarioQuestionHints,
  notCoveredReason,
  treePath,
  type DecisionTree,
  type Language,
  type NodeId,
  type OutcomeId,
  type ChangeId,
} from '../../../core/index.ts';
import { answerKey, questionTitleKey, scenarioQuestionKey } from '../../../locales/keys.ts';
import type { SeedPartView } from '../../../locales/seed-citations.ts';
import type { ClientNode, ClientOutcome, TreeWalkerProps } from '../islands/types.ts';
import { tFor } from '../lib/i18n.ts';
import { changeNoteHtml } from '../lib/change-note-html.tsx';
import { pagePath } from '../lib/pages.ts';
import { verdictChangeIds } from './change-notes.ts';
import { helperProps } from './helper.ts';
import { citedParts, seedCitationStrings } from './seed-citations.ts';
import { answerLabel, explanationOf, outcomeView, readingsFor, statusTexts } from './verdict.ts';

/** Everything the tree island needs for one tree in one language, starting at `initial`. */
export function treeWalkerProps(
  language: Language,
  tree: DecisionTree,
  initial: NodeId,
): TreeWalkerProps {
  const t = tFor(language);
  const nodes: Record<NodeId, ClientNode> = {};
  const paths: TreeWalkerProps['paths'] = {};
  const outcomes: Partial<Record<OutcomeId, ClientOutcome>> = {};
  const sources: Record<string, SeedPartView> = {};
  const changes: Partial<Record<ChangeId, string>> = {};
  const timeline = pagePath(language, 'changes');
  let needsHelper = false;
  // The clouds this tree's verdicts are in: the role steps it needs (core/next-steps.ts).
  const treeClouds = [
    ...new Set(
      tree.nodes.flatMap((n) => (n.kind === 'verdict' ? n.situations : [])).map((s) => s.cloud),
    ),
  ];
  for (const node of tree.nodes) {
    paths[node.id] = Object.fromEntries(
      LANGUAGES.map((l) => [l, treePath(l, tree.id, node.id)]),
    ) as Record<Language, string>;
    const steps = node.steps.map((s) => ({ question: s.question, answer: s.answer }));
    if (node.kind === 'question') {
      nodes[node.id] = {
        kind: 'question',
        question: node.question,
        steps,
        options: node.options.map((o) => ({
          answer: o.answer,
          next: o.next,
          label: answerLabel(language, node.question, o.answer),
          hint: t(answerKey(node.question, o.answer, 'hint')),
        })),
      };
    } else {
      const { verdict } = node;
      for (const id of verdict.outcomes) {
        if (id === 'request-reseller-relationship') needsHelper = true;
        outcomes[id] ??= outcomeView(language, id, treeClouds);
      }
      const roles = new Set(node.situations.map((s) => s.role));
      const role = roles.size === 1 ? [...roles][0] : undefined;
      const clouds = new Set(node.situations.map((s) => s.cloud));
      const cloud = clouds.size === 1 ? [...clouds][0] : undefined;
      nodes[node.id] = {
        kind: 'verdict',
        status: verdict.status,
        steps,
        outcomes: [...verdict.outcomes],
        sources: citedParts(language, verdict.sources, sources),
        readings: readingsFor(language, node.situations),
        changes: verdictChangeIds(language, verdict, node.situations, changes, (note) =>
          changeNoteHtml(note, language, timeline),
        ),
        ...(role ? { role } : {}),
        ...(cloud ? { cloud } : {}),
        ...(notCoveredReason(verdict) === 'no-row'
          ? { title: t('rules:notCovered.no-row.title') }
          : {}),
        ...explanationOf(language, verdict),
      };
    }
  }
  const ownHints = scenarioQuestionHints(tree.id);
  const questions = Object.fromEntries(
    QUESTION_IDS.map((q) => [
      q,
      {
        title: t(questionTitleKey(q)),
        hint: ownHints.includes(q)
          ? t(scenarioQuestionKey(tree.id, q))
          : t(`rules:question.${q}.hint`),
      },
    ]),
  ) as TreeWalkerProps['questions'];
  return {
    lang: language,
    initial,
    nodes,
    paths,
    questions,
    statuses: statusTexts(language),
    outcomes,
    sources,
    changes,
    strings: {
      scenarioTitle: t(`trees:scenario.${tree.id}.title`),
      siteName: t('common:product.name'),
      pageTitle: t.template('common:punctuation.pageTitle'),
      questionNumber: t.template('site:tree.questionNumber'),
      continue: t('common:action.continue'),
      change: t('common:action.change'),
      changeLabel: t.template('site:tree.changeLabel'),
      startAgain: t('common:action.startAgain'),
      yourAnswers: t('common:label.yourAnswers'),
      chooseAnswer: t('site:tree.chooseAnswer'),
      chooseAnswerFallback: t('site:tree.chooseAnswerFallback'),
      orChooseDirectly: t('site:tree.orChooseDirectly'),
      errorPrefix: t('common:label.errorPrefix'),
      prefixed: t.template('common:punctuation.prefixed'),
      labelled: t.template('common:punctuation.labelled'),
      result: t('common:label.result'),
      whatToDo: t('common:label.whatToDo'),
      nextStep: t('common:label.nextStep'),
      noOutcome: t('rules:noOutcome'),
      changesHeading: t('changes:heading'),
      changesIntro: t('changes:intro'),
      sources: t('common:label.sources'),
      seedCitation: seedCitationStrings(language),
      translatedText: t('sources:translatedText'),
      ourReading: t('common:label.ourReading'),
      announceQuestion: t.template('site:tree.announceQuestion'),
      announceVerdict: t.template('site:tree.announceVerdict'),
    },
    ...(needsHelper ? { helper: helperProps(language, 2) } : {}),
  };
}

/** Every step and verdict of every tree in every language: the tree pages' `getStaticPaths`. */
export function treeStepPaths() {
  return LANGUAGES.flatMap((lang) =>
    decisionTrees().flatMap((tree) =>
      tree.nodes.map((node) => ({
        params: { lang, scenario: tree.id, node: node.id === ROOT_NODE_ID ? undefined : node.id },
        props: { tree, node },
      })),
    ),
  );
}

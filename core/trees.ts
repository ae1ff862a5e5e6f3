import { evaluate } from './evaluate.ts';
import { ROOT_NODE_ID, type NodeId } from './guide-paths.ts';
import { RULES, type Rule } from './rules.ts';
import { SCENARIOS, type Scenario, type ScenarioId } from './scenarios.ts';
import {
  QUESTION_IDS,
  QUESTIONS,
  type PartialSituation,
  type QuestionId,
  type Situation,
} from './situation.ts';
import { sameVerdict, type Verdict } from './verdict.ts';

/**
 * Decision trees, derived from the rules: never written by hand. For a scenario, the builder
 * asks the scenario's questions in order, skips any question whose answer cannot change the
 * verdict from where the reader stands, and stops with a verdict as soon as every remaining
 * combination of answers leads to the same one.
 *
 * Node ids are keyed by the answers that lead to them: `start` for the first question, then
 * e.g. `cloud-global.service-license-based`. They are stable as long as the rules are, and
 * readable in a URL.
 */

// In core/guide-paths.ts, which links to tree steps without bringing the trees along (the
// extension's link explanation links to the site but shows no tree).
export { ROOT_NODE_ID, type NodeId } from './guide-paths.ts';

/** One step on the way: a question and the answer given to it. */
export interface Step {
  question: QuestionId;
  answer: string;
}

interface NodeBase {
  id: NodeId;
  /** The answers that lead here, in the order they were asked. */
  steps: Step[];
  /** Number of questions answered to get here. */
  depth: number;
}

export interface QuestionNode extends NodeBase {
  kind: 'question';
  question: QuestionId;
  options: { answer: string; next: NodeId }[];
}

export interface VerdictNode extends NodeBase {
  kind: 'verdict';
  verdict: Verdict;
  /** Every full situation that ends here. */
  situations: Situation[];
}

export type TreeNode = QuestionNode | VerdictNode;

export interface TreeEdge {
  from: NodeId;
  to: NodeId;
  question: QuestionId;
  answer: string;
}

export interface DecisionTree {
  id: ScenarioId;
  origins: readonly Situation['origin'][];
  root: NodeId;
  /** All nodes, in depth-first order (the order of options). */
  nodes: TreeNode[];
  edges: TreeEdge[];
}

/** The id of the node reached by these steps. */
export function nodeIdFor(steps: readonly Step[]): NodeId {
  return steps.length === 0
    ? ROOT_NODE_ID
    : steps.map((s) => `${s.question}-${s.answer}`).join('.');
}

function completions(fixed: PartialSituation, questions: readonly QuestionId[]): Situation[] {
  let result: PartialSituation[] = [fixed];
  for (const question of questions) {
    if (fixed[question] !== undefined) continue;
    const values = QUESTIONS[question] as readonly string[];
    result = result.flatMap((partial) =>
      values.map((value) => ({ ...partial, [question]: value })),
    );
  }
  return result as Situation[];
}

function allSame(verdicts: Verdict[]): boolean {
  const [first, ...rest] = verdicts;
  return first !== undefined && rest.every((v) => sameVerdict(first, v));
}

/** The allowed answers to a question within a scenario. */
function answersFor(scenario: Scenario, question: QuestionId): readonly string[] {
  return question === 'origin' ? scenario.origins : QUESTIONS[question];
}

/**
 * True when, from `fixed`, the answer to `question` can change the verdict: some pair of
 * situations differing only in that answer gets different verdicts.
 */
function matters(
  scenario: Scenario,
  fixed: PartialSituation,
  question: QuestionId,
  verdictOf: (s: Situation) => Verdict,
): boolean {
  const others = scenario.questions.filter((q) => q !== question);
  const base = completions(fixed, others).filter(
    (s) => s.origin === undefined || scenario.origins.includes(s.origin),
  );
  return base.some((situation) => {
    const verdicts = answersFor(scenario, question).map((answer) =>
      verdictOf({ ...situation, [question]: answer }),
    );
    return !allSame(verdicts);
  });
}

/** Builds the decision tree of one scenario from the rules. */
export function buildTree(scenario: Scenario, rules: readonly Rule[] = RULES): DecisionTree {
  const cache = new Map<string, Verdict>();
  const verdictOf = (s: Situation): Verdict => {
    const key = `${s.cloud}|${s.origin}|${s.service}|${s.role}`;
    let verdict = cache.get(key);
    if (!verdict) cache.set(key, (verdict = evaluate(s, rules)));
    return verdict;
  };
  const nodes: TreeNode[] = [];
  const edges: TreeEdge[] = [];
  const baseFixed: PartialSituation =
    scenario.origins.length === 1 ? { origin: scenario.origins[0] } : {};

  const visit = (fixed: PartialSituation, steps: Step[]): NodeId => {
    const id = nodeIdFor(steps);
    const situations = completions(fixed, QUESTION_IDS).filter((s) =>
      scenario.origins.includes(s.origin),
    );
    const verdicts = situations.map(verdictOf);
    if (allSame(verdicts)) {
      nodes.push({
        kind: 'verdict',
        id,
        steps,
        depth: steps.length,
        verdict: verdicts[0]!,
        situations,
      });
      return id;
    }
    const question = scenario.questions.find(
      (q) => fixed[q] === undefined && matters(scenario, fixed, q, verdictOf),
    );
    if (!question) {
      throw new Error(`Scenario ${scenario.id} cannot separate verdicts at ${id}.`);
    }
    const node: QuestionNode = {
      kind: 'question',
      id,
      steps,
      depth: steps.length,
      question,
      options: [],
    };
    nodes.push(node);
    for (const answer of answersFor(scenario, question)) {
      const step = { question, answer };
      const next = visit({ ...fixed, [question]: answer }, [...steps, step]);
      node.options.push({ answer, next });
      edges.push({ from: id, to: next, question, answer });
    }
    return id;
  };

  const root = visit(baseFixed, []);
  return { id: scenario.id as ScenarioId, origins: scenario.origins, root, nodes, edges };
}

let cachedTrees: DecisionTree[] | undefined;

/** The decision tree of every scenario, built once from the rules. */
export function decisionTrees(): DecisionTree[] {
  return (cachedTrees ??= SCENARIOS.map((scenario) => buildTree(scenario)));
}

/** The decision tree of one scenario. */
export function decisionTree(id: ScenarioId): DecisionTree {
  const tree = decisionTrees().find((t) => t.id === id);
  if (!tree)
    throw new TypeError(
      `Unknown scenario "${String(id)}". Allowed: ${SCENARIOS.map((s) => s.id).join(', ')}.`,
    );
  return tree;
}

/** A node of a tree by id, or undefined. */
export function findNode(tree: DecisionTree, id: NodeId): TreeNode | undefined {
  return tree.nodes.find((node) => node.id === id);
}

/**
 * Walks a tree with (some of) the answers: follows each question that has an answer and
 * stops at the first question without one, or at the verdict. Answers to questions the tree
 * does not ask are ignored.
 */
export function walkTree(tree: DecisionTree, answers: PartialSituation): TreeNode {
  let node = findNode(tree, tree.root)!;
  while (node.kind === 'question') {
    const answer = answers[node.question];
    const option = node.options.find((o) => o.answer === answer);
    if (!option) return node;
    node = findNode(tree, option.next)!;
  }
  return node;
}

/** The nodes from the root to `id`, inclusive; empty when the id is not in the tree. */
export function pathTo(tree: DecisionTree, id: NodeId): TreeNode[] {
  const target = findNode(tree, id);
  if (!target) return [];
  const path: TreeNode[] = [];
  for (let i = 0; i <= target.steps.length; i++) {
    const node = findNode(tree, nodeIdFor(target.steps.slice(0, i)));
    if (node) path.push(node);
  }
  return path;
}

import { describe, expect, it } from 'vitest';
import {
  ORIGINS,
  OUTCOME_IDS,
  QUESTIONS,
  ROOT_NODE_ID,
  SCENARIOS,
  allSituations,
  decisionTree,
  decisionTrees,
  evaluate,
  findNode,
  nodeIdFor,
  pathTo,
  sameVerdict,
  scenarioForOrigin,
  scenarioQuestionHints,
  walkTree,
  type DecisionTree,
  type TreeNode,
} from './index.ts';

/** Every root-to-leaf path, following edges; throws on a cycle. */
function paths(tree: DecisionTree): TreeNode[][] {
  const result: TreeNode[][] = [];
  const walk = (id: string, trail: TreeNode[], seen: Set<string>) => {
    if (seen.has(id)) throw new Error(`cycle at ${id}`);
    const node = findNode(tree, id);
    if (!node) throw new Error(`dangling edge to ${id}`);
    const next = [...trail, node];
    if (node.kind === 'verdict') result.push(next);
    else for (const option of node.options) walk(option.next, next, new Set([...seen, id]));
  };
  walk(tree.root, [], new Set());
  return result;
}

describe('decision trees', () => {
  const trees = decisionTrees();

  it('there is one tree per scenario, and the scenarios cover every origin exactly once', () => {
    expect(trees.map((t) => t.id)).toEqual(SCENARIOS.map((s) => s.id));
    const covered = SCENARIOS.flatMap((s) => [...s.origins]);
    expect([...covered].sort()).toEqual([...ORIGINS].sort());
    expect(new Set(covered).size).toBe(covered.length);
  });

  for (const tree of trees) {
    describe(tree.id, () => {
      it('has no cycles, and every path ends in a verdict', () => {
        const all = paths(tree);
        expect(all.length).toBeGreaterThan(0);
        for (const path of all) expect(path.at(-1)!.kind).toBe('verdict');
      });

      it('every node is reachable from the start, and node ids are unique', () => {
        const reached = new Set(
          paths(tree)
            .flat()
            .map((n) => n.id),
        );
        expect([...reached].sort()).toEqual(tree.nodes.map((n) => n.id).sort());
        expect(new Set(tree.nodes.map((n) => n.id)).size).toBe(tree.nodes.length);
        expect(tree.root).toBe(ROOT_NODE_ID);
      });

      it('node ids are keyed by the answers that lead to them', () => {
        for (const node of tree.nodes) {
          expect(node.id).toBe(nodeIdFor(node.steps));
          expect(node.id).toMatch(/^(start|[a-z]+-[a-z0-9-]+(\.[a-z]+-[a-z0-9-]+)*)$/);
        }
      });

      it('every question offers each allowed answer once, and edges match the options', () => {
        for (const node of tree.nodes) {
          if (node.kind !== 'question') continue;
          const answers = node.options.map((o) => o.answer);
          const allowed = node.question === 'origin' ? tree.origins : QUESTIONS[node.question];
          expect(answers).toEqual([...allowed]);
          expect(answers.length).toBeGreaterThan(1);
        }
        const fromOptions = tree.nodes.flatMap((n) =>
          n.kind === 'question' ? n.options.map((o) => `${n.id}>${o.next}`) : [],
        );
        expect(tree.edges.map((e) => `${e.from}>${e.to}`).sort()).toEqual(fromOptions.sort());
      });

      it('a verdict node holds exactly the situations that end there, with their verdict', () => {
        for (const node of tree.nodes) {
          if (node.kind !== 'verdict') continue;
          expect(node.situations.length).toBeGreaterThan(0);
          for (const situation of node.situations) {
            expect(sameVerdict(evaluate(situation), node.verdict)).toBe(true);
            expect(walkTree(tree, situation).id).toBe(node.id);
          }
        }
      });
    });
  }

  it('walking the tree agrees with evaluate() for all 108 situations', () => {
    const situations = allSituations();
    expect(situations).toHaveLength(108);
    for (const situation of situations) {
      const tree = decisionTree(scenarioForOrigin(situation.origin).id);
      const end = walkTree(tree, situation);
      expect(end.kind).toBe('verdict');
      if (end.kind === 'verdict') expect(end.verdict).toEqual(evaluate(situation));
    }
  });

  it('every outcome and every status that evaluate() returns is reachable in some tree', () => {
    const verdicts = trees.flatMap((t) =>
      t.nodes.flatMap((n) => (n.kind === 'verdict' ? [n.verdict] : [])),
    );
    const outcomes = new Set(verdicts.flatMap((v) => v.outcomes));
    const fromEvaluate = new Set(allSituations().flatMap((s) => evaluate(s).outcomes));
    expect([...outcomes].sort()).toEqual([...fromEvaluate].sort());
    expect([...outcomes].sort()).toEqual([...OUTCOME_IDS].sort());
    const statuses = new Set(verdicts.map((v) => v.status));
    expect([...statuses].sort()).toEqual(['multichannel', 'not-covered', 'not-multichannel']);
  });

  it('skips questions whose answer changes nothing', () => {
    // Microsoft direct, Advisor, Open and EA are treated alike: the tree never asks which.
    const tree = decisionTree('microsoft-programs');
    expect(tree.nodes.some((n) => n.kind === 'question' && n.question === 'origin')).toBe(false);
    // The role does not matter for Azure bought from another CSP partner.
    const csp = decisionTree('csp-partner');
    expect(csp.nodes.some((n) => n.kind === 'question' && n.question === 'role')).toBe(false);
  });

  it('walkTree stops at the first unanswered question, and pathTo leads back to the start', () => {
    const tree = decisionTree('other-sellers');
    const node = walkTree(tree, { cloud: 'global' });
    expect(node.kind === 'question' && node.question).toBe('origin');
    const leaf = walkTree(tree, {
      cloud: 'global',
      origin: 'third-party',
      service: 'license-based',
      role: 'direct',
    });
    expect(leaf.id).toBe('cloud-global.origin-third-party.service-license-based.role-direct');
    expect(pathTo(tree, leaf.id).map((n) => n.id)).toEqual([
      'start',
      'cloud-global',
      'cloud-global.origin-third-party',
      'cloud-global.origin-third-party.service-license-based',
      leaf.id,
    ]);
    expect(pathTo(tree, 'no-such-node')).toEqual([]);
  });

  it('an unknown scenario is a TypeError naming the allowed ones', () => {
    expect(() => decisionTree('nope' as never)).toThrow(
      /Unknown scenario "nope". Allowed: microsoft-programs/,
    );
  });

  it('trees are plain data that survive JSON (for the site and the extension)', () => {
    for (const tree of trees) expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
  });
});

describe('scenario hints where an answer needs explaining', () => {
  it('the 21Vianet tree explains its dead-end cloud answer before the reader chooses', () => {
    const tree = decisionTree('21vianet');
    const root = findNode(tree, tree.root)!;
    expect(root.kind === 'question' && root.question).toBe('cloud');
    const global =
      root.kind === 'question' ? root.options.find((o) => o.answer === 'global') : undefined;
    const end = findNode(tree, global!.next)!;
    expect(end.kind === 'verdict' && end.verdict.status).toBe('not-covered');
    expect(scenarioQuestionHints('21vianet')).toContain('cloud');
  });

  it('the other-sellers tree says how to tell a third party from a Syndication partner', () => {
    expect(scenarioQuestionHints('other-sellers')).toContain('origin');
    expect(
      decisionTree('other-sellers').nodes.some(
        (n) => n.kind === 'question' && n.question === 'origin',
      ),
    ).toBe(true);
  });
});

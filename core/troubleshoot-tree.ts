import {
  ACCEPTANCE_CAUSES,
  TROUBLESHOOT_QUESTIONS,
  TROUBLESHOOT_QUESTION_IDS,
  causeFits,
  type AcceptanceCause,
  type CauseId,
  type TroubleshootAnswers,
  type TroubleshootQuestion,
} from './acceptance-causes.ts';
import { TROUBLESHOOT_ROOT } from './guide-paths.ts';
import {
  parseInvitationLink,
  type InvitationLinkResult,
  type LinkErrorCode,
} from './invitation-link.ts';

/**
 * The troubleshooting tree "my customer can't accept", derived from the causes
 * (`acceptance-causes.ts`), never written by hand, the way `trees.ts` derives the decision
 * trees from the rules: the builder asks the questions in order, skips a question whose
 * answers all leave the same causes, offers only answers that leave some cause, and stops
 * as soon as one cause is left. So every leaf is a cause and every cause is a leaf.
 *
 * Node ids are keyed by the answers that lead to them, like the decision trees:
 * `start`, then `kind-gdap.cloud-global`, and so on.
 */

export { TROUBLESHOOT_ROOT };

export interface TroubleshootStep {
  question: TroubleshootQuestion;
  answer: string;
}

interface NodeBase {
  id: string;
  steps: TroubleshootStep[];
  depth: number;
}

export interface TroubleshootQuestionNode extends NodeBase {
  kind: 'question';
  question: TroubleshootQuestion;
  options: { answer: string; next: string }[];
}

export interface TroubleshootCauseNode extends NodeBase {
  kind: 'cause';
  cause: CauseId;
}

export type TroubleshootNode = TroubleshootQuestionNode | TroubleshootCauseNode;

export interface TroubleshootEdge {
  from: string;
  to: string;
  question: TroubleshootQuestion;
  answer: string;
}

export interface TroubleshootTree {
  root: string;
  /** Depth-first, in the order of the options. */
  nodes: TroubleshootNode[];
  edges: TroubleshootEdge[];
}

export function troubleshootNodeId(steps: readonly TroubleshootStep[]): string {
  return steps.length === 0
    ? TROUBLESHOOT_ROOT
    : steps.map((s) => `${s.question}-${s.answer}`).join('.');
}

function answersOf(steps: readonly TroubleshootStep[]): TroubleshootAnswers {
  return Object.fromEntries(steps.map((s) => [s.question, s.answer])) as TroubleshootAnswers;
}

const sameSet = (a: readonly AcceptanceCause[], b: readonly AcceptanceCause[]) =>
  a.length === b.length && a.every((cause) => b.includes(cause));

/** Builds the tree from a list of causes (the product's by default). */
export function buildTroubleshootTree(
  causes: readonly AcceptanceCause[] = ACCEPTANCE_CAUSES,
): TroubleshootTree {
  const fitting = (answers: TroubleshootAnswers) =>
    causes.filter((cause) => causeFits(cause, answers));
  const nodes: TroubleshootNode[] = [];
  const edges: TroubleshootEdge[] = [];

  const visit = (steps: TroubleshootStep[]): string => {
    const id = troubleshootNodeId(steps);
    const answers = answersOf(steps);
    const left = fitting(answers);
    if (left.length === 1) {
      nodes.push({ kind: 'cause', id, steps, depth: steps.length, cause: left[0]!.id });
      return id;
    }
    const split = TROUBLESHOOT_QUESTION_IDS.filter((q) => answers[q] === undefined)
      .map((question) => ({
        question,
        branches: (TROUBLESHOOT_QUESTIONS[question] as readonly string[])
          .map((answer) => ({ answer, causes: fitting({ ...answers, [question]: answer }) }))
          .filter((b) => b.causes.length > 0),
      }))
      .find(({ branches }) => branches.some((b) => !sameSet(b.causes, left)));
    if (!split) {
      throw new Error(
        `Causes ${left.map((c) => c.id).join(', ') || '(none)'} cannot be told apart at ${id}: give them different answers.`,
      );
    }
    const node: TroubleshootQuestionNode = {
      kind: 'question',
      id,
      steps,
      depth: steps.length,
      question: split.question,
      options: [],
    };
    nodes.push(node);
    for (const { answer } of split.branches) {
      const next = visit([...steps, { question: split.question, answer }]);
      node.options.push({ answer, next });
      edges.push({ from: id, to: next, question: split.question, answer });
    }
    return id;
  };

  const root = visit([]);
  return { root, nodes, edges };
}

let cached: TroubleshootTree | undefined;

/** The troubleshooting tree, built once from the causes. */
export function troubleshootTree(): TroubleshootTree {
  return (cached ??= buildTroubleshootTree());
}

export function findTroubleshootNode(id: string): TroubleshootNode | undefined {
  return troubleshootTree().nodes.find((node) => node.id === id);
}

/** The nodes from the root to `id`, inclusive; empty for an unknown id. */
export function troubleshootPathTo(id: string): TroubleshootNode[] {
  const target = findTroubleshootNode(id);
  if (!target) return [];
  return target.steps
    .map((_, i) => findTroubleshootNode(troubleshootNodeId(target.steps.slice(0, i))))
    .concat(target)
    .filter((node): node is TroubleshootNode => node !== undefined);
}

/**
 * Follows the answers given: stops at the first question without an answer (or with one the
 * tree does not offer there), or at the cause. Answers to questions not asked are ignored.
 */
export function walkTroubleshoot(answers: TroubleshootAnswers): TroubleshootNode {
  const tree = troubleshootTree();
  let node = findTroubleshootNode(tree.root)!;
  while (node.kind === 'question') {
    const given = answers[node.question] as string | undefined;
    const option = node.options.find((o) => o.answer === given);
    if (!option) return node;
    node = findTroubleshootNode(option.next)!;
  }
  return node;
}

/** The leaves of one cause, in tree order: every path that ends in it. */
export function causeLeaves(cause: CauseId): TroubleshootCauseNode[] {
  return troubleshootTree().nodes.filter(
    (n): n is TroubleshootCauseNode => n.kind === 'cause' && n.cause === cause,
  );
}

/**
 * The leaf of a cause that fits what is known (for a link: its kind and cloud); the first
 * leaf of the cause when nothing more is known.
 */
export function causeLeaf(cause: CauseId, known: TroubleshootAnswers = {}): TroubleshootCauseNode {
  const leaves = causeLeaves(cause);
  const fits = (leaf: TroubleshootCauseNode) =>
    leaf.steps.every((s) => {
      const given = known[s.question as 'kind'] as string | undefined;
      return given === undefined || given === s.answer;
    });
  const leaf = leaves.find(fits) ?? leaves[0];
  if (!leaf) throw new Error(`Cause ${cause} has no leaf in the troubleshooting tree.`);
  return leaf;
}

// ── Links as they travel ──────────────────────────────────────────────────────────────

/**
 * What happened to a link on its way, as the parser sees it:
 * - `safe-links`: wrapped by Outlook Safe Links (the parser opens it: `unwrapped`);
 * - `html-ampersand`: `&` written as `&amp;` (HTML mail; the parser reads through it);
 * - `line-break`: broken across lines by plain-text mail (the parser joins it);
 * - `truncated`: cut off: a part or a parameter is missing or incomplete;
 * - `not-an-invitation`: what reached the customer is not an invitation link at all.
 */
export const LINK_ALTERATIONS = [
  'safe-links',
  'html-ampersand',
  'line-break',
  'truncated',
  'not-an-invitation',
] as const;
export type LinkAlteration = (typeof LINK_ALTERATIONS)[number];

/**
 * What each of the parser's refusals (`LINK_ERROR_CODES`) points to: the cause, and for an
 * altered link which alteration. A Record, so a new error code cannot be left out. `empty`
 * points nowhere: nothing was pasted.
 */
export const LINK_ERROR_CAUSES: Record<
  Exclude<LinkErrorCode, 'empty'>,
  { cause: CauseId; alteration?: LinkAlteration }
> = {
  // Cut off on its way: a part or a parameter is missing or incomplete.
  'incomplete-link': { cause: 'link-altered', alteration: 'truncated' },
  'missing-parameter': { cause: 'link-altered', alteration: 'truncated' },
  'invalid-partner-id': { cause: 'link-altered', alteration: 'truncated' },
  'invalid-reseller-id': { cause: 'link-altered', alteration: 'truncated' },
  'invalid-mpn-id': { cause: 'link-altered', alteration: 'truncated' },
  'invalid-dap': { cause: 'link-altered', alteration: 'truncated' },
  'invalid-relationship-id': { cause: 'link-altered', alteration: 'truncated' },
  // What reached the customer is not (only) the invitation link.
  'not-a-url': { cause: 'link-altered', alteration: 'not-an-invitation' },
  'not-https': { cause: 'link-altered', alteration: 'not-an-invitation' },
  'untrusted-host': { cause: 'link-altered', alteration: 'not-an-invitation' },
  'unknown-invitation-type': { cause: 'link-altered', alteration: 'not-an-invitation' },
  'credentials-in-link': { cause: 'link-altered', alteration: 'not-an-invitation' },
  'duplicate-parameter': { cause: 'link-altered', alteration: 'not-an-invitation' },
  'multiple-links': { cause: 'link-altered', alteration: 'not-an-invitation' },
  'too-long': { cause: 'link-altered', alteration: 'not-an-invitation' },
  // A GDAP request link on the 21Vianet host: its own cause.
  'gdap-not-in-21vianet': { cause: 'gdap-not-in-21vianet' },
};

const AMPERSAND_ENTITY = /&(?:amp|#0*38|#x0*26);/i;

/**
 * How a pasted link was altered on its way, from the text and the parser's result: what the
 * parser repaired (Safe Links, `&amp;`, line breaks) and, for a refused link, why it is
 * broken. Empty for a link that arrived as it was sent.
 */
export function linkAlterations(text: string, result: InvitationLinkResult): LinkAlteration[] {
  const found: LinkAlteration[] = [];
  const unwrapped = result.ok ? result.link.unwrapped : result.error.unwrapped;
  if (unwrapped === 'outlook-safe-links') found.push('safe-links');
  if (AMPERSAND_ENTITY.test(text)) found.push('html-ampersand');
  if (result.ok && /\r?\n/.test(text.trim())) {
    const unjoined = parseInvitationLink(text.replace(/\r?\n/g, ' '));
    if (!unjoined.ok || unjoined.link.url !== result.link.url) found.push('line-break');
  }
  if (!result.ok && result.error.code !== 'empty') {
    const alteration = LINK_ERROR_CAUSES[result.error.code].alteration;
    if (alteration) found.push(alteration);
  }
  return found;
}

/** What a pasted link tells the troubleshooting tree. */
export interface LinkTroubleshooting {
  /** The step to open: the link's kind and cloud answered, or the cause a broken link points to. */
  step: TroubleshootNode;
  /** The cause a broken or altered link points to; undefined for a link that arrived whole. */
  cause?: CauseId;
  alterations: LinkAlteration[];
}

/**
 * Where the troubleshooting tree opens for a pasted link. A whole link opens at its kind and
 * cloud (the next question is the customer's side). A GDAP link for 21Vianet points to that
 * cause. A refused link, or one the parser had to repair, points to "the link was altered",
 * at the leaf that fits what is known of it.
 */
export function troubleshootForLink(
  text: string,
  result: InvitationLinkResult,
): LinkTroubleshooting {
  const alterations = linkAlterations(text, result);
  if (result.ok) {
    const known: TroubleshootAnswers =
      result.link.cloud === 'usgov'
        ? { kind: result.link.kind }
        : { kind: result.link.kind, cloud: result.link.cloud };
    if (result.link.kind === 'gdap' && result.link.cloud === '21vianet') {
      return {
        step: causeLeaf('gdap-not-in-21vianet', known),
        cause: 'gdap-not-in-21vianet',
        alterations,
      };
    }
    if (alterations.length > 0) {
      return { step: causeLeaf('link-altered', known), cause: 'link-altered', alterations };
    }
    return { step: walkTroubleshoot(known), alterations };
  }
  if (result.error.code === 'empty') return { step: walkTroubleshoot({}), alterations };
  const { cause } = LINK_ERROR_CAUSES[result.error.code];
  const known: TroubleshootAnswers =
    cause === 'gdap-not-in-21vianet' ? { kind: 'gdap', cloud: '21vianet' } : {};
  return { step: causeLeaf(cause, known), cause, alterations };
}

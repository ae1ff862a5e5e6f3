import type { DecisionTree, NodeId, Status } from '../../../core/index.ts';

/**
 * Layout of a decision-tree diagram, computed at build time from the core graph: left to
 * right, one column per depth, one row per verdict. Pure and deterministic, so it is unit
 * tested; `TreeDiagram.astro` only draws what this returns. Text widths are estimated (no
 * fonts at build time): CJK characters count as one em, other characters as 0.58 em.
 */

export interface DiagramLabels {
  /** Text of a node: the question, or the verdict's status in plain words. */
  node(nodeId: NodeId): string;
  /** Text of an edge: the answer. */
  edge(from: NodeId, to: NodeId): string;
  href(nodeId: NodeId): string;
}

export interface DiagramNode {
  id: NodeId;
  kind: 'question' | 'verdict';
  status?: Status;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  href: string;
  onPath: boolean;
  current: boolean;
}

export interface DiagramEdge {
  from: NodeId;
  to: NodeId;
  /** SVG path data. */
  d: string;
  lines: string[];
  labelX: number;
  /** Baseline of the last label line. */
  labelY: number;
  onPath: boolean;
}

export interface Diagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export const DIAGRAM = {
  fontSize: 13,
  lineHeight: 16,
  nodeWidth: 200,
  /** Horizontal room between columns, where the answer labels sit. */
  gap: 190,
  padding: 12,
  rowGap: 22,
  margin: 8,
  labelFontSize: 12,
  labelLineHeight: 14,
} as const;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Estimated width of a text in px at a font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += CJK.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.58;
  return em * fontSize;
}

/**
 * Breaks a text into lines no wider than `maxWidth`: at spaces for alphabetic text, between
 * any two characters for CJK text (never before CJK closing punctuation).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens =
    text.match(
      /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f][，。、：；！？）」』]?|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|\s+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (line) line += ' ';
      continue;
    }
    const candidate = line + token;
    if (line.trim() && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token;
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Lays out a tree. `current` is the node the reader is on; the path to it is highlighted. */
export function layoutDiagram(
  tree: DecisionTree,
  labels: DiagramLabels,
  current?: NodeId,
): Diagram {
  const D = DIAGRAM;
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  const target = current === undefined ? undefined : byId.get(current);
  const onPath = new Set<NodeId>();
  if (target) {
    for (let i = 0; i <= target.steps.length; i++) {
      const prefix = target.steps.slice(0, i);
      const node = tree.nodes.find(
        (n) =>
          n.steps.length === i &&
          n.steps.every(
            (s, k) => s.question === prefix[k]?.question && s.answer === prefix[k]?.answer,
          ),
      );
      if (node) onPath.add(node.id);
    }
  }
  const textMax = D.nodeWidth - 2 * D.padding;
  const sized = new Map(
    tree.nodes.map((n) => {
      const lines = wrapText(labels.node(n.id), textMax, D.fontSize);
      return [n.id, { lines, height: lines.length * D.lineHeight + 2 * D.padding - 4 }];
    }),
  );
  // Each subtree gets a vertical band; leaves stack, parents centre on their children.
  const nodes: DiagramNode[] = [];
  const centre = new Map<NodeId, number>();
  let cursor = D.margin;
  const place = (id: NodeId): void => {
    const node = byId.get(id)!;
    const { lines, height } = sized.get(id)!;
    let y: number;
    if (node.kind === 'verdict') {
      y = cursor;
      cursor += height + D.rowGap;
    } else {
      for (const option of node.options) place(option.next);
      const first = centre.get(node.options[0]!.next)!;
      const last = centre.get(node.options[node.options.length - 1]!.next)!;
      y = (first + last) / 2 - height / 2;
    }
    centre.set(id, y + height / 2);
    nodes.push({
      id,
      kind: node.kind,
      ...(node.kind === 'verdict' ? { status: node.verdict.status } : {}),
      x: D.margin + node.depth * (D.nodeWidth + D.gap),
      y,
      width: D.nodeWidth,
      height,
      lines,
      href: labels.href(id),
      onPath: onPath.has(id),
      current: id === current,
    });
  };
  place(tree.root);
  // Document order = tree order (depth first), so keyboard focus follows the tree.
  const order = new Map(tree.nodes.map((n, i) => [n.id, i]));
  nodes.sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  const placed = new Map(nodes.map((n) => [n.id, n]));
  const edges: DiagramEdge[] = tree.edges.map((e) => {
    const from = placed.get(e.from)!;
    const to = placed.get(e.to)!;
    const x1 = from.x + from.width;
    const y1 = centre.get(e.from)!;
    const x2 = to.x;
    const y2 = centre.get(e.to)!;
    const bend = x1 + 16;
    const d = `M${x1} ${y1}H${bend}V${y2}H${x2}`;
    const labelX = bend + 8;
    const lines = wrapText(labels.edge(e.from, e.to), x2 - labelX - 6, D.labelFontSize);
    return {
      from: e.from,
      to: e.to,
      d,
      lines,
      labelX,
      labelY: y2 - 6,
      onPath: onPath.has(e.from) && onPath.has(e.to),
    };
  });
  const maxDepth = Math.max(...tree.nodes.map((n) => n.depth));
  return {
    width: 2 * D.margin + (maxDepth + 1) * D.nodeWidth + maxDepth * D.gap,
    height: Math.max(cursor - D.rowGap + D.margin, ...nodes.map((n) => n.y + n.height + D.margin)),
    nodes,
    edges,
  };
}

import type { NodeId, Status } from '../../../core/index.ts';

/**
 * What a diagram is drawn from: a decision tree (`core/trees.ts`) or the troubleshooting tree
 * (`core/troubleshoot-tree.ts`). Questions have options; every other node is a leaf (a
 * verdict with its status, or a cause).
 */
export interface DiagramTreeNode {
  id: NodeId;
  depth: number;
  steps: readonly { question: string; answer: string }[];
  kind: 'question' | 'verdict' | 'cause';
  options?: readonly { next: NodeId }[];
  verdict?: { status: Status };
}

export interface DiagramTree {
  root: NodeId;
  nodes: readonly DiagramTreeNode[];
  edges: readonly { from: NodeId; to: NodeId }[];
}

/**
 * Layout of a decision-tree diagram, computed at build time from the core graph: left to
 * right, one column per depth, one row per verdict. Pure and deterministic, so it is unit
 * tested; `TreeDiagram.astro` only draws what this returns. Text widths are estimated (no
 * fonts at build time): CJK characters count as one em, Latin ones by character class.
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
  kind: DiagramTreeNode['kind'];
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

/** The smallest text size (px) a diagram is shown at on screen. */
export const MIN_TEXT_PX = 11;

export const DIAGRAM = {
  fontSize: 13,
  lineHeight: 16,
  nodeWidth: 168,
  /** Horizontal room between columns, where the answer labels sit. */
  gap: 140,
  padding: 12,
  rowGap: 22,
  margin: 8,
  labelFontSize: 13,
  labelLineHeight: 15,
} as const;

/** Characters set full width: Han, kana, CJK punctuation and full-width forms. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Punctuation that never starts a line (closing brackets and quotes, stops, commas). */
const NO_BREAK_BEFORE = /^[，。、：；！？）」』】〕〉》”’…·,.:;!?)\]}]/u;
/** Punctuation that never ends a line (opening brackets and quotes). */
const NO_BREAK_AFTER = /[（「『【〔〈《“‘([{]$/u;

/** Width of one character in em: CJK full width, Latin by a rough class estimate. */
function charEm(ch: string): number {
  if (WIDE.test(ch)) return 1;
  if (ch === ' ') return 0.3;
  if (/[iljt.,:;'!|()[\]]/.test(ch)) return 0.32;
  if (/[mwMW@]/.test(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.68;
  return 0.58;
}

/** Estimated width of a text in px at a font size (no fonts at build time). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Names a line never splits: product names and terms read as one word (the segmenter gives
 * 全局|管理员, 国家|/|地区, 企业协议|（|EA|）).
 */
export const UNBREAKABLE: readonly string[] = [
  'Partner Center',
  '合作伙伴中心',
  '合作伙伴',
  '全局管理员',
  '国家/地区',
  '企业协议（EA）',
  // Chinese terms of the domain, longest first where one starts another.
  'Microsoft 客户协议',
  'Microsoft 云服务',
  'Microsoft 云',
  'Microsoft 租户',
  '由世纪互联运营的',
  '云服务',
  'GDAP 请求',
  '客户列表',
  '建立关系',
  '错误的组织',
];
/** Chinese particles and postpositions that never start a line: 不同|的, 云|中. */
const ZH_GLUED_TO_BEFORE: ReadonlySet<string> = new Set(['的', '中', '了', '时']);
/** Chinese adverbs and the modal 能 that never end a line: 已|终止, 被|拒绝, 能|打开. */
const ZH_GLUED_TO_AFTER: ReadonlySet<string> = new Set(['已', '被', '未', '能']);
/** A soft hyphen: where a German compound may break (written into the locale text). */
const SOFT_HYPHEN = '\u00ad';

/**
 * The pieces a line may break between: words by `Intl.Segmenter` (Chinese words stay whole:
 * 合作伙伴|中心, never 合作伙伴中|心), with closing punctuation glued to the piece before and
 * opening brackets to the piece after. Spaces are pieces of their own.
 */
function breakPieces(text: string): string[] {
  const language = WIDE.test(text) ? 'zh' : 'en';
  let segmenter = segmenters.get(language);
  if (!segmenter)
    segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  const pieces: string[] = [];
  let pendingOpen = '';
  const segments = [...segmenter.segment(text)].flatMap(({ segment }) =>
    // A compound breaks after its soft hyphen: "Nutzungs\u00ad" | "basierte".
    segment.split(/(?<=\u00ad)/u),
  );
  for (const segment of segments) {
    if (/^\s+$/.test(segment)) {
      pieces.push(pendingOpen, ' ');
      pendingOpen = '';
      continue;
    }
    if ((NO_BREAK_AFTER.test(segment) && segment.length === 1) || ZH_GLUED_TO_AFTER.has(segment)) {
      pendingOpen += segment;
      continue;
    }
    const piece = pendingOpen + segment;
    pendingOpen = '';
    const last = pieces.length - 1;
    if (
      last >= 0 &&
      pieces[last] !== ' ' &&
      (NO_BREAK_BEFORE.test(piece) || ZH_GLUED_TO_BEFORE.has(piece))
    )
      pieces[last] += piece;
    else if (
      last >= 0 &&
      pieces[last] !== ' ' &&
      !WIDE.test(piece) &&
      !WIDE.test(pieces[last]!.slice(-1)) &&
      !/[-/\u00ad]$/.test(pieces[last]!)
    )
      // Latin text: the segmenter splits "e.g." and "admin.microsoft.com"; break only at spaces and hyphens.
      pieces[last] += piece;
    else pieces.push(piece);
  }
  if (pendingOpen) pieces.push(pendingOpen);
  return keepTogether(pieces.filter((p) => p !== ''));
}

/** Joins the pieces of an unbreakable name ("Partner", " ", "Center") into one piece. */
function keepTogether(pieces: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const name = UNBREAKABLE.find((n) => {
      let joined = '';
      for (let j = i; j < pieces.length && joined.length < n.length; j++) joined += pieces[j];
      return joined.startsWith(n);
    });
    if (!name) {
      out.push(pieces[i]!);
      continue;
    }
    let joined = '';
    while (i < pieces.length && joined.length < name.length) joined += pieces[i++];
    i--;
    // Closing punctuation that followed the name's last piece stays glued to it.
    out.push(joined);
  }
  return out;
}

/**
 * A piece wider than a whole line. Chinese is cut by characters (never before closing
 * punctuation); a Latin word is never cut: it breaks only at its hyphens and soft hyphens,
 * which are pieces of their own, so a word wider than the line stays whole.
 */
function cutPiece(piece: string, maxWidth: number, fontSize: number): string[] {
  // A Chinese term with a Latin word, kept whole but wider than the line ("Microsoft
  // 客户协议"): at its spaces first, "Microsoft / 客户协议", never inside one of its words. A
  // Latin name ("Partner Center") stays whole, whatever its width.
  if (WIDE.test(piece) && piece.trim().includes(' '))
    return piece
      .split(/(?<= )/u)
      .flatMap((word) =>
        textWidth(word.trim(), fontSize) > maxWidth ? cutPiece(word, maxWidth, fontSize) : [word],
      );
  if (!WIDE.test(piece)) return [piece];
  // Chinese: between its words (协议 stays whole), between characters only inside a word
  // that is itself wider than the line; never before closing punctuation.
  let segmenter = segmenters.get('zh');
  if (!segmenter)
    segmenters.set('zh', (segmenter = new Intl.Segmenter('zh', { granularity: 'word' })));
  const units = [...segmenter.segment(piece)].flatMap(({ segment }) =>
    textWidth(segment, fontSize) > maxWidth ? [...segment] : [segment],
  );
  const parts: string[] = [];
  let part = '';
  for (const unit of units) {
    if (part && textWidth(part + unit, fontSize) > maxWidth && !NO_BREAK_BEFORE.test(unit[0]!)) {
      parts.push(part);
      part = '';
    }
    part += unit;
  }
  if (part) parts.push(part);
  return parts;
}

/** Removes a line's edge spaces; a line that ends at a soft hyphen shows it as „-“. */
function finishLine(line: string): string {
  return line
    .trim()
    .replace(/\u00ad$/u, '-')
    .replaceAll(SOFT_HYPHEN, '');
}

/**
 * Breaks a text into lines no wider than `maxWidth` (estimated): at spaces and hyphens in
 * Latin script, and in German compounds at the soft hyphens the locale marks (shown as „-“
 * at the end of the line); at word boundaries in Chinese (measured full width); never
 * before closing punctuation such as ）？， or after an opening bracket, and never inside
 * „Partner Center“ or 合作伙伴中心. A text with Chinese in it gets the fewest lines, and
 * among those the breaks a Chinese reader expects (`chineseLines`).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  if (WIDE.test(text)) return chineseLines(text, maxWidth, fontSize);
  const lines: string[] = [];
  let line = '';
  const push = () => {
    const text = finishLine(line);
    if (text) lines.push(text);
    line = '';
  };
  for (const piece of breakPieces(text)) {
    if (piece === ' ') {
      if (line) line += ' ';
      continue;
    }
    if (line.trim() && textWidth(line + piece, fontSize) > maxWidth) push();
    if (textWidth(piece, fontSize) > maxWidth) {
      const parts = cutPiece(piece, maxWidth, fontSize);
      for (const part of parts.slice(0, -1)) {
        line += part;
        push();
      }
      line += parts[parts.length - 1] ?? '';
    } else line += piece;
  }
  push();
  return lines;
}

/** Punctuation that ends a clause or an item: the best place for a Chinese line to end. */
const ZH_CLAUSE_END = /[，、；：。？！]$/u;
/**
 * Conjunctions and prepositions that lead the words after them (或|批准, 为|客户, 及其|提供商):
 * a line should not end with one, and a break before one falls between two phrases.
 */
const ZH_PHRASE_LEAD: ReadonlySet<string> = new Set([
  '或',
  '和',
  '与',
  '及',
  '及其',
  '但',
  '并',
  '而',
  '为',
  '在',
  '就',
  '向',
  '对',
  '从',
  '给',
]);

/** Cost of a layout's features, in units of one ordinary break (chosen so the order holds). */
const ZH_COST = {
  /** A line: fewer lines always win. */
  line: 1000,
  /** A break between two words; none after ，、；, half before a conjunction or preposition. */
  break: 10,
  breakBeforePhrase: 5,
  /** A line that ends with a conjunction or preposition: 接受或 / 批准失败. */
  phraseLeadAtEnd: 50,
  /** A line of one character (在), or a line of two inside the label (使用). */
  loneCharacter: 40,
  shortInnerLine: 30,
  /** Per em² of room left at the end of a line that is not the last: lines of even length. */
  ragged: 0.25,
} as const;

/**
 * Chinese lines: the fewest lines that fit (never more than filling each line in turn), and
 * among those the layout a Chinese typesetter would choose: a line ends after ，、； rather
 * than inside a clause (`邀请或请求能打开，/ 但接受或批准失败`), never with 或, 为 or 在
 * when another layout of as many lines avoids it, no line of one character, and lines of
 * about even length (`客户的组织目前 / 在哪里使用 / Microsoft 云服务？`).
 */
function chineseLines(text: string, maxWidth: number, fontSize: number): string[] {
  // The words a line may break between; a word wider than a line comes in its cut parts.
  const units: { text: string; spaceBefore: boolean }[] = [];
  let spaceBefore = false;
  for (const piece of breakPieces(text)) {
    if (piece === ' ') {
      spaceBefore = units.length > 0;
      continue;
    }
    const parts =
      textWidth(piece, fontSize) > maxWidth ? cutPiece(piece, maxWidth, fontSize) : [piece];
    for (const part of parts) {
      if (part.trim()) units.push({ text: part.trim(), spaceBefore });
      spaceBefore = part.endsWith(' ');
    }
  }
  const lineText = (from: number, to: number): string =>
    finishLine(
      units
        .slice(from, to)
        .map((unit, i) => (i > 0 && unit.spaceBefore ? ' ' : '') + unit.text)
        .join(''),
    );
  const n = units.length;
  // best[i]: the cheapest layout of units[0, i); from[i]: where its last line starts.
  const best: number[] = [0];
  const from: number[] = [0];
  for (let end = 1; end <= n; end++) {
    best[end] = Infinity;
    for (let start = end - 1; start >= 0; start--) {
      const line = lineText(start, end);
      const width = textWidth(line, fontSize) / fontSize;
      // A single word wider than the line (a Latin name) stands on its own line.
      if (width * fontSize > maxWidth && end - start > 1) break;
      const last = end === n;
      let cost = best[start]! + ZH_COST.line;
      if (!last) {
        const next = units[end]!.text;
        cost += ZH_CLAUSE_END.test(line)
          ? 0
          : [...ZH_PHRASE_LEAD].some((lead) => next.startsWith(lead))
            ? ZH_COST.breakBeforePhrase
            : ZH_COST.break;
        if (ZH_PHRASE_LEAD.has(units[end - 1]!.text)) cost += ZH_COST.phraseLeadAtEnd;
        if (width <= 2.2) cost += ZH_COST.shortInnerLine;
        cost += ZH_COST.ragged * Math.max(0, maxWidth / fontSize - width) ** 2;
      }
      if (width <= 1.2 && n > 1) cost += ZH_COST.loneCharacter;
      if (cost < best[end]!) {
        best[end] = cost;
        from[end] = start;
      }
    }
  }
  const lines: string[] = [];
  for (let end = n; end > 0; end = from[end]!) lines.unshift(lineText(from[end]!, end));
  return lines.filter((line) => line !== '');
}

/** Lays out a tree. `current` is the node the reader is on; the path to it is highlighted. */
export function layoutDiagram(tree: DiagramTree, labels: DiagramLabels, current?: NodeId): Diagram {
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
    const options = node.kind === 'question' ? (node.options ?? []) : [];
    if (options.length === 0) {
      y = cursor;
      cursor += height + D.rowGap;
    } else {
      for (const option of options) place(option.next);
      const first = centre.get(options[0]!.next)!;
      const last = centre.get(options[options.length - 1]!.next)!;
      y = (first + last) / 2 - height / 2;
    }
    centre.set(id, y + height / 2);
    nodes.push({
      id,
      kind: node.kind,
      ...(node.verdict ? { status: node.verdict.status } : {}),
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

import { treePath, type DecisionTree, type Language, type NodeId } from '../../../core/index.ts';
import { DIAGRAM, MIN_TEXT_PX, layoutDiagram, type Diagram } from './diagram.ts';
import { tFor } from './i18n.ts';

/** One tree's diagram in one language, laid out with its localized labels and links. */
export function treeDiagram(lang: Language, tree: DecisionTree, current?: NodeId): Diagram {
  const t = tFor(lang);
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  return layoutDiagram(
    tree,
    {
      node: (id) => {
        const node = byId.get(id)!;
        return node.kind === 'question'
          ? t(`rules:question.${node.question}.title`)
          : t(`rules:status.${node.verdict.status}.title`);
      },
      edge: (from, to) => {
        const edge = tree.edges.find((e) => e.from === from && e.to === to)!;
        return t(
          `rules:answer.${edge.question}.${edge.answer}.label` as 'rules:answer.cloud.global.label',
        );
      },
      href: (id) => treePath(lang, tree.id, id),
    },
    current,
  );
}

/** The id of the figure TreeDiagram.astro draws for a tree (one diagram per page). */
export function diagramFigureId(tree: DecisionTree): string {
  return `diagram-${tree.id}`;
}

/**
 * The diagram's sizes for global.css: drawn at most at its natural width, never narrower than
 * the width at which its smallest text is still MIN_TEXT_PX (a phone then scrolls it
 * sideways). A page puts this in a hashed inline style in its frontmatter (`allowInlineStyle`):
 * a `style` attribute would need 'unsafe-inline', and a hash added from inside the page body
 * comes too late for the policy in <head>.
 */
export function diagramSizeCss(lang: Language, tree: DecisionTree): string {
  return diagramSizeRule(diagramFigureId(tree), treeDiagram(lang, tree).width);
}

/** The size rule for the diagram in the figure `figureId`, drawn `width` px wide at most. */
export function diagramSizeRule(figureId: string, width: number): string {
  const minWidth = Math.ceil(
    (width * MIN_TEXT_PX) / Math.min(DIAGRAM.fontSize, DIAGRAM.labelFontSize),
  );
  return `#${figureId} svg{--diagram-width:${width}px;--diagram-min-width:${minWidth}px}`;
}

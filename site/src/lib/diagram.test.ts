import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, decisionTrees, treePath, type DecisionTree } from '../../../core/index.ts';
import { DIAGRAM, layoutDiagram, textWidth, wrapText, type DiagramLabels } from './diagram.ts';
import { tFor } from './i18n.ts';

function labels(tree: DecisionTree, lang: (typeof LANGUAGES)[number]): DiagramLabels {
  const t = tFor(lang);
  const byId = new Map(tree.nodes.map((n) => [n.id, n]));
  return {
    node: (id) => {
      const n = byId.get(id)!;
      return n.kind === 'question'
        ? t(`rules:question.${n.question}.title`)
        : t(`rules:status.${n.verdict.status}.title`);
    },
    edge: (from, to) => {
      const e = tree.edges.find((x) => x.from === from && x.to === to)!;
      return t(`rules:answer.${e.question}.${e.answer}.label` as 'rules:answer.cloud.global.label');
    },
    href: (id) => treePath(lang, tree.id, id),
  };
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('wrapText', () => {
  it('keeps words whole and lines within the width (alphabetic)', () => {
    const lines = wrapText(
      'Where did the customer buy the subscription they already have?',
      150,
      13,
    );
    expect(lines.join(' ')).toBe('Where did the customer buy the subscription they already have?');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
  });

  it('breaks Chinese between characters and keeps every character', () => {
    const text = '客户现有的订阅是在哪里购买的？';
    const lines = wrapText(text, 80, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    expect(lines.some((l) => l.startsWith('？'))).toBe(false);
  });

  it('never loses text, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.integer({ min: 40, max: 300 }),
        (text, width) => {
          const squash = (s: string) => s.replace(/\s+/g, '');
          expect(squash(wrapText(text, width, 13).join(''))).toBe(squash(text));
        },
      ),
    );
  });
});

describe('layoutDiagram', () => {
  for (const tree of decisionTrees()) {
    for (const lang of LANGUAGES) {
      it(`${tree.id} (${lang}): every node and edge drawn, labelled, no boxes overlap`, () => {
        const d = layoutDiagram(tree, labels(tree, lang));
        expect(d.nodes.map((n) => n.id).sort()).toEqual(tree.nodes.map((n) => n.id).sort());
        expect(d.edges).toHaveLength(tree.edges.length);
        for (const e of d.edges) expect(e.lines.join(' ').length).toBeGreaterThan(0);
        for (const n of d.nodes) {
          expect(n.lines.length).toBeGreaterThan(0);
          expect(n.x + n.width).toBeLessThanOrEqual(d.width);
          expect(n.y + n.height).toBeLessThanOrEqual(d.height);
        }
        for (const [i, a] of d.nodes.entries())
          for (const b of d.nodes.slice(i + 1))
            expect(overlap(a, b), `${a.id} / ${b.id}`).toBe(false);
      });
    }
  }

  it('highlights exactly the path to the current node', () => {
    for (const tree of decisionTrees()) {
      const verdict = tree.nodes.findLast((n) => n.kind === 'verdict')!;
      const d = layoutDiagram(tree, labels(tree, 'en'), verdict.id);
      const onPath = d.nodes.filter((n) => n.onPath).map((n) => n.id);
      expect(onPath).toHaveLength(verdict.depth + 1);
      expect(d.nodes.find((n) => n.current)?.id).toBe(verdict.id);
      expect(d.edges.filter((e) => e.onPath)).toHaveLength(verdict.depth);
      expect(layoutDiagram(tree, labels(tree, 'en')).nodes.some((n) => n.onPath)).toBe(false);
    }
  });

  it('edge labels stay between the columns', () => {
    for (const tree of decisionTrees()) {
      const d = layoutDiagram(tree, labels(tree, 'de'));
      for (const e of d.edges) {
        const to = d.nodes.find((n) => n.id === e.to)!;
        for (const line of e.lines)
          expect(e.labelX + textWidth(line, DIAGRAM.labelFontSize)).toBeLessThanOrEqual(to.x);
      }
    }
  });
});

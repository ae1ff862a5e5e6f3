import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, decisionTrees, treePath, type DecisionTree } from '../../../core/index.ts';
import {
  DIAGRAM,
  UNBREAKABLE,
  layoutDiagram,
  textWidth,
  wrapText,
  type DiagramLabels,
} from './diagram.ts';
import { tFor } from './i18n.ts';
import { answerKey } from '../../../locales/keys.ts';

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
      return t(answerKey(e.question, e.answer));
    },
    href: (id) => treePath(lang, tree.id, id),
  };
}

/** The Chinese terms a diagram label never splits across lines. */
const ZH_TERMS = UNBREAKABLE.filter((term) => /\p{Script=Han}/u.test(term));

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

  it('breaks a German compound only at its soft hyphen, and shows the hyphen there', () => {
    const lines = wrapText('Nutzungs\u00adbasierte Dienste (Azure)', 70, 13);
    expect(lines[0]).toBe('Nutzungs-');
    expect(lines.join(' ')).not.toContain('\u00ad');
    expect(wrapText('Nutzungs\u00adbasierte', 300, 13)).toEqual(['Nutzungsbasierte']);
  });

  it('never cuts a Latin word that has no break point, even when it is wider than the line', () => {
    expect(wrapText('Nutzungsbasierte Dienste', 40, 13)).toEqual(['Nutzungsbasierte', 'Dienste']);
  });

  it('never splits “Partner Center” or 合作伙伴中心', () => {
    expect(wrapText('Globales Partner Center', 80, 13)).toEqual(['Globales', 'Partner Center']);
    expect(wrapText('你使用的是哪个合作伙伴中心？', 100, 13)).toEqual([
      '你使用的是哪个',
      '合作伙伴中心？',
    ]);
  });

  it('keeps Chinese terms whole and particles with their word', () => {
    const lines = (text: string, width: number) => wrapText(text, width, 13);
    for (const [text, width] of [
      ['打开链接的人不是全局管理员', 140],
      ['GDAP 请求已被批准或已终止', 140],
      ['合作伙伴和客户位于不同的国家/地区', 160],
      ['在由世纪互联运营的 Microsoft 云中', 130],
      ['页面提到国家/地区', 70],
      ['服务是通过企业协议（EA）购买的', 150],
      ['要求客户就 Microsoft 客户协议联系合作伙伴', 130],
      ['客户的组织目前在哪里使用 Microsoft 云服务？', 130],
      ['用于由世纪互联运营的 Microsoft 云的 GDAP 请求', 130],
      ['客户不在你的客户列表中', 100],
      ['客户还没有 Microsoft 租户', 100],
      ['客户无法登录，或登录到了错误的组织', 110],
      ['与间接经销商及其提供商同时建立关系的邀请', 110],
    ] as const) {
      const broken = lines(text, width);
      expect(broken.join('').replaceAll(' ', ''), text).toBe(text.replaceAll(' ', ''));
      for (const [i, line] of broken.slice(0, -1).entries()) {
        const next = broken[i + 1]!;
        const seam = `${line} / ${next}`;
        expect(/^[的中了时]/.test(next), seam).toBe(false);
        expect(/[已被未能]$/.test(line), seam).toBe(false);
        for (const term of ZH_TERMS)
          expect(text.includes(term) && !broken.some((l) => l.includes(term)), seam).toBe(false);
      }
    }
  });

  it('breaks a term wider than the line at its space, never inside a Chinese word', () => {
    const lines = wrapText('要求客户就 Microsoft 客户协议联系合作伙伴', 7 * 12, 12);
    expect(lines.join('').replaceAll(' ', '')).toBe('要求客户就Microsoft客户协议联系合作伙伴');
    expect(lines.some((line) => line.endsWith('Microsoft'))).toBe(true);
    expect(lines.some((line) => line.startsWith('客户协议'))).toBe(true);
    for (const line of lines) expect(line.startsWith('议'), lines.join(' / ')).toBe(false);
  });

  it('breaks Chinese after ，、 and before 或, never leaving 或, 为 or a lone character at a line end', () => {
    const edge = DIAGRAM.gap - 30;
    const node = DIAGRAM.nodeWidth - 2 * DIAGRAM.padding;
    for (const [text, width, expected] of [
      ['邀请或请求能打开，但接受或批准失败', edge, ['邀请或请求', '能打开，', '但接受或批准失败']],
      ['客户无法登录，或登录到了错误的组织', edge, ['客户无法登录，', '或登录到了', '错误的组织']],
      ['提示请求已过期或找不到', edge, ['提示请求已过期', '或找不到']],
      ['间接提供商无法为客户下单', edge, ['间接提供商无法', '为客户下单']],
      ['请求已被批准、处于活动状态或已终止', edge, ['请求已被批准、', '处于活动状态', '或已终止']],
      [
        '客户的组织目前在哪里使用 Microsoft 云服务？',
        node,
        ['客户的组织目前', '在哪里使用', 'Microsoft 云服务？'],
      ],
      ['GDAP 请求已被批准或已终止', node, ['GDAP 请求已被批准', '或已终止']],
    ] as const) {
      const lines = wrapText(text, width, DIAGRAM.labelFontSize);
      expect(lines, text).toEqual(expected);
    }
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

/**
 * True when every line break of `lines` falls where the text `text` may break: at a space,
 * after a hyphen, or at a soft hyphen (then the line shows a hyphen).
 */
function breaksAtWordBoundaries(text: string, lines: readonly string[]): boolean {
  let rest = text;
  for (const [n, line] of lines.entries()) {
    const plain = rest.replaceAll('\u00ad', '');
    const added = line.endsWith('-') && !plain.startsWith(line);
    const body = added ? line.slice(0, -1) : line;
    let i = 0;
    for (const ch of body) {
      while (rest[i] === '\u00ad') i++;
      if (rest[i] !== ch) return false;
      i++;
    }
    if (n === lines.length - 1) return rest.slice(i).replaceAll('\u00ad', '').trim() === '';
    if (added) {
      if (rest[i] !== '\u00ad') return false;
      i++;
    } else if (!body.endsWith('-') && rest[i] !== ' ') return false;
    rest = rest.slice(i).trimStart();
  }
  return true;
}

/**
 * A term is on one line, or, where it is wider than any line ("Microsoft 客户协议"), breaks
 * only at its own spaces: each of its words stays whole on a line.
 */
function keptWhole(term: string, lines: readonly string[]): boolean {
  if (lines.some((line) => line.includes(term))) return true;
  const words = term.split(' ');
  return (
    words.length > 1 &&
    lines.join(' ').includes(term) &&
    words.every((word) => lines.some((line) => line.includes(word)))
  );
}

describe('diagram labels break like a typesetter would', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: every label breaks only between words, never inside “Partner Center”`, () => {
      for (const tree of decisionTrees()) {
        const l = labels(tree, lang);
        const d = layoutDiagram(tree, l);
        const texts = [
          ...d.nodes.map((n) => ({ text: l.node(n.id), lines: n.lines })),
          ...d.edges.map((e) => ({ text: l.edge(e.from, e.to), lines: e.lines })),
        ];
        for (const { text, lines } of texts) {
          if (lang !== 'zh')
            expect(breaksAtWordBoundaries(text, lines), `${tree.id}: ${lines.join(' / ')}`).toBe(
              true,
            );
          for (const [i, line] of lines.slice(0, -1).entries()) {
            const next = lines[i + 1]!;
            expect(line.endsWith('Partner') && next.startsWith('Center'), line).toBe(false);
            expect(line.endsWith('合作伙伴') && next.startsWith('中心'), line).toBe(false);
          }
          if (lang === 'zh')
            for (const term of ZH_TERMS.filter((term) => text.includes(term)))
              expect(keptWhole(term, lines), `${tree.id}: ${term} in ${lines.join(' / ')}`).toBe(
                true,
              );
        }
      }
    });
  }
});

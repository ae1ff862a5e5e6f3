import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES, decisionTrees, treePath } from '../../../core/index.ts';

/**
 * The tree diagram is readable on a 390 px phone and prints on one page. On the phone, the
 * diagram keeps its smallest text at 11 px or more and scrolls sideways in its own box; the
 * page itself does not scroll sideways. Chinese labels never start a line with closing
 * punctuation. In print, the diagram sits on one landscape page (A4 and US Letter, 12 mm
 * margins) with its smallest text at 6 pt (8 px) or more.
 */
const widest = decisionTrees().reduce((a, b) =>
  Math.max(...b.nodes.map((n) => n.depth)) > Math.max(...a.nodes.map((n) => n.depth)) ? b : a,
);
const verdict = widest.nodes.find((n) => n.kind === 'verdict' && n.steps.length > 1)!;

async function diagramFacts(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector<SVGSVGElement>('.diagram svg')!;
    const box = svg.getBoundingClientRect();
    const vb = svg.viewBox.baseVal;
    // preserveAspectRatio "meet": the content scales by the smaller ratio.
    const scale = Math.min(box.width / vb.width, box.height / vb.height);
    const sizes = Array.from(svg.querySelectorAll('text')).map((t) =>
      Number(t.getAttribute('font-size')),
    );
    const scroller = svg.closest<HTMLElement>('.diagram-scroll')!;
    return {
      smallestTextPx: Math.min(...sizes) * scale,
      pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
      diagramScrolls: scroller.scrollWidth > scroller.clientWidth,
      figureHeight: document.querySelector('.diagram')!.getBoundingClientRect().height,
      lines: Array.from(svg.querySelectorAll('tspan')).map((t) => t.textContent ?? ''),
    };
  });
}

for (const lang of LANGUAGES) {
  test(`${lang}: on a 390 px phone the diagram text stays at 11 px or more and scrolls in its box`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(treePath(lang, widest.id, verdict.id));
    const facts = await diagramFacts(page);
    expect(facts.smallestTextPx).toBeGreaterThanOrEqual(11);
    expect(facts.pageScrollsSideways).toBe(false);
    expect(facts.diagramScrolls).toBe(true);
    // The reader can reach the last box by scrolling the diagram's box.
    const last = page.locator('.diagram .node a').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    if (lang === 'zh') {
      expect(facts.lines.filter((line) => /^[，。、：；！？）」』》”]/.test(line))).toEqual([]);
      expect(facts.lines.filter((line) => /[（「『《“]$/.test(line))).toEqual([]);
    }
  });
}

const mmToPx = (mm: number) => (mm * 96) / 25.4;
const PAPERS = { A4: { width: 297, height: 210 }, Letter: { width: 279.4, height: 215.9 } };

for (const lang of LANGUAGES) {
  for (const [paper, size] of Object.entries(PAPERS)) {
    test(`${lang}, ${paper}: every tree's printed diagram fits one landscape page, text 6 pt or more`, async ({
      page,
    }) => {
      const printable = {
        width: Math.floor(mmToPx(size.width - 24)),
        height: Math.floor(mmToPx(size.height - 24)),
      };
      await page.setViewportSize(printable);
      await page.emulateMedia({ media: 'print' });
      for (const tree of decisionTrees()) {
        await page.goto(treePath(lang, tree.id, tree.root));
        const facts = await diagramFacts(page);
        expect(facts.figureHeight, tree.id).toBeLessThanOrEqual(printable.height);
        expect(facts.smallestTextPx, tree.id).toBeGreaterThanOrEqual(8);
        expect(facts.pageScrollsSideways, tree.id).toBe(false);
      }
      // The browser's own print of one verdict page: the diagram's page is landscape.
      await page.goto(treePath(lang, widest.id, verdict.id));
      const pdf = await page.pdf({
        format: paper,
        margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
      });
      const sizes = [
        ...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g),
      ].map((m) => Number(m[1]) > Number(m[2]));
      expect(sizes.at(-1), 'the last printed page (the diagram) is landscape').toBe(true);
    });
  }
}

import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOUDS, allSituations } from '../../../core/situation.ts';
import { CHANGES, changesFor, type Change } from '../../../core/changes.ts';
import { evaluate } from '../../../core/evaluate.ts';
import { decisionTree } from '../../../core/trees.ts';
import { changeNote } from '../../../locales/change-notes.ts';
import { SCENARIO_IDS } from '../../../core/scenarios.ts';
import type { Rule } from '../../../core/rules.ts';
import { cheatSheet, handoutRules } from '../../../core/training.ts';
import { LANGS, t } from './helpers.ts';
import { findForbiddenTerms, type Concept } from '../../../locales/terms.ts';

// Playwright's loader cannot import JSON modules: the termbase is read from disk.
const CONCEPTS = (
  JSON.parse(readFileSync(new URL('../../../locales/termbase.json', import.meta.url), 'utf8')) as {
    concepts: Concept[];
  }
).concepts;

/** Titles of cited pages: the page's own words in its own language, not our terms. */
const citedTitles = () => CHANGES.flatMap((c) => c.sources.map((s) => squash(s.title)));

/** What every printout must satisfy: our terms, and an address a reader can use. */
function expectPrintable(lang: string, path: string, text: string) {
  const ours = citedTitles().reduce((rest, title) => rest.replaceAll(title, ''), squash(text));
  expect(
    findForbiddenTerms(CONCEPTS, lang, ours, { ignoreSpaces: true }).map((p) => p.rule),
    `${path}: terms`,
  ).toEqual([]);
  expect(text, `${path}: no address of this machine`).not.toMatch(/127\.0\.0\.1|localhost/);
  expect(squash(text), `${path}: the footer names the page`).toContain(path);
}

/**
 * Handouts printed to PDF by Chromium, in A4 and US Letter (landscape, 12 mm margins, from
 * each page's @page rule). Expected pages: a tree handout has the diagram sheet plus one
 * sheet of rules per Partner Center its rules belong to; a cheat sheet has one page. Each
 * adds one sheet of what changed since the source where a verdict on it has a note.
 * No content is cut: in print media, at the printable width, nothing is wider than the
 * page, the diagram sheet fits one page, and the PDF's text holds the last rule.
 */
const PAPERS = {
  a4: { format: 'A4', width: 297, height: 210 },
  letter: { format: 'Letter', width: 279.4, height: 215.9 },
} as const;
const MARGIN_MM = 12;
const mmToPx = (mm: number) => (mm * 96) / 25.4;
const dir = mkdtempSync(join(tmpdir(), 'handouts-'));

const squash = (text: string) => text.replace(/\s+/g, '');
const changeNotesOf = (changes: Change[]) => [...new Map(changes.map((c) => [c.id, c])).values()];

async function printed(page: Page, path: string, paper: keyof typeof PAPERS) {
  const size = PAPERS[paper];
  const printable = {
    width: Math.floor(mmToPx(size.width - 2 * MARGIN_MM)),
    height: Math.floor(mmToPx(size.height - 2 * MARGIN_MM)),
  };
  await page.setViewportSize(printable);
  await page.emulateMedia({ media: 'print' });
  await page.goto(path);
  // Nothing sticks out sideways: the page does not scroll horizontally, and every block
  // (sheet, diagram, rule, table) ends inside the printable width.
  const overflow = await page.evaluate((width) => {
    const blocks = Array.from(
      document.querySelectorAll(
        '.handout-sheet, .diagram svg, .rule, .cheat-sheet, .handout-footer',
      ),
    );
    return {
      scroll: document.documentElement.scrollWidth - width,
      outside: blocks
        .filter(
          (el) =>
            el.getBoundingClientRect().right > width + 0.5 ||
            el.getBoundingClientRect().left < -0.5,
        )
        .map((el) => el.className || el.tagName),
      diagramSheet: document.querySelector('.handout-diagram')?.getBoundingClientRect().height ?? 0,
    };
  }, printable.width);
  expect(overflow.scroll, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  expect(overflow.outside, `${path}: blocks wider than the page`).toEqual([]);
  expect(
    overflow.diagramSheet,
    `${path}: the diagram sheet is taller than a page`,
  ).toBeLessThanOrEqual(printable.height);
  const pdf = await page.pdf({
    format: size.format,
    landscape: true,
    preferCSSPageSize: true,
    printBackground: true,
  });
  const file = join(dir, `${path.replace(/\W+/g, '-')}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const pageSize = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return { pages, widthMm: (Number(pageSize[1]) * 25.4) / 72, text };
}

// One test per printout: each prints one PDF, so the two workers share them.
for (const lang of LANGS) {
  for (const paper of ['a4', 'letter'] as const) {
    for (const scenario of SCENARIO_IDS) {
      test(`${lang}, ${paper}: the ${scenario} handout prints on the expected pages with nothing cut`, async ({
        page,
      }) => {
        const tr = t(lang);
        const rules = handoutRules(scenario);
        const clouds = CLOUDS.filter((c) => rules.some((r) => r.cloud === c));
        const path = `/${lang}/training/handouts/${scenario}/${paper}/`;
        const { pages, widthMm, text } = await printed(page, path, paper);
        expect(widthMm, path).toBeCloseTo(PAPERS[paper].width, 0);
        expectPrintable(lang, path, text);
        // The diagram, one sheet of rules per cloud, and what changed since the source: each
        // note now carries its claim's marker and sources, so the notes take one or two sheets.
        const notes = changeNotesOf(
          decisionTree(scenario).nodes.flatMap((n) =>
            n.kind === 'verdict' ? changesFor(n.verdict, n.situations) : [],
          ),
        );
        const fixed = 1 + clouds.length;
        if (notes.length === 0) expect(pages, path).toBe(fixed);
        else expect([fixed + 1, fixed + 2], path).toContain(pages);
        for (const change of notes) {
          const note = squash(changeNote(tr, change).text);
          expect(squash(text).includes(note), `${path}: note ${change.id} is printed`).toBe(true);
        }
        const last: Rule = rules.at(-1)!;
        const lastText = tr(
          `sources:part.${last.cloud}.${last.source.part}.text` as 'sources:part.global.scope.text',
        );
        // Content-stream order (-raw) is the page's reading order, so a sentence stays whole.
        expect(squash(text).includes(squash(lastText)), `${path}: the last rule is printed`).toBe(
          true,
        );
        const title = squash(tr(`trees:scenario.${scenario}.title`));
        expect(squash(text).includes(title), `${path}: the title is printed`).toBe(true);
      });
    }
    for (const cloud of CLOUDS) {
      test(`${lang}, ${paper}: the ${cloud} cheat sheet prints on the expected pages with nothing cut`, async ({
        page,
      }) => {
        const tr = t(lang);
        const path = `/${lang}/training/cheat-sheet/${cloud}/${paper}/`;
        const { pages, text } = await printed(page, path, paper);
        expectPrintable(lang, path, text);
        // One sheet, plus one or two of what changed since the source where something did
        // (each note carries its claim's marker and sources).
        const notes = changeNotesOf(
          allSituations()
            .filter((s) => s.cloud === cloud)
            .flatMap((s) => changesFor(evaluate(s), [s])),
        );
        if (notes.length === 0) expect(pages, path).toBe(1);
        else expect([2, 3], path).toContain(pages);
        for (const change of notes) {
          const note = squash(changeNote(tr, change).text);
          expect(squash(text).includes(note), `${path}: note ${change.id} is printed`).toBe(true);
        }
        // The last channel of the last row is on the page.
        const lastRow = cheatSheet(cloud).at(-1)!;
        const lastOrigin = tr(
          `rules:answer.origin.${lastRow.origins.at(-1)!}.label` as 'rules:answer.origin.ea.label',
        );
        expect(squash(text).includes(squash(lastOrigin)), `${path}: the last row is printed`).toBe(
          true,
        );
      });
    }
  }
}

test('a handout reads in grayscale: each status has its own symbol or border style, and its words', async ({
  page,
}) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/en/training/cheat-sheet/global/a4/');
  const styles = await page.evaluate(() =>
    ['multichannel', 'not-multichannel', 'not-covered'].map((s) => {
      const cell = document.querySelector(`.cheat-sheet td.status--${s}`)!;
      return `${getComputedStyle(cell).borderTopStyle}|${cell.querySelector('.status-symbol')!.textContent}`;
    }),
  );
  expect(new Set(styles).size).toBe(3);
  const tr = t('en');
  await expect(page.locator('.cheat-sheet')).toContainText(tr('rules:status.not-covered.title'));
});

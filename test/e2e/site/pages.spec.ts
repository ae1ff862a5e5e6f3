import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGUAGES } from '../../../core/index.ts';
import { htmlFiles, urlOf } from '../../../site/src/lib/dist.ts';
import { expectNoAxeViolations, prepareAxe } from './support.ts';

/**
 * Every built page, once each, in every language (new pages are covered as soon as they are
 * built): axe finds no WCAG 2.2 A/AA violation at desktop width, and at 360 × 740 (a small
 * phone) nothing makes the page scroll sideways and a decision-tree step shows its heading and
 * its result's first step on the first screen. Pages come in small groups named after their folder
 * (`/zh/trees/csp-partner/`), so each test stays short and the two workers share the load.
 */
const DIST = resolve(import.meta.dirname, '../../../site/dist');
const PAGES_PER_TEST = 8;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };
/**
 * A diagram's drawing is the same on every page of its tree but for the marks of the reader's
 * path (CSS classes shared by all nodes). The troubleshooting diagram has about 700 elements
 * and took most of axe's time on each of its 195 pages: axe checks a drawing in full on the
 * first page of each group (several per tree and language, questions and verdicts among them)
 * and everything else on every page.
 */
const DIAGRAM = '.diagram-scroll svg';

const groups = new Map<string, string[]>();
for (const file of htmlFiles(DIST)) {
  // By folder: `/de/trees/csp-partner/` and `/de/training/deck/` (a tree, a training part),
  // `/de/guide/`, `/de/troubleshoot/`; a language's top pages (`/de/glossary/`) by language.
  const parts = file.split('/');
  const [, first = '', second = '', third = ''] = parts;
  const language = /^(de|en|zh)$/.test(first) ? `/${first}/` : '/';
  const nested = second === 'trees' || second === 'training' ? `${third}/` : '';
  const key = parts.length > 4 ? `${language}${second}/${nested}` : language;
  groups.set(key, [...(groups.get(key) ?? []), file]);
}

/**
 * What is wrong at phone size, in one round trip: the widest thing beyond the viewport when
 * the page scrolls sideways (named for the failure message), and on a decision-tree step where
 * its heading and its result's first step lie when either is not wholly on the first screen
 * (without scrolling past the site's header).
 */
async function phoneProblems(
  page: Page,
): Promise<{ sideways: string | undefined; offScreen: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let sideways: string | undefined;
    if (document.documentElement.scrollWidth > width) {
      const culprit = Array.from(document.querySelectorAll<HTMLElement>('body *'))
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)[0];
      const name = culprit
        ? `${culprit.tagName.toLowerCase()}${culprit.className ? `.${String(culprit.className).split(' ').join('.')}` : ''}`
        : 'the page';
      sideways = `${name} makes the page ${document.documentElement.scrollWidth} px wide`;
    }
    const offScreen: string[] = [];
    if (document.querySelector('[data-tree-walker]')) {
      for (const [what, element] of [
        ['heading', document.querySelector('h1')],
        ['first step', document.querySelector('.outcome h3')],
      ] as const) {
        if (!element) {
          if (what === 'heading') offScreen.push('no heading');
          continue;
        }
        const box = element.getBoundingClientRect();
        if (box.top < 0 || box.bottom > innerHeight || box.right > innerWidth)
          offScreen.push(
            `${what} at ${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
      }
    }
    return { sideways, offScreen };
  });
}

/** Islands that load at once have rendered (Astro drops `ssr` once one has hydrated). */
const HYDRATED = () => !document.querySelector('astro-island[ssr]:not([client="visible"])');

// Each page is looked at in two sizes; the browser keeps the size the last page ended in, so
// every page costs one change of size: desktop then phone, the next phone then desktop.
test.use({ viewport: DESKTOP });

for (const [folder, files] of groups) {
  for (let start = 0; start < files.length; start += PAGES_PER_TEST) {
    const chunk = files.slice(start, start + PAGES_PER_TEST);
    const part = files.length > PAGES_PER_TEST ? `, part ${start / PAGES_PER_TEST + 1}` : '';
    test(`the pages in ${folder}${part} pass axe and do not scroll sideways at 360 px`, async ({
      page,
      context,
    }) => {
      await prepareAxe(context);
      // Axe takes seconds a page when the machine is busy: room for that, not a speed limit.
      test.setTimeout(120_000);
      let size = DESKTOP;
      const atDesktop = async (url: string, index: number) => {
        await expectNoAxeViolations(page, url, index === 0 ? {} : { exclude: DIAGRAM });
      };
      const atPhone = async (url: string) => {
        const { sideways, offScreen } = await phoneProblems(page);
        expect(sideways, url).toBeUndefined();
        // A tree step's question, or its result, shows on the first screen of a phone.
        expect(offScreen, url).toEqual([]);
      };
      for (const [index, file] of chunk.entries()) {
        const url = urlOf(file);
        await page.goto(url);
        // An island that waits until it is scrolled into view is checked as served.
        await page.waitForFunction(HYDRATED);
        if (size === DESKTOP) {
          await atDesktop(url, index);
          await page.setViewportSize((size = PHONE));
          await atPhone(url);
        } else {
          await atPhone(url);
          await page.setViewportSize((size = DESKTOP));
          await atDesktop(url, index);
        }
      }
    });
  }
}

/**
 * The pages that look different without JavaScript, in one language: every page with a part
 * shown only then (a deck's or the quiz's list of every slide or card), and one page for each
 * set of islands (the islands' part is rendered at build time, or not at all).
 */
function pagesWithoutJs(lang: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const file of htmlFiles(DIST).filter((f) => f.startsWith(`/${lang}/`))) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const islands = [...html.matchAll(/component-url="[^"]*\/([^/."]+)[^"]*"/g)]
      .map((m) => m[1])
      .sort()
      .join(' ');
    const ownPart = /class="[^"]*\b(?:without-js|needs-js)\b|<noscript/.test(html);
    if (ownPart || (islands && !seen.has(islands))) found.push(urlOf(file));
    seen.add(islands);
  }
  return found;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });
  for (const lang of LANGUAGES) {
    test(`${lang}: the pages that differ without JavaScript do not scroll sideways at 360 px`, async ({
      page,
    }) => {
      const urls = pagesWithoutJs(lang);
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) {
        await page.goto(url);
        expect((await phoneProblems(page)).sideways, url).toBeUndefined();
      }
    });
  }
});

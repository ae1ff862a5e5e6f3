/**
 * How often the site's search answers what partners ask: for each language, the share of
 * the questions in bench/search-questions.ts that find one of their pages among the first
 * five results, for the questions the search was measured and improved with and for the
 * held-out ones it never was. Runs the real search page (the island and Pagefind's index) in
 * Chromium against the built site on 127.0.0.1. Each share has a floor in bench/budgets.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { LANGUAGES, type Language } from '../core/languages.ts';
import { createSiteServer, SITE_DIST } from '../scripts/serve-site.ts';
import { htmlFiles } from '../site/src/lib/dist.ts';
import { CHROMIUM_ARGS, headlessShellPath } from '../test/e2e/environment.ts';
import { BUDGETS, type Measurement } from './budgets.ts';
import { HELD_OUT_QUESTIONS, SEARCH_QUESTIONS, type SearchQuestion } from './search-questions.ts';

const TOP = 5;

/** The most pages one answer may name: the verdicts of one case (three roles, or usage-based). */
const MOST_PAGES_PER_ANSWER = 4;

const SETS = [
  { name: 'questions', questions: SEARCH_QUESTIONS, floor: BUDGETS.search.answeredShare },
  {
    name: 'held-out questions',
    questions: HELD_OUT_QUESTIONS,
    floor: BUDGETS.search.heldOutAnsweredShare,
  },
] as const;

/** Whether a result's path (below `/<lang>/`) is one of a question's answers. */
export function answers(question: SearchQuestion, path: string): boolean {
  return question.answers.some((a) => (a.endsWith('/') ? path === a : path.startsWith(a)));
}

/** The pages of a language the search index holds, as paths below `/<lang>/`. */
function indexedPaths(root: string, lang: Language): string[] {
  return htmlFiles(join(root, lang))
    .filter((file) => readFileSync(join(root, lang, file), 'utf8').includes('data-pagefind-body'))
    .map((file) => file.replace(/^\//, '').replace(/index\.html$/, ''));
}

/**
 * Refuses an answer that names no page the index holds (a typo, a page moved or left out of
 * the index) or more than one case's verdicts (a whole section would count any of its pages
 * as the answer).
 */
function checkAnswers(lang: Language, questions: readonly SearchQuestion[], paths: string[]) {
  for (const question of questions)
    for (const answer of question.answers) {
      const pages = paths.filter((p) => answers({ query: '', answers: [answer] }, p)).length;
      if (pages === 0 || pages > MOST_PAGES_PER_ANSWER)
        throw new Error(
          `Search question “${question.query}” (${lang}): its answer “${answer}” names ${pages} indexed pages; name one page (ending in /) or the verdicts of one case (at most ${MOST_PAGES_PER_ANSWER} pages).`,
        );
    }
}

const statusText = (page: Page) =>
  page.evaluate(() => document.querySelector('.search-status p')?.textContent ?? '');

/** The paths (below `/<lang>/`) of the first results for a query, asked in the search form. */
async function ask(page: Page, lang: Language, query: string): Promise<string[]> {
  const before = await statusText(page);
  await page.locator('#search-input').fill(query);
  await page.locator('#search-input').press('Enter');
  // Done when the status line has changed and names the query (results or none), not while
  // loading. Two queries never give the same line: it quotes the query whole.
  await page.waitForFunction(
    ({ before, query }) => {
      const text = document.querySelector('.search-status p')?.textContent ?? '';
      return text !== before && text.includes(query);
    },
    { before, query },
    { timeout: 30_000 },
  );
  const hrefs = await page
    .locator('.search-results a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.slice(0, TOP).map((h) => h.replace(new RegExp(`^/${lang}/`), ''));
}

export async function measure(): Promise<Measurement[]> {
  if (!existsSync(SITE_DIST)) throw new Error('Build the site first: npm run build:site.');
  for (const lang of LANGUAGES) {
    const paths = indexedPaths(SITE_DIST, lang);
    for (const { questions } of SETS) checkAnswers(lang, questions[lang], paths);
  }
  const server = createSiteServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: headlessShellPath(),
    args: CHROMIUM_ARGS,
  });
  const results: Measurement[] = [];
  const missed: string[] = [];
  try {
    const page = await browser.newPage();
    for (const lang of LANGUAGES) {
      // One search page a language, asked one question after the other as a reader does (the
      // search form in the page, Pagefind loaded once), instead of loading the page anew for
      // each question.
      await page.goto(`${origin}/${lang}/search/`);
      await page.locator('[data-search]').waitFor();
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      for (const { name, questions, floor } of SETS) {
        let answered = 0;
        for (const question of questions[lang]) {
          const top = await ask(page, lang, question.query);
          if (top.some((path) => answers(question, path))) answered++;
          else missed.push(`${lang} (${name}): ${question.query} → ${top.join(', ') || '–'}`);
        }
        const asked = questions[lang].length;
        results.push({
          name: `search/${lang}: ${name} answered in the top ${TOP} (${answered} of ${asked})`,
          value: (100 * answered) / asked,
          unit: '%',
          floor: floor[lang],
        });
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (missed.length > 0)
    console.log(
      `\nSearch questions without an answer in the top ${TOP}:\n  ${missed.join('\n  ')}`,
    );
  return results;
}

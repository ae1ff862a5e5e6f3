/**
 * How often the site's search answers what partners ask: for each language, the share of
 * the questions in bench/search-questions.ts that find one of their pages among the first
 * five results. Runs the real search page (the island and Pagefind's index) in Chromium
 * against the built site on 127.0.0.1. Reported, not budgeted: a figure to raise.
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright';
import { LANGUAGES } from '../core/languages.ts';
import { createSiteServer } from '../scripts/serve-site.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/environment.ts';
import type { Measurement } from './budgets.ts';
import { SEARCH_QUESTIONS } from './search-questions.ts';

const TOP = 5;

const statusText = (page: Page) =>
  page.evaluate(() => document.querySelector('.search-status p')?.textContent ?? '');

export async function measure(): Promise<Measurement[]> {
  const server = createSiteServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const results: Measurement[] = [];
  const missed: string[] = [];
  try {
    const page = await browser.newPage();
    for (const lang of LANGUAGES) {
      const questions = SEARCH_QUESTIONS[lang];
      let answered = 0;
      // One search page a language, asked one question after the other as a reader does (the
      // search form in the page, Pagefind loaded once), instead of loading the page anew for
      // each question.
      await page.goto(`${origin}/${lang}/search/`);
      await page.locator('[data-search]').waitFor();
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      for (const { query, answers } of questions) {
        const before = await statusText(page);
        await page.locator('#search-input').fill(query);
        await page.locator('#search-input').press('Enter');
        // Done when the status line has changed and names the query (results or none), not
        // while loading. Two queries never give the same line: it quotes the query whole.
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
        const top = hrefs.slice(0, TOP).map((h) => h.replace(new RegExp(`^/${lang}/`), ''));
        if (top.some((path) => answers.some((a) => path.startsWith(a)))) answered++;
        else missed.push(`${lang}: ${query}`);
      }
      results.push(
        {
          name: `site/${lang} search: questions answered in the top ${TOP}`,
          value: answered,
          unit: 'count',
        },
        { name: `site/${lang} search: questions asked`, value: questions.length, unit: 'count' },
      );
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

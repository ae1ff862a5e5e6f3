/**
 * How often the site's search answers what partners ask: for each language, the share of
 * the questions in bench/search-questions.ts that find one of their pages among the first
 * five results. Runs the real search page (the island and Pagefind's index) in Chromium
 * against the built site on 127.0.0.1. Reported, not budgeted: a figure to raise.
 */
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright';
import { LANGUAGES } from '../core/languages.ts';
import { createSiteServer } from '../scripts/serve-site.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/environment.ts';
import type { Measurement } from './budgets.ts';
import { SEARCH_QUESTIONS } from './search-questions.ts';

const TOP = 5;

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
      for (const { query, answers } of questions) {
        await page.goto(`${origin}/${lang}/search/?q=${encodeURIComponent(query)}`);
        // Done when the status line names the query (results or none), not while loading.
        await page
          .locator('.search-status p')
          .filter({ hasText: query })
          .first()
          .waitFor({ timeout: 30_000 });
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

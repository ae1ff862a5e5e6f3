import { answerKey } from '../../../locales/keys.ts';
import { expect, test, type Page } from '@playwright/test';
import { decisionTrees } from '../../../core/index.ts';
import { LANGUAGES, type Language } from '../../../core/languages.ts';
import { SHOWN_RESULTS } from '../../../site/src/islands/Search.tsx';
import { t } from './support.ts';

/** Pagefind loads its WebAssembly and index first: a busy machine needs seconds. */
const SEARCH_TIMEOUT = 30_000;

async function search(page: Page, lang: Language, query: string) {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('.search-status p').first();
  await expect(status).not.toHaveText(t(lang)('site:search.loading'), { timeout: SEARCH_TIMEOUT });
  await expect(status).toBeVisible();
  return page.locator('.search-results a');
}

for (const lang of LANGUAGES) {
  test(`${lang}: results for GDAP name the scenario, the answers with the role, and the verdict, each once`, async ({
    page,
  }) => {
    const tr = t(lang);
    const links = await search(page, lang, 'GDAP');
    const titles = await links.allTextContents();
    expect(titles.length).toBeGreaterThan(5);
    expect(new Set(titles).size).toBe(titles.length);
    const roles = ['direct', 'indirect-provider', 'indirect-reseller'].map((r) =>
      tr(answerKey('role', r)),
    );
    const scenarios = decisionTrees().map((tree) => tr(`trees:scenario.${tree.id}.title`));
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    // A step inside a tree (only verdicts are indexed there) names its scenario and the role.
    const steps = titles.filter((_, i) => /\/trees\/[^/]+\/[^/]+\/$/.test(hrefs[i]!));
    expect(steps.length).toBeGreaterThan(0);
    for (const title of steps) {
      expect(
        scenarios.some((s) => title.includes(s)),
        title,
      ).toBe(true);
      expect(
        roles.some((r) => title.includes(r)),
        title,
      ).toBe(true);
    }
    // GDAP is on more pages than the list shows: it says so, with the count, and how to narrow.
    const total = await reported(page);
    expect(titles).toHaveLength(SHOWN_RESULTS);
    expect(total).toBeGreaterThan(SHOWN_RESULTS);
    await expect(page.locator('[data-search-cut]')).toHaveText(
      tr('site:search.cut', { shown: SHOWN_RESULTS, count: total }),
    );
  });
}

test('a handout is one result, naming both paper sizes', async ({ page }) => {
  const tr = t('en');
  const links = await search(page, 'en', tr('training:handout.treeTitle', { tree: '' }).trim());
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const handouts = hrefs.filter((h) => h.includes('/training/handouts/'));
  expect(handouts.length).toBeGreaterThan(0);
  for (const h of handouts) expect(h).toMatch(/\/a4\/$/);
  const title = await links
    .filter({ hasText: tr('training:handout.a4') })
    .first()
    .textContent();
  expect(title).toContain(tr('training:handout.letter'));
});

/** The number of results the page reports (the pages holding every word of the query). */
async function reported(page: Page): Promise<number> {
  return Number(await page.locator('[data-search-count]').getAttribute('data-search-count'));
}

test('a German compound alone finds the pages that hold its parts', async ({ page }) => {
  // No page says „Lizenzverkauf“: only the compound's parts, cut at query time, find pages.
  const links = await search(page, 'de', 'Lizenzverkauf');
  await expect(links.first()).toBeVisible();
  await expect(page.locator('[data-search-partial]')).toHaveCount(0);
  const href = await links.first().getAttribute('href');
  const text = (await (await page.request.get(href!)).text()).toLowerCase();
  expect(text).toContain('lizenz');
  expect(text).toContain('verkauf');
  expect(text).not.toContain('lizenzverkauf');
});

test('a Chinese word alone finds it inside a longer run of characters', async ({ page }) => {
  // 伙伴 stands on the pages only as part of 合作伙伴: the index must have cut it there.
  const links = await search(page, 'zh', '伙伴');
  await expect(links.first()).toBeVisible();
  await expect(page.locator('[data-search-partial]')).toHaveCount(0);
  await expect(page.locator('.search-results mark').first()).toHaveText('伙伴');
  await expect(page.locator('.search-results li p').first()).toContainText('合作伙伴');
});

test('another word never adds results, and the notice says so only when results are cut', async ({
  page,
}) => {
  const counts: number[] = [];
  for (const query of ['GDAP', 'GDAP indirect', 'GDAP indirect reseller']) {
    const links = await search(page, 'en', query);
    const count = await reported(page);
    counts.push(count);
    const results = page.locator('.search-results').first().locator('a');
    await expect(results).toHaveCount(Math.min(count, 20));
    // Cut exactly when there are more results than shown, naming both numbers.
    if (count > 20) await expect(page.locator('[data-search-cut]')).toContainText(String(count));
    else await expect(page.locator('[data-search-cut]')).toHaveCount(0);
    await expect(links.first()).toBeVisible();
  }
  for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeLessThanOrEqual(counts[i - 1]!);
  expect(counts.at(-1)!).toBeLessThan(counts[0]!);
});

test('pages with only some of the words come after the results, under their own line', async ({
  page,
}) => {
  const tr = t('en');
  await search(page, 'en', 'GDAP request expired');
  const count = await reported(page);
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(20);
  await expect(page.locator('[data-search-cut]')).toHaveCount(0);
  await expect(page.locator('[data-search-some]')).toHaveText(tr('site:search.some'));
  await expect(page.locator('.search-results').first().locator('a')).toHaveCount(count);
  // When no page holds every word, the pages with some are the results, and the page says so.
  await search(page, 'en', 'GDAP zebra');
  await expect(page.locator('[data-search-partial]')).toBeVisible();
  await expect(page.locator('[data-search-some]')).toHaveCount(0);
});

test('when the results are cut, the page says so and how to narrow them', async ({ page }) => {
  const links = await search(page, 'en', 'partner');
  await expect(links).toHaveCount(20);
  const count = await reported(page);
  expect(count).toBeGreaterThan(20);
  await expect(page.locator('[data-search-cut]')).toHaveText(
    t('en')('site:search.cut', { shown: 20, count }),
  );
});

test("a partner's own word for a concept finds the guide's term, and the page says so", async ({
  page,
}) => {
  const tr = t('zh');
  // 分销商 (a distributor: what the guide calls the indirect provider, 间接提供商).
  const links = await search(page, 'zh', '分销商');
  const note = page.locator('[data-searched-as]');
  await expect(note).toHaveText(
    tr('site:search.searchedAs', { typed: '分销商', term: '间接提供商' }),
  );
  expect(await links.count()).toBeGreaterThan(0);
  await expect(links.first()).toContainText('间接提供商');
  await expect(page.locator('[data-search-partial]')).toHaveCount(0);
});

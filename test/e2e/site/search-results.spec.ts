import { answerKey } from '../../../locales/keys.ts';
import { expect, test, type Page } from '@playwright/test';
import { decisionTrees } from '../../../core/index.ts';
import { t } from './support.ts';

/** Pagefind loads its WebAssembly and index first: a busy machine needs seconds. */
const SEARCH_TIMEOUT = 30_000;

async function search(page: Page, lang: 'de' | 'en' | 'zh', query: string) {
  await page.goto(`/${lang}/search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('.search-status p').first();
  await expect(status).not.toHaveText(t(lang)('site:search.loading'), { timeout: SEARCH_TIMEOUT });
  await expect(status).toBeVisible();
  return page.locator('.search-results a');
}

test('results for GDAP name the scenario, the answers with the role, and the verdict, each once', async ({
  page,
}) => {
  const tr = t('en');
  const links = await search(page, 'en', 'GDAP');
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
  // Say when the list is cut, and how to narrow it.
  const total = await page.locator('[data-search-cut]').count();
  if (titles.length === 20) expect(total).toBe(1);
});

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

test('a German compound and a Chinese phrase find pages, not nothing', async ({ page }) => {
  for (const [lang, query] of [
    ['de', 'Lizenzverkauf indirekter Reseller'],
    ['de', 'Azureabonnement übertragen'],
    ['zh', '间接经销商和直接合作伙伴的区别'],
  ] as const) {
    const links = await search(page, lang, query);
    await expect(links.first(), `${lang}: ${query}`).toBeVisible();
  }
});

test('when the results are cut, the page says so and how to narrow them', async ({ page }) => {
  const links = await search(page, 'en', 'partner');
  await expect(links).toHaveCount(20);
  await expect(page.locator('[data-search-cut]')).toContainText('20');
});

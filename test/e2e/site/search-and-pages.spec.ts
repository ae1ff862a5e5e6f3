import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES, type Language } from '../../../core/index.ts';
import { t } from './support.ts';

const QUERIES = {
  en: 'reseller relationship',
  de: 'Reseller-Beziehung',
  zh: '经销商关系',
} as const;

/**
 * Loading Pagefind (its WebAssembly and the language's index) is the slowest thing a reader
 * waits for on this site; on a busy 2-core machine it can take several seconds. The tests
 * wait for what the reader waits for (the results or the status line), up to this long.
 */
const SEARCH_TIMEOUT = 30_000;

async function expectResultsIn(page: Page, lang: Language) {
  const results = page.locator('.search-results a');
  await expect(results.first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  const hrefs = await results.evaluateAll((links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${lang}/`));
  // The address keeps the query, whether the search script sent it (`%20`) or the plain form
  // did because the reader searched before the script had loaded (`+`).
  await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(QUERIES[lang]);
}

for (const lang of LANGUAGES) {
  test(`${lang}: search finds pages in the reader's language`, async ({ page }) => {
    const tr = t(lang);
    await page.goto(`/${lang}/search/`);
    await page.getByLabel(tr('site:search.label')).fill(QUERIES[lang]);
    await page.getByRole('button', { name: tr('site:search.button') }).click();
    await expectResultsIn(page, lang);
  });

  test(`${lang}: an unknown address shows the ${lang} 404 page with status 404`, async ({
    page,
  }) => {
    const response = await page.goto(`/${lang}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      t(lang)('site:page.not-found.title'),
    );
  });
}

test('the root offers the three languages and points to the reader’s language', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('/');
  for (const lang of LANGUAGES) {
    await expect(page.locator(`a[hreflang="${lang}"]`)).toHaveAttribute('href', `/${lang}/`);
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
  }
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
  await expect(page.locator('[data-language="de"]')).toHaveClass(/is-suggested/);
  await expect(page.getByText(t('de')('site:root.suggested'))).toBeVisible();
  await context.close();
});

test('printing a verdict keeps the content and the diagram, not the navigation', async ({
  page,
}) => {
  await page.goto('/en/trees/csp-partner/cloud-global.service-license-based/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.main-nav')).toBeHidden();
  await expect(page.locator('.diagram svg')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a query typed while the page is still loading is searched once the reader clicks Search', async ({
  page,
}) => {
  const tr = t('en');
  // Hold the search island's code back until the reader has typed, as on a slow connection.
  let release!: () => void;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/Search.*.js', async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto('/en/search/', { waitUntil: 'domcontentloaded' });
  await page.getByLabel(tr('site:search.label')).fill(QUERIES.en);
  release();
  // The island has taken over the form (Astro removes `ssr` once it has hydrated).
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByRole('button', { name: tr('site:search.button') }).click();
  await expectResultsIn(page, 'en');
});

import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES, treePath, type Language } from '../../../core/index.ts';
import { t } from './support.ts';

/**
 * The Content-Security-Policy (site/src/lib/security.ts) holds on every kind of page with
 * JavaScript on: one page of every type in every language, with its island in use. Any
 * violation fails the test, whether the browser reports it as a `securitypolicyviolation`
 * event or only on the console.
 */

const PARTNER = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const VALID_LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
const QUERIES: Record<Language, string> = {
  en: 'reseller relationship',
  de: 'Reseller-Beziehung',
  zh: '经销商关系',
};
/** Pagefind's WebAssembly and index can take seconds on a busy machine (search spec). */
const SEARCH_TIMEOUT = 30_000;

/** Pages without an island: one of each type. */
const STATIC_PAGES = (lang: Language) => [
  `/${lang}/`,
  `/${lang}/glossary/`,
  `/${lang}/sources/`,
  `/${lang}/guide/`,
  `/${lang}/guide/indirect/`,
  `/${lang}/guide/21vianet/`,
  `/${lang}/guide/license-vs-usage/`,
  `/${lang}/trees/`,
  treePath(lang, 'csp-partner', 'cloud-global.service-license-based'),
  `/${lang}/training/`,
  `/${lang}/training/handouts/csp-partner/a4/`,
  `/${lang}/training/cheat-sheet/global/letter/`,
  `/${lang}/extension/`,
  `/${lang}/no-such-page/`,
];

interface Violation {
  page: string;
  what: string;
}

/** Records every CSP violation and script error of the page, from before its first script. */
async function watchPolicy(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) sample "${event.sample}"`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    // The 404 page is served with status 404: the browser logs that, and it is expected.
    if (/status of 404/.test(text) && /\/no-such-page\/$/.test(message.location().url)) return;
    violations.push({ page: page.url(), what: text });
  });
  page.on('pageerror', (error) => violations.push({ page: page.url(), what: error.message }));
  return violations;
}

for (const lang of LANGUAGES) {
  test(`${lang}: every page type and island runs under the Content-Security-Policy without a violation`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const tr = t(lang);
    const violations = await watchPolicy(page);

    for (const path of [...(lang === 'en' ? ['/', '/no-such-page/'] : []), ...STATIC_PAGES(lang)]) {
      await page.goto(path);
      // The policy is in the page, with no way around it.
      const policy = await page
        .locator('meta[http-equiv="content-security-policy"]')
        .getAttribute('content');
      expect(policy, path).toContain("object-src 'none'");
      expect(policy, path).toContain("base-uri 'none'");
      expect(policy, path).not.toContain("'unsafe-eval'");
      expect(policy, path).not.toContain("'unsafe-inline'");
    }
    // The root page's own script suggests the reader's language (an inline script with a hash).
    await page.goto('/');
    await expect(page.locator('.is-suggested')).toHaveCount(1);

    // Tree walk: choose an answer, continue.
    await page.goto(treePath(lang, 'csp-partner'));
    await page.locator('[data-tree-walker][data-enhanced]').waitFor();
    await page.getByRole('radio', { name: tr('rules:answer.cloud.global.label') }).check();
    await page.getByRole('button', { name: tr('common:action.continue') }).click();
    await expect(page).toHaveURL(treePath(lang, 'csp-partner', 'cloud-global'));

    // Invitation helper: scroll to it (it loads when it comes into view), check a link.
    await page.goto(`/${lang}/guide/invitation-link/`);
    await page.locator('[data-invitation-helper]').scrollIntoViewIfNeeded();
    await page
      .getByRole('textbox', { name: tr('site:helper.pasteLabel'), exact: true })
      .fill(VALID_LINK);
    await page.getByRole('button', { name: tr('common:action.check') }).click();
    await expect(page.locator('[data-link-result="ok"]')).toContainText(PARTNER);

    // Search: Pagefind compiles WebAssembly ('wasm-unsafe-eval') and fetches its index.
    await page.goto(`/${lang}/search/`);
    await page.getByLabel(tr('site:search.label')).fill(QUERIES[lang]);
    await page.getByRole('button', { name: tr('site:search.button') }).click();
    await expect(page.locator('.search-results a').first()).toBeVisible({
      timeout: SEARCH_TIMEOUT,
    });

    // Quiz: answer a card.
    await page.goto(`/${lang}/training/quiz/`);
    const card = page.locator('.quiz-card');
    await card.getByRole('radio').first().check();
    await card.getByRole('button', { name: tr('common:action.check') }).click();
    await expect(card.locator('.verdict-line')).toBeVisible();

    // Deck: next slide.
    await page.goto(`/${lang}/training/deck/indirect-roles/`);
    await expect(page.locator('.deck .slide')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/#\/2$/);
    // Full screen scales the canvas from script (a custom property, not a style attribute).
    await page.keyboard.press('f');
    await expect(page.locator('.deck--presenting')).toBeVisible();
    await page.goto(`/${lang}/training/deck/indirect-roles/?view=presenter#/2`);
    await expect(page.locator('[data-presenter] .speaker-notes')).toBeVisible();

    expect(violations).toEqual([]);
  });
}

test('the server sends frame-ancestors, which a <meta> policy cannot carry, and a policy for the search worker', async ({
  request,
}) => {
  for (const path of ['/', '/en/', '/en/no-such-page/', '/pagefind/pagefind-worker.js']) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
  // The worker gets the policy of its own response, not the page's.
  const worker = await request.get('/pagefind/pagefind-worker.js');
  expect(worker.headers()['content-security-policy']).toMatch(
    /script-src 'self' 'wasm-unsafe-eval';/,
  );
});

test('search works under the page’s policy when Pagefind cannot start its worker', async ({
  page,
}) => {
  const tr = t('en');
  const violations = await watchPolicy(page);
  // Without the worker, Pagefind compiles its WebAssembly on the page itself.
  await page.route('**/pagefind/pagefind-worker.js', (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await page.goto('/en/search/');
  await page.getByLabel(tr('site:search.label')).fill(QUERIES.en);
  await page.getByRole('button', { name: tr('site:search.button') }).click();
  await expect(page.locator('.search-results a').first()).toBeVisible({ timeout: SEARCH_TIMEOUT });
  expect(violations.filter((v) => !/pagefind-worker\.js|status of 404/.test(v.what))).toEqual([]);
});

import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../axe.ts';
import { CUSTOMER_TENANT, GLOBAL, expect, extensionId, overlayHosts, test } from './fixtures.ts';
import { chooseOption } from '../choose-option.ts';

/**
 * Accessibility of every extension surface, in the three languages: axe inside the shadow
 * roots of the entry point (collapsed and open with a verdict) and of the help beside the
 * portal's link, and on the popup and the options page; the help works by keyboard inside the
 * portal's focus trap; focus stays visible in forced colours.
 */
const LOCALES = { de: 'de-de', en: 'en-us', zh: 'zh-cn' } as const;
const HELP = '[role="dialog"] csp-multichannel-guide-link';

async function expectNoViolations(page: Page, include?: string) {
  await expectNoAxeViolations(page, include ?? page.url(), { include });
}

test.describe.configure({ timeout: 90_000 });

for (const [language, locale] of Object.entries(LOCALES)) {
  test(`${language}: axe finds nothing in the entry point, the check and the panel help`, async ({
    page,
  }) => {
    await page.goto(`${GLOBAL}/${locale}/dashboard/v2/customers/${CUSTOMER_TENANT}/subscriptions`);
    const entry = overlayHosts(page);
    const toggle = entry.locator('.toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expectNoViolations(page, 'csp-multichannel-guide');
    await toggle.click();
    await expect(entry).toHaveAttribute('data-check', 'customer');
    for (const id of ['#cmg-check-origin', '#cmg-check-service'])
      await chooseOption(entry.locator(id), { index: 1 });
    await expect(entry).toHaveAttribute('data-status', /.+/);
    await expectNoViolations(page, 'csp-multichannel-guide');

    await page.goto(`${GLOBAL}/${locale}/dashboard/v2/customers/list`);
    await page.locator('[data-command="request"]').click();
    await expect(page.locator(HELP)).toHaveAttribute('data-link-kind', 'reseller');
    await page.locator(HELP).locator('summary').click();
    await expectNoViolations(page, 'csp-multichannel-guide-link');
  });

  test(`${language}: axe finds nothing on the popup and the options page`, async ({
    page,
    context,
  }) => {
    const id = await extensionId(context);
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.locator('#ui-language').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoViolations(page);
    await page.goto(`chrome-extension://${id}/popup.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoViolations(page);
  });
}

test('the help works by keyboard inside the panel, under its focus trap', async ({ page }) => {
  await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/list`);
  await page.locator('[data-command="request"]').click();
  const help = page.locator(HELP);
  await expect(help).toHaveAttribute('data-link-kind', 'reseller');
  await page.locator('[role="dialog"] textarea').focus();
  // Tab from the portal's text box reaches the help's controls (inside the panel's layer).
  const summary = help.locator('summary');
  for (let i = 0; i < 12 && !(await summary.evaluate((s) => s.matches(':focus'))); i++)
    await page.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Enter');
  const name = help.getByLabel('Your company name');
  for (let i = 0; i < 12 && !(await name.evaluate((n) => n.matches(':focus'))); i++)
    await page.keyboard.press('Tab');
  await expect(name).toBeFocused();
  await page.keyboard.type('Contoso Partner AG');
  await expect(help.getByLabel('Subject')).toHaveValue(/Contoso Partner AG/);
});

test('in forced colours the entry point keeps a visible border and focus outline', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/list`);
  const toggle = overlayHosts(page).locator('.toggle');
  await expect(toggle).toBeVisible();
  const panel = overlayHosts(page).locator('.panel');
  expect(await panel.evaluate((p) => getComputedStyle(p).borderTopStyle)).toBe('solid');
  await toggle.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect(await toggle.evaluate((t) => getComputedStyle(t).outlineStyle)).toBe('solid');
});

import type { Page } from '@playwright/test';
import { playwrightRunner } from '../axe.ts';
import { GLOBAL, expect, overlayHosts, test } from './fixtures.ts';
import { pageActions } from './page-actions.ts';
import {
  AXE,
  CONTRAST,
  plantedFindings,
  tourSurfaces,
  type Lens,
  type SurfaceDriver,
} from './surfaces.ts';

/**
 * Accessibility of every extension surface, in the three languages: axe inside the shadow
 * roots of the entry point, the check, the paste-a-link checker, the link builder and the
 * help beside the portal's link, and on the popup and the options page, in every state a
 * partner meets (surfaces.ts); in forced colours (dark and light high contrast) every text keeps
 * a contrast of 4.5:1 against what is behind it and a focus outline 3:1 (test/e2e/contrast.ts;
 * firefox.spec.ts tours the same in Firefox's own forced colours); the help works by keyboard
 * inside the portal's focus trap; focus stays visible in forced colours.
 */
const LOCALES = { de: 'de-de', en: 'en-us', zh: 'zh-cn' } as const;
const HELP = '[role="dialog"] csp-multichannel-guide-link';

/** The tour's driver on a Playwright page; `prepare` readies each tab before it is looked at. */
function chromiumSurfaces(page: Page, lens: Lens, prepare: (tab: Page) => Promise<void>) {
  const driver: SurfaceDriver = {
    ...pageActions(page),
    nextTab: async (open) => {
      const [tab] = await Promise.all([page.context().waitForEvent('page'), open()]);
      await prepare(tab);
      return chromiumSurfaces(tab, lens, prepare);
    },
    findings: (where, host) => lens(playwrightRunner(page), where, host),
  };
  return driver;
}

test.describe.configure({ timeout: 120_000 });

for (const [language, locale] of Object.entries(LOCALES)) {
  test(`${language}: axe finds nothing in any state of any extension surface`, async ({ page }) => {
    const driver = chromiumSurfaces(page, AXE, async () => {});
    expect(await tourSurfaces(driver, locale, language)).toEqual([]);
  });
}

test('axe looks inside the shadow roots: a button without a name is found', async ({ page }) => {
  const found = await plantedFindings(
    chromiumSurfaces(page, AXE, async () => {}),
    'en-us',
  );
  expect(found.join('\n')).toMatch(/button-name .*\.planted/);
});

for (const colorScheme of ['dark', 'light'] as const) {
  test(`forced colours, ${colorScheme}: every text keeps a contrast of 4.5:1 and the focus stays visible in every surface`, async ({
    page,
  }) => {
    const forced = (tab: Page) => tab.emulateMedia({ forcedColors: 'active', colorScheme });
    await forced(page);
    const driver = chromiumSurfaces(page, CONTRAST, forced);
    expect(await tourSurfaces(driver, 'en-us', 'en')).toEqual([]);
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

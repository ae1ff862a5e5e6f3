import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, playwrightRunner } from '../axe.ts';
import { contrastFindings } from '../contrast.ts';
import { GLOBAL, expect, extensionId, overlayHosts, test } from './fixtures.ts';
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
const CHROMIUM_POLICY = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'docs',
  'policy',
  'chromium-policy.json',
);

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

/**
 * The options page with every setting managed by the organization (locked, with its badge): the
 * sample Chromium policy's values (docs/policy/chromium-policy.json) handed to the page as its
 * `storage.managed`, as Chromium does from a policy; Chromium reads policies only from a
 * system-wide folder, which a test must not write.
 */
test('the options page with managed settings: axe finds nothing; in dark forced colours every text keeps 4.5:1', async ({
  page,
  context,
}) => {
  const policy = JSON.parse(readFileSync(CHROMIUM_POLICY, 'utf8')) as {
    '3rdparty': { extensions: Record<string, Record<string, string>> };
  };
  const managed = Object.values(policy['3rdparty'].extensions)[0]!;
  await page.addInitScript((values) => {
    // The extension page's own API; its types are not in the test's scope.
    const area = (
      globalThis as unknown as {
        chrome: { storage: { managed: { get: (...args: unknown[]) => unknown } } };
      }
    ).chrome.storage.managed;
    area.get = (...args: unknown[]) => {
      const callback = args.find((a) => typeof a === 'function') as
        ((v: unknown) => void) | undefined;
      if (callback) return void callback(values);
      return Promise.resolve(values);
    };
  }, managed);
  await page.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  await expect(page.locator('[data-managed]')).toHaveCount(Object.keys(managed).length);
  expect(await axeViolations(page, 'the options page with managed settings')).toEqual([]);
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  expect(await contrastFindings(playwrightRunner(page), 'the options page')).toEqual([]);
});

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

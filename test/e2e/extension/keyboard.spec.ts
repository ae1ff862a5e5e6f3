import type { Locator, Page } from '@playwright/test';
import { CUSTOMER_TENANT, GLOBAL, PARTNER_TENANT, expect, extensionId, test } from './fixtures.ts';
import { pageActions } from './page-actions.ts';
import { keyboardWalk, tabWalk } from './surfaces.ts';

/**
 * Every extension surface by keyboard only: the entry point, the check, the paste-a-link
 * checker with its e-mail, the help inside the portal's panel (whose focus trap keeps the focus
 * in the panel), the popup and the options page. Each control is reached with Tab (a radio
 * group with Tab, its radios with the arrow keys) and the ones that do something are operated
 * with keys. In forced colours (Windows high contrast), every control shows a focus outline
 * when it has the focus and its text keeps a colour.
 */

const ENTRY = 'csp-multichannel-guide';
const HELP = '[role="dialog"] csp-multichannel-guide-link';
const INVITATION = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;

/** Presses Tab until `target` has the focus; fails with the number of presses it tried. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el.matches(':focus'))) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reached with ${limit} presses of Tab`).toBeFocused();
}

/** Tabs to a closed <select> and picks its next option with the arrow key. */
async function pickNext(page: Page, select: Locator) {
  await tabTo(page, select);
  const before = await select.inputValue();
  await page.keyboard.press('ArrowDown');
  await expect(select).not.toHaveValue(before);
}

test.describe.configure({ timeout: 120_000 });

test('the entry point, the check and the paste-a-link checker work by keyboard only', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: GLOBAL });
  await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/${CUSTOMER_TENANT}/subscriptions`);
  const entry = page.locator(ENTRY);
  const toggle = entry.locator('.toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // From the portal's page, Tab reaches the collapsed entry point; Enter opens it.
  await tabTo(page, toggle);
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toBeFocused();

  // The check: its questions answered with the arrow keys give a verdict.
  await pickNext(page, entry.locator('#cmg-check-origin'));
  await pickNext(page, entry.locator('#cmg-check-service'));
  await expect(entry).toHaveAttribute('data-status', /.+/);

  // The paste-a-link checker: pasted text, then the e-mail's controls.
  await tabTo(page, entry.getByLabel('Invitation or GDAP link, as you received it'));
  await page.keyboard.insertText(INVITATION);
  await expect(entry.locator('[data-link-kind="reseller"]').first()).toBeVisible();
  await tabTo(page, entry.getByLabel('Your company name'));
  await page.keyboard.type('Contoso');
  await pickNext(page, entry.getByLabel('Language of the e-mail'));
  await expect(entry.getByLabel('Subject')).toHaveValue(/Contoso/);
  await tabTo(page, entry.getByRole('button', { name: 'Copy e-mail' }));
  await page.keyboard.press('Enter');
  await expect(entry.getByRole('status').first()).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/Contoso/);
  await tabTo(page, entry.getByRole('button', { name: 'Copy link' }));
  await page.keyboard.press('Space');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(INVITATION);

  // Every control of the open entry point is on the Tab path.
  expect((await tabWalk(pageActions(page), ENTRY)).missed).toEqual([]);

  // Escape closes it and leaves the focus on its button.
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
});

test("the help beside the portal's link works by keyboard inside the panel's focus trap", async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: GLOBAL });
  await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/list`);
  // The portal's command, by keyboard: its panel opens and traps the focus.
  await tabTo(page, page.locator('[data-command="request"]'));
  await page.keyboard.press('Enter');
  const help = page.locator(HELP);
  await expect(help).toHaveAttribute('data-link-kind', 'reseller');
  await expect(page.locator('[role="dialog"] :focus').first()).toBeAttached();

  const summary = help.locator('summary');
  await tabTo(page, summary);
  await page.keyboard.press('Enter');
  await tabTo(page, help.getByLabel('Your company name'));
  await page.keyboard.type('Contoso Partner AG');
  await pickNext(page, help.getByLabel('Language of the e-mail'));
  await expect(help.getByLabel('Subject')).toHaveValue(/Contoso Partner AG/);
  await tabTo(page, help.getByRole('button', { name: 'Copy e-mail' }));
  await page.keyboard.press('Enter');
  await expect(help.getByRole('status').first()).toHaveText('Copied');

  // Every control of the help is on the Tab path, and the focus never left the panel.
  expect((await tabWalk(pageActions(page), HELP)).missed).toEqual([]);
  await expect(page.locator('[role="dialog"]')).toBeVisible();
  expect(
    await page.evaluate(() =>
      document.querySelector('[role="dialog"]')!.contains(document.activeElement),
    ),
  ).toBe(true);

  // The offer to save the link's IDs as the partner's own, answered by keyboard.
  const decline = help.getByRole('button', { name: /No/ });
  if (await decline.count()) {
    await tabTo(page, decline);
    await page.keyboard.press('Enter');
    await expect(decline).toHaveCount(0);
  }
});

test('the popup and the options page work by keyboard only', async ({ page, context }) => {
  const id = await extensionId(context);
  await page.goto(`chrome-extension://${id}/popup.html`);
  await pickNext(page, page.getByLabel('Which Partner Center do you work in?'));
  await pickNext(
    page,
    page.getByLabel('Where did the customer buy the subscription they already have?'),
  );
  await pickNext(page, page.getByLabel('What kind of service is it?'));
  await expect(page.locator('.verdict')).toHaveAttribute('data-status', /.+/);
  await tabTo(page, page.getByLabel('Invitation or GDAP link, as you received it'));
  await page.keyboard.insertText(INVITATION);
  await expect(page.locator('.link-checker [data-link-kind="reseller"]')).toBeVisible();
  expect((await tabWalk(pageActions(page), undefined)).missed).toEqual([]);

  await page.goto(`chrome-extension://${id}/options.html`);
  const status = page.getByRole('status');
  // A radio group: Tab to it, the arrow key picks the next role.
  const role = page.getByRole('radio', { checked: true });
  await tabTo(page, role);
  const before = await role.getAttribute('value');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { checked: true })).not.toHaveAttribute(
    'value',
    before ?? '',
  );
  await expect(status).toHaveText('Saved.');
  await tabTo(page, page.getByLabel('Your partner tenant ID'));
  await page.keyboard.type(PARTNER_TENANT);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Your partner tenant ID')).toHaveValue(PARTNER_TENANT);
  await expect(status).toHaveText('Saved.');
  expect((await tabWalk(pageActions(page), undefined)).missed).toEqual([]);
  await tabTo(page, page.getByRole('button', { name: 'Reset' }));
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('All settings are back to their defaults.');
  await expect(page.getByLabel('Your partner tenant ID')).toHaveValue('');
});

test('in forced colours every control shows its focus and keeps its text', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: GLOBAL });
  await page.emulateMedia({ forcedColors: 'active' });
  // The entry point and the panel help: the walk Firefox's forced colours take too (surfaces.ts).
  expect(await keyboardWalk(pageActions(page), 'en-us')).toEqual([]);

  const id = await extensionId(context);
  for (const surface of ['popup', 'options']) {
    const extensionPage = await context.newPage();
    await extensionPage.emulateMedia({ forcedColors: 'active' });
    await extensionPage.goto(`chrome-extension://${id}/${surface}.html`);
    await expect(extensionPage.locator('h1')).toBeVisible();
    expect(await tabWalk(pageActions(extensionPage), undefined), surface).toEqual({
      missed: [],
      unseen: [],
    });
    await extensionPage.close();
  }
});

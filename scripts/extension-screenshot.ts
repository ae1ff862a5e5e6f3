/**
 * Saves the extension's pictures for README and docs, from the imitation portal (English):
 * - docs/images/overlay.png: the entry point opened on a customer page, with a verdict;
 * - docs/images/panel-help.png: the help inside the "Request a reseller relationship" panel.
 * Needs the Chrome build (npm run build:extension). Run: `npx tsx scripts/extension-screenshot.ts`.
 */
import { join } from 'node:path';
import {
  CUSTOMER_TENANT,
  GLOBAL,
  HOST_TAG,
  launchWithExtension,
} from '../test/e2e/extension/browser.ts';

const IMAGES = join(import.meta.dirname, '..', 'docs', 'images');
// The imitation portal's deliberately hostile CSS (isolation test) is left out of the pictures.
const CALM =
  'section, p, li, h2, button { color: inherit; font-family: inherit; font-size: 14px !important; background: #f3f2f1 !important; } select, input, textarea { border: 1px solid #8a8886; }';

const context = await launchWithExtension();
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1200, height: 860 });
  await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/${CUSTOMER_TENANT}/subscriptions`);
  await page.addStyleTag({ content: CALM });
  const overlay = page.locator(HOST_TAG);
  await overlay.getByRole('button', { name: /Multichannel check/ }).click();
  await overlay
    .getByLabel('Where did the customer buy the subscription they already have?')
    .selectOption({ label: 'Through an Enterprise Agreement (EA)' });
  await overlay
    .getByLabel('What kind of service is it?')
    .selectOption({ label: 'Usage-based services (Azure)' });
  await overlay.locator('.verdict').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(IMAGES, 'overlay.png') });
  console.log(`Saved ${join(IMAGES, 'overlay.png')}`);

  await overlay.getByRole('button', { name: /Multichannel check/ }).click();
  await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/list`);
  await page.addStyleTag({ content: CALM });
  await page.getByRole('menuitem', { name: 'Request a reseller relationship' }).click();
  const help = page.locator(`[role="dialog"] ${HOST_TAG}-link`);
  await help.locator('.link-explanation').waitFor();
  await page.locator('#include-dap').check();
  await help.locator('[data-dap="on"]').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(IMAGES, 'panel-help.png') });
  console.log(`Saved ${join(IMAGES, 'panel-help.png')}`);
} finally {
  await context.close();
}

/**
 * Saves docs/images/overlay.png: the overlay on the fixture customer page (English), with a
 * verdict shown. Needs the Chrome build (npm run build:extension). Run:
 * `npx tsx scripts/extension-screenshot.ts`.
 */
import { join } from 'node:path';
import {
  CUSTOMER_TENANT,
  GLOBAL,
  HOST_TAG,
  launchWithExtension,
} from '../test/e2e/extension/browser.ts';

const OUT = join(import.meta.dirname, '..', 'docs', 'images', 'overlay.png');

const context = await launchWithExtension();
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1200, height: 860 });
  await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/${CUSTOMER_TENANT}/subscriptions`);
  // The fixture's deliberately hostile CSS (isolation test) is left out of the picture.
  await page.addStyleTag({
    content: 'section, p, li, h2 { color: inherit; font-family: inherit; }',
  });
  const overlay = page.locator(HOST_TAG);
  await overlay
    .getByLabel('Where did the customer buy the subscription they already have?')
    .selectOption({
      label: 'Through an Enterprise Agreement (EA)',
    });
  await overlay
    .getByLabel('What kind of service is it?')
    .selectOption({ label: 'Usage-based services (Azure)' });
  await overlay.locator('.verdict').waitFor();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: OUT });
  console.log(`Saved ${OUT}`);
} finally {
  await context.close();
}

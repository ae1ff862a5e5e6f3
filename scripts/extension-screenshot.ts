/**
 * Takes the extension's pictures for the site's extension page and README, in each of the
 * site's languages (site/src/lib/extension-screenshots.ts names them):
 * - docs/images/extension/overlay-<language>.png: the check opened on a customer page, with a
 *   verdict;
 * - docs/images/extension/panel-help-<language>.png: the help inside the "Request a reseller
 *   relationship" panel.
 * Taken on the imitation portal (test/fixtures/partner-center) at the portal's path for the
 * language (`/de-de/…`): the portal shows that language and the extension, left at "Same as
 * Partner Center" (its default), follows it; the script checks that it does before each picture.
 * Drives the UI by its stable markup (question names, answer values, the portal's commands) and
 * by trusted input only, as the extension ignores scripted events (test/e2e/choose-option.ts).
 * Needs the Chrome build (npm run build:extension). Run: `npx tsx scripts/extension-screenshot.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright';
import { LANGUAGES, type Language } from '../core/languages.ts';
import {
  EXTENSION_SCREENSHOTS,
  SCREENSHOT_FOLDER,
  screenshotFile,
  type ExtensionScreenshot,
} from '../site/src/lib/extension-screenshots.ts';
import { chooseOption } from '../test/e2e/choose-option.ts';
import {
  CUSTOMER_TENANT,
  GLOBAL,
  HOST_TAG,
  launchWithExtension,
} from '../test/e2e/extension/browser.ts';
import { LOCALE_SEGMENT } from '../test/e2e/extension/variants.ts';

const IMAGES = join(import.meta.dirname, '..', SCREENSHOT_FOLDER);
// The imitation portal's deliberately hostile CSS (isolation test) is left out of the pictures.
const CALM =
  'section, p, li, h2, button { color: inherit; font-family: inherit; font-size: 14px !important; background: #f3f2f1 !important; } select, input, textarea { border: 1px solid #8a8886; }';

/** Brings a portal page in `lang` to what one picture shows. */
const SCENES: Record<ExtensionScreenshot, (page: Page, lang: Language) => Promise<void>> = {
  /** A customer's subscriptions: the check opened, an EA subscription of Azure answered. */
  async overlay(page, lang) {
    await page.goto(
      `${GLOBAL}/${LOCALE_SEGMENT[lang]}/dashboard/v2/customers/${CUSTOMER_TENANT}/subscriptions`,
    );
    await page.addStyleTag({ content: CALM });
    const overlay = page.locator(HOST_TAG);
    await speaks(overlay.locator('aside'), lang);
    await overlay.locator('button.toggle[aria-expanded="false"]').click();
    await chooseOption(overlay.locator('select[name="origin"]'), 'ea');
    await chooseOption(overlay.locator('select[name="service"]'), 'usage-based');
    await overlay.locator('.verdict[data-status="multichannel"]').waitFor();
    // The picture shows the answers, not the focus ring of the last one.
    await overlay.locator('select[name="service"]').blur();
  },
  /** The customer list with "Request a reseller relationship" open, its DAP box ticked. */
  async 'panel-help'(page, lang) {
    await page.goto(`${GLOBAL}/${LOCALE_SEGMENT[lang]}/dashboard/v2/customers/list`);
    await page.addStyleTag({ content: CALM });
    // The check as a partner leaves it on the way to the list: collapsed, its entry point shown.
    const entry = page.locator(HOST_TAG);
    await speaks(entry.locator('aside'), lang);
    const toggle = entry.locator('button.toggle');
    if ((await toggle.getAttribute('aria-expanded')) === 'true') await toggle.click();
    await entry.locator('button.toggle[aria-expanded="false"]').waitFor();
    await page.locator('[role="menuitem"][data-command="request"]').click();
    const help = page.locator(`[role="dialog"] ${HOST_TAG}-link`);
    await speaks(help.locator('.link-help'), lang);
    await help.locator('.link-explanation').waitFor();
    await page.locator('#include-dap').check();
    await help.locator('[data-dap="on"]').waitFor();
  },
};

/** Waits until the extension's surface speaks `lang`; a picture in another is refused. */
async function speaks(surface: Locator, lang: Language): Promise<void> {
  await surface.waitFor();
  const spoken = await surface.getAttribute('lang');
  if (spoken !== lang) {
    throw new Error(
      `The extension shows "${spoken}" on the portal's ${LOCALE_SEGMENT[lang]} pages, where the picture for "${lang}" needs "${lang}"; is its language in the options set to something other than "Same as Partner Center"?`,
    );
  }
}

mkdirSync(IMAGES, { recursive: true });
for (const lang of LANGUAGES) {
  // A fresh profile for each language: default options, the entry point collapsed.
  const context = await launchWithExtension();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1200, height: 860 });
    for (const picture of EXTENSION_SCREENSHOTS) {
      await SCENES[picture](page, lang);
      await page.mouse.move(0, 0);
      const path = join(IMAGES, screenshotFile(picture, lang));
      await page.screenshot({ path });
      console.log(`Saved ${path}`);
    }
  } finally {
    await context.close();
  }
}

import type { BrowserContext, Page } from '@playwright/test';
import { extensionId, pressShortcut, test } from './fixtures.ts';
import {
  ENTRY_OVER_TRAPPING_PANEL,
  OTHER_SITE,
  PANEL_FROM_PLAIN_COMMAND,
  SCENARIOS,
  readExtensionStorage,
  type Driver,
} from './scenarios.ts';
import { PLAIN_COMMAND, VARIANTS } from './variants.ts';
import { pageActions } from './page-actions.ts';

/** The shared portal scenarios (scenarios.ts) in Chromium, on every markup variant. */
export async function driverFor(page: Page, context: BrowserContext): Promise<Driver> {
  const id = await extensionId(context);
  const extensionPages = () =>
    context.pages().filter((tab) => tab.url().startsWith(`chrome-extension://${id}/`));
  return {
    runtimeId: id,
    extensionTabs: async () => extensionPages().length,
    extensionStorage: async () => {
      const [tab] = extensionPages();
      if (!tab) throw new Error('No extension page is open to read the storage in.');
      return tab.evaluate(readExtensionStorage);
    },
    shortcut: () => pressShortcut(context, page),
    nextTab: async (open) => {
      const [tab] = await Promise.all([context.waitForEvent('page'), open()]);
      await tab.bringToFront();
      return pageActions(tab);
    },
    front: () => page.bringToFront(),
    ...pageActions(page),
    back: async () => void (await page.goBack()),
    forward: async () => void (await page.goForward()),
  };
}

for (const variant of VARIANTS) {
  test.describe(`Chromium, portal variant ${variant.name}`, () => {
    // A scenario is a whole session of a partner (20-odd steps): more than 30 s on a busy machine.
    test.describe.configure({ timeout: 60_000 });
    for (const scenario of SCENARIOS) {
      test(scenario.name, async ({ page, context }) => {
        await scenario.run(await driverFor(page, context), variant);
      });
    }
  });
}

test(`Chromium: ${OTHER_SITE.name}`, async ({ page, context }) => {
  await OTHER_SITE.run(await driverFor(page, context), VARIANTS[0]!);
});

// Once, on the variant with the most wrappers around the panel's controls.
test(`Chromium: ${ENTRY_OVER_TRAPPING_PANEL.name}`, async ({ page, context }) => {
  await ENTRY_OVER_TRAPPING_PANEL.run(await driverFor(page, context), VARIANTS[3]!);
});

// Once, from a fresh install: "Request a reseller relationship" outside any command bar or menu.
test(`Chromium: ${PANEL_FROM_PLAIN_COMMAND.name}`, async ({ page, context }) => {
  await PANEL_FROM_PLAIN_COMMAND.run(await driverFor(page, context), PLAIN_COMMAND);
});

import { test } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { firefoxDriver, launchFirefox, portalTab } from './firefox.ts';
import { OTHER_SITE, SCENARIOS } from './scenarios.ts';
import { VARIANTS } from './variants.ts';

/**
 * The shared portal scenarios (scenarios.ts) in Firefox ESR over WebDriver BiDi, on every
 * markup variant: one browser per variant (a scenario may depend on what the earlier ones of its
 * variant saved, as the offer of the partner's own IDs does), a fresh tab per scenario. The
 * site that is not Partner Center is tried in the first variant's browser, after its scenarios
 * saved what they save: it still gets nothing.
 */
for (const variant of VARIANTS) {
  test.describe(`Firefox, portal variant ${variant.name}`, () => {
    // A scenario is a whole session of a partner (20-odd steps): more than 30 s on a busy machine.
    test.describe.configure({ mode: 'serial', timeout: 60_000 });
    let browser: Browser;
    test.beforeAll(async () => {
      ({ browser } = await launchFirefox());
    });
    test.afterAll(async () => {
      await browser?.close();
    });
    for (const scenario of SCENARIOS) {
      test(scenario.name, async () => {
        const page = await portalTab(browser);
        try {
          await scenario.run(firefoxDriver(page), variant);
        } finally {
          await page.close();
        }
      });
    }
    if (variant === VARIANTS[0])
      test(`Firefox: ${OTHER_SITE.name}`, async () => {
        const page = await portalTab(browser);
        try {
          await OTHER_SITE.run(firefoxDriver(page), variant);
        } finally {
          await page.close();
        }
      });
  });
}

import { expect, test } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { firefoxDriver, firefoxSurfaces, launchFirefox, portalTab } from './firefox.ts';
import { ENTRY_OVER_TRAPPING_PANEL, OTHER_SITE, SCENARIOS } from './scenarios.ts';
import { plantedFindings, tourSurfaces } from './surfaces.ts';
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

/** Once, in a browser of its own (it leaves the options page open), on a variant with wrappers. */
test(`Firefox: ${ENTRY_OVER_TRAPPING_PANEL.name}`, async () => {
  test.setTimeout(90_000);
  const { browser } = await launchFirefox();
  try {
    const page = await portalTab(browser);
    await ENTRY_OVER_TRAPPING_PANEL.run(firefoxDriver(page), VARIANTS[1]!);
  } finally {
    await browser.close();
  }
});

/**
 * axe in every state of every extension surface (surfaces.ts), in the three languages: a fresh
 * browser each (the tour saves the partner's IDs and a role, as a partner would).
 */
test('Firefox: axe looks inside the shadow roots: a button without a name is found', async () => {
  const { browser } = await launchFirefox();
  try {
    const page = await portalTab(browser);
    const found = await plantedFindings(firefoxSurfaces(browser, page), 'en-us');
    expect(found.join('\n')).toMatch(/button-name .*\.planted/);
  } finally {
    await browser.close();
  }
});

for (const [language, locale] of [
  ['de', 'de-de'],
  ['en', 'en-us'],
  ['zh', 'zh-cn'],
] as const) {
  test(`Firefox, ${language}: axe finds nothing in any state of any extension surface`, async () => {
    test.setTimeout(120_000);
    const { browser } = await launchFirefox();
    try {
      const page = await portalTab(browser);
      expect(await tourSurfaces(firefoxSurfaces(browser, page), locale, language)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
}

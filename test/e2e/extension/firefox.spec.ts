import { expect, test } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { CUSTOMER_TENANT, GLOBAL, HOST_TAG } from './browser.ts';
import {
  FORCED_COLOURS,
  firefoxDriver,
  extensionState,
  firefoxSurfaces,
  launchFirefox,
  portalTab,
} from './firefox.ts';
import {
  ENTRY_OVER_TRAPPING_PANEL,
  OTHER_SITE,
  PANEL_FROM_PLAIN_COMMAND,
  SCENARIOS,
  type Scenario,
} from './scenarios.ts';
import { CONTRAST, keyboardWalk, plantedFindings, tourSurfaces } from './surfaces.ts';
import { PLAIN_COMMAND, VARIANTS, type Variant } from './variants.ts';

/**
 * Scenarios one after the other in one Firefox, each in a fresh tab: a scenario may depend on
 * what the earlier ones in its browser saved.
 */
function inOneBrowser(
  title: string,
  timeout: number,
  runs: readonly (readonly [name: string, scenario: Scenario, variant: Variant])[],
): void {
  test.describe(title, () => {
    // A scenario is a whole session of a partner (20-odd steps): more than 30 s on a busy machine.
    test.describe.configure({ mode: 'serial', timeout });
    let browser: Browser;
    test.beforeAll(async () => {
      // Firefox's start with the add-on installed (the hook's own timeout, 30 s by default,
      // ran out on a loaded machine): room for a busy machine, not a speed limit.
      test.setTimeout(120_000);
      ({ browser } = await launchFirefox());
    });
    test.afterAll(async () => {
      await browser?.close();
    });
    for (const [name, scenario, variant] of runs) {
      test(name, async () => {
        const page = await portalTab(browser);
        try {
          await scenario.run(firefoxDriver(page), variant);
        } finally {
          await page.close();
        }
      });
    }
  });
}

/**
 * The shared portal scenarios (scenarios.ts) in Firefox ESR over WebDriver BiDi, on every
 * markup variant: one browser per variant (a scenario may depend on what the earlier ones of its
 * variant saved, as the offer of the partner's own IDs does), a fresh tab per scenario. The
 * site that is not Partner Center is tried in the first variant's browser, after its scenarios
 * saved what they save: it still gets nothing.
 */
for (const variant of VARIANTS) {
  inOneBrowser(`Firefox, portal variant ${variant.name}`, 60_000, [
    ...SCENARIOS.map((scenario) => [scenario.name, scenario, variant] as const),
    ...(variant === VARIANTS[0]
      ? [[`Firefox: ${OTHER_SITE.name}`, OTHER_SITE, variant] as const]
      : []),
  ]);
}

/**
 * The scenarios run once per browser, in a browser of their own (they open the options page and
 * leave it open), one after the other: the command outside any command bar first (it needs a
 * fresh install's settings and opens the options page itself), then the entry point over the
 * panel's focus trap on a variant with wrappers and a transformed panel (it finds the options
 * page open, as it leaves it).
 */
inOneBrowser('Firefox, once', 90_000, [
  [`Firefox: ${PANEL_FROM_PLAIN_COMMAND.name}`, PANEL_FROM_PLAIN_COMMAND, PLAIN_COMMAND],
  [`Firefox: ${ENTRY_OVER_TRAPPING_PANEL.name}`, ENTRY_OVER_TRAPPING_PANEL, VARIANTS[1]!],
]);

/**
 * axe in every state of every extension surface (surfaces.ts), in the three languages: a fresh
 * browser each (the tour saves the partner's IDs and a role, as a partner would).
 */
test('Firefox: axe looks inside the shadow roots: a button without a name is found', async () => {
  // A Firefox launch and axe's script: 31 s on the shared two cores at a load average of 27.
  test.setTimeout(60_000);
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

/** `#rrggbb` as a computed style gives it. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/**
 * Firefox's own forced colours (its colour preferences, dark and light palettes; a browser each,
 * as a palette is read at start): the entry point and the panel help by keyboard alone with the
 * focus visible on every control (surfaces.ts `keyboardWalk`, as keyboard.spec.ts in Chromium),
 * then the same tour as Chromium's forced-colours test, every text at 4.5:1 and the focus
 * outline at 3:1 against what is behind it (test/e2e/contrast.ts). First
 * proves the palette is in force: `(forced-colors: active)` matches, the portal's own text and
 * background are drawn in the palette's, and so is the border the extension's shadow root gives
 * its entry point in forced colours (CanvasText).
 */
for (const scheme of ['dark', 'light'] as const) {
  test(`Firefox, forced colours ${scheme}: every control works by keyboard with its focus visible; every text keeps 4.5:1 and the focus stays visible in every surface`, async () => {
    test.setTimeout(120_000);
    const { browser } = await launchFirefox({ forcedColours: scheme });
    try {
      const page = await portalTab(browser);
      await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/${CUSTOMER_TENANT}/subscriptions`);
      await page.waitForFunction(
        (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.panel'),
        {},
        HOST_TAG,
      );
      const drawn = await page.evaluate((tag) => {
        const panel = document.querySelector(tag)!.shadowRoot!.querySelector('.panel')!;
        const body = getComputedStyle(document.body);
        return {
          forced: matchMedia('(forced-colors: active)').matches,
          page: `${body.color} on ${body.backgroundColor}`,
          border: getComputedStyle(panel).borderTopColor,
        };
      }, HOST_TAG);
      const { text, background } = FORCED_COLOURS[scheme];
      expect(drawn).toEqual({
        forced: true,
        page: `${rgb(text)} on ${rgb(background)}`,
        border: rgb(text),
      });

      const driver = firefoxSurfaces(browser, page, CONTRAST);
      // By keyboard alone, the focus visible on every control (the walk keyboard.spec.ts takes
      // in Chromium's forced colours); it leaves the entry point closed and the offer open.
      const walked = await keyboardWalk(driver, 'en-us').catch(async (error: unknown) => {
        throw new Error(`${String(error)}\nThe extension then: ${await extensionState(page)}`);
      });
      expect(walked).toEqual([]);
      expect(await tourSurfaces(driver, 'en-us', 'en')).toEqual([]);
    } finally {
      await browser.close();
    }
  });
}

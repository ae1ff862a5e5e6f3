import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { GLOBAL, HOST_TAG } from './browser.ts';
import { firefoxSurfaces, launchFirefox, portalTab } from './firefox.ts';
import { t } from '../i18n.ts';

/**
 * Settings an organization deploys, end to end in Firefox ESR: the sample enterprise policy
 * (docs/policy/firefox-policies.json, `3rdparty.Extensions.<add-on id>`) reaches the add-on's
 * `storage.managed`, and the managed values are the ones in force on the portal, though the
 * partner never set anything. The Chromium counterpart: chromium-managed.spec.ts.
 *
 * WebDriver BiDi refuses to navigate a tab to a `moz-extension://` page, but a tab the add-on
 * opens itself can be driven: the options page is opened the way a partner opens it, with the
 * entry point's settings button.
 */
const POLICIES = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'docs',
  'policy',
  'firefox-policies.json',
);

/** The middle of an element inside our entry point's shadow root, for a real (trusted) click. */
function centerOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([host, inner]) => {
      const box = document
        .querySelector(host)!
        .shadowRoot!.querySelector(inner)!
        .getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [HOST_TAG, selector] as const,
  );
}

/** An attribute of an element in the page, or of one inside our shadow root (`host >>> inner`). */
function attributeOf(page: Page, selector: string, name: string): Promise<string | null> {
  return page.evaluate(
    ([s, n]) => {
      const [outer, inner] = s.split(' >>> ');
      let element: Element | null | undefined = document.querySelector(outer!);
      if (inner) element = element?.shadowRoot?.querySelector(inner);
      return element?.getAttribute(n) ?? null;
    },
    [selector, name] as const,
  );
}

test('Firefox: the organization’s policy is in force on the portal without the partner setting anything', async () => {
  test.setTimeout(90_000);
  const { browser } = await launchFirefox({ policies: POLICIES });
  try {
    const page = await portalTab(browser);
    // The portal's own link names the tenant the policy gives as the partner's own: "self".
    await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/request-reseller-relationship`);
    const link = 'csp-multichannel-guide-link';
    await page.waitForFunction(
      (s) => document.querySelector(s)?.getAttribute('data-link-owner') === 'self',
      {},
      link,
    );
    expect(await attributeOf(page, link, 'data-link-kind')).toBe('reseller');

    // The managed role is the one the check knows, and the e-mail starts in the managed language.
    await page.waitForFunction(
      (s) => document.querySelector(s)?.shadowRoot?.querySelector('.toggle'),
      {},
      HOST_TAG,
    );
    const toggle = await centerOf(page, '.toggle');
    await page.mouse.click(toggle.x, toggle.y);
    await page.waitForFunction(
      (s) =>
        document.querySelector(s)?.shadowRoot?.querySelector('[data-known="role"] .known-value')
          ?.textContent === 'Indirect provider',
      {},
      HOST_TAG,
    );
    expect(
      await page.evaluate(
        (s) =>
          document
            .querySelector(s)!
            .shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-lang"]')?.value,
        link,
      ),
    ).toBe('de');

    // The options page, opened with the entry point's settings button, shows every managed
    // setting with its value as set by the organization, and the partner cannot change it.
    const settingsButton = `.icon-button[title="${t('en')('extension:overlay.options')}"]`;
    const known = new Set(browser.targets());
    const button = await centerOf(page, settingsButton);
    await page.mouse.click(button.x, button.y);
    // The new tab's address is not reported over BiDi for an add-on page; it is the new tab.
    const tab = await browser.waitForTarget(
      (target) => target.type() === 'page' && !known.has(target),
    );
    const options = (await tab.page())!;
    await options.waitForFunction(() => document.querySelector('[data-managed-note]'));
    expect(await options.evaluate(() => location.pathname)).toBe('/options.html');
    const badge = t('en')('extension:managed.badge');
    for (const setting of ['role', 'tenantId', 'partnerId', 'email-language', 'ui-language']) {
      expect(
        await options.evaluate(
          (s) => document.querySelector(`[data-setting="${s}"] [data-managed]`)?.textContent,
          setting,
        ),
        setting,
      ).toBe(badge);
    }
    // The locked options page is as accessible as the free one.
    expect(
      await firefoxSurfaces(browser, options).findings('the options page with managed settings'),
    ).toEqual([]);
    // The partner tries: another role, another tenant ID. Nothing changes.
    await options.click('input[name="role"][value="direct"]').catch(() => undefined);
    await options.click('#tenantId');
    await options.keyboard.type('ffffffff-ffff-ffff-ffff-ffffffffffff');
    await options.keyboard.press('Tab');
    expect(
      await options.evaluate(() => ({
        role: document.querySelector<HTMLInputElement>('input[name="role"]:checked')?.value,
        roleLocked: document
          .querySelector('input[name="role"][value="direct"]')!
          .matches(':disabled'),
        tenantId: document.querySelector<HTMLInputElement>('#tenantId')!.value,
        emailLanguage: document.querySelector<HTMLSelectElement>('#email-language')!.value,
        emailLocked: document.querySelector('#email-language')!.matches(':disabled'),
      })),
    ).toEqual({
      role: 'indirect-provider',
      roleLocked: true,
      tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      emailLanguage: 'de',
      emailLocked: true,
    });
  } finally {
    await browser.close();
  }
});

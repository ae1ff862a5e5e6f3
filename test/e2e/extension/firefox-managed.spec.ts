import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { GLOBAL, HOST_TAG } from './browser.ts';
import { launchFirefox, portalTab } from './firefox.ts';

/**
 * Settings an organization deploys, end to end in Firefox ESR: the sample enterprise policy
 * (docs/policy/firefox-policies.json, `3rdparty.Extensions.<add-on id>`) reaches the add-on's
 * `storage.managed`, and the managed values are the ones in force on the portal, though the
 * partner never set anything. Chromium reads policies only from the system-wide folder
 * /etc/chromium/policies/managed (root, shared by every browser on the machine); there the
 * managed settings stay at unit level (docs/extension-policy.md).
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
    const toggle = await page.evaluate((s) => {
      const box = document
        .querySelector(s)!
        .shadowRoot!.querySelector('.toggle')!
        .getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, HOST_TAG);
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
  } finally {
    await browser.close();
  }
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { BrowserContext } from 'playwright';
import { answerKey } from '../../../locales/keys.ts';
import { axeViolations, playwrightRunner } from '../axe.ts';
import { contrastFindings } from '../contrast.ts';
import { t } from '../i18n.ts';
import {
  extensionId,
  GLOBAL,
  launchWithExtension,
  overlayHosts,
  unpackedExtensionId,
} from './browser.ts';

/**
 * Settings an organization deploys, end to end in Chromium: the sample policy
 * (docs/policy/chromium-policy.json, `3rdparty.extensions.<extension ID>`) read by Chromium as
 * the machine's managed policy reaches the extension's `storage.managed`; the background copies
 * it for the content script (extension/lib/policy-copy.ts), and the managed values are the ones
 * in force on the portal and locked on the options page, though the partner never set anything.
 * Chromium reads policies only from /etc/chromium/policies/managed: the browser runs with a
 * private copy of that folder mounted over it (browser.ts, `launchWithExtension({ policy })`),
 * the machine's own stays untouched. The Firefox counterpart: firefox-managed.spec.ts.
 */
const SAMPLE = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'docs',
  'policy',
  'chromium-policy.json',
);

interface ChromiumPolicy {
  '3rdparty': { extensions: Record<string, Record<string, string>> };
}

// One browser with the policy for both tests, in order (a failure does not skip the next).
test.describe.configure({ mode: 'default' });

let context: BrowserContext;
let managed: Record<string, string>;

test.beforeAll(async () => {
  const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as ChromiumPolicy;
  managed = Object.values(sample['3rdparty'].extensions)[0]!;
  // The sample names its extension EXTENSION_ID: here, the unpacked build's.
  const policy = { '3rdparty': { extensions: { [unpackedExtensionId()]: managed } } };
  context = await launchWithExtension({ policy });
});

test.afterAll(async () => {
  await context?.close();
});

test('Chromium: the organization’s policy is in force on the portal without the partner setting anything', async () => {
  expect(await extensionId(context)).toBe(unpackedExtensionId());
  const page = context.pages()[0] ?? (await context.newPage());
  // The portal's own link names the tenant the policy gives as the partner's own: "self".
  await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/request-reseller-relationship`);
  const link = page.locator('csp-multichannel-guide-link');
  await expect(link).toHaveAttribute('data-link-owner', 'self');
  await expect(link).toHaveAttribute('data-link-kind', 'reseller');
  // The customer e-mail starts in the managed language.
  await expect(link.locator('select[id$="-lang"]')).toHaveValue(managed.emailLanguage!);

  // The managed role is the one the check knows.
  await overlayHosts(page).locator('.toggle').click();
  await expect(overlayHosts(page).locator('[data-known="role"] .known-value')).toHaveText(
    t('en')(answerKey('role', managed.role!)),
  );
});

test('Chromium: every managed setting is shown as set by the organization, and the partner cannot change it', async () => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${await extensionId(context)}/options.html`);
  const badge = t('en')('extension:managed.badge');
  for (const setting of ['role', 'tenantId', 'partnerId', 'email-language', 'ui-language'])
    await expect(options.locator(`[data-setting="${setting}"] [data-managed]`), setting).toHaveText(
      badge,
    );
  // The partner tries: another role, another tenant ID. Nothing changes, nothing is stored.
  await expect(options.locator('input[name="role"][value="direct"]')).toBeDisabled();
  await options.locator('input[name="role"][value="direct"]').click({ force: true });
  await expect(options.locator('#tenantId')).not.toBeEditable();
  await options.locator('#tenantId').press('f');
  await expect(options.locator('input[name="role"]:checked')).toHaveValue(managed.role!);
  await expect(options.locator('#tenantId')).toHaveValue(managed.tenantId!);
  await expect(options.locator('#email-language')).toHaveValue(managed.emailLanguage!);
  await expect(options.locator('#email-language')).toBeDisabled();
  // Nothing the partner tried was saved: the settings the partner stores stay unwritten (read
  // on the extension's own page; its API's types are not in the test's scope).
  expect(
    await options.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };
        }
      ).chrome.storage.sync.get('settings'),
    ),
  ).toEqual({});
  // The locked page is as accessible as the free one (a11y.spec.ts), in dark forced colours too.
  expect(await axeViolations(options, 'the options page with managed settings')).toEqual([]);
  await options.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
  expect(await contrastFindings(playwrightRunner(options), 'the options page')).toEqual([]);
  await options.close();
});

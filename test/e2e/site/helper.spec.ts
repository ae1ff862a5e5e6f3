import { expect, test, type Page } from '@playwright/test';
import { treePath } from './core.ts';
import { SITE_ORIGIN } from '../environment.ts';
import { expectNoAxeViolations, t } from './support.ts';

const en = t('en');
const PARTNER = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const VALID = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
const VERDICT = treePath(
  'en',
  'microsoft-programs',
  'cloud-global.service-license-based.role-direct',
);

async function check(page: Page, link: string) {
  await page.getByRole('textbox', { name: en('site:helper.pasteLabel'), exact: true }).fill(link);
  await page.getByRole('button', { name: en('common:action.check') }).click();
}

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE_ORIGIN });
  await page.goto(VERDICT);
  await page.locator('[data-tree-walker][data-enhanced]').waitFor();
});

test('a valid link is explained and the customer e-mail is written, copied and offered as mailto', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await check(page, VALID);
  const result = page.locator('[data-link-result="ok"]');
  await expect(result).toContainText(en('link:valid'));
  await expect(result).toContainText(en('link:kind.reseller'));
  await expect(result).toContainText(en('link:cloud.global'));
  await expect(result).toContainText(en('link:delegatedAdmin.on'));
  await expect(result).toContainText(PARTNER);
  // Missing company name: the problem is named.
  await page.getByRole('button', { name: en('site:helper.compose') }).click();
  await expect(page.getByText(en('site:helper.partnerNameError.empty'))).toBeVisible();
  await page
    .getByRole('textbox', { name: en('site:helper.partnerNameLabel'), exact: true })
    .fill('Contoso Cloud GmbH');
  await page
    .getByRole('combobox', { name: en('site:helper.emailLanguageLabel') })
    .selectOption('de');
  await page.getByRole('button', { name: en('site:helper.compose') }).click();
  const body = page.getByRole('textbox', { name: en('site:helper.bodyLabel'), exact: true });
  await expect(body).toHaveValue(/Contoso Cloud GmbH/);
  await expect(body).toHaveValue(new RegExp(VALID.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(body).toHaveValue(new RegExp(t('de')('email:greeting')));
  await page.getByRole('button', { name: en('common:action.copy') }).click();
  await expect(page.getByText(en('common:action.copied'))).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Contoso Cloud GmbH');
  const mailto = await page
    .getByRole('link', { name: en('common:action.sendEmail') })
    .getAttribute('href');
  expect(mailto).toMatch(/^mailto:\?subject=.+&body=.+/);
  expect(decodeURIComponent(mailto!)).toContain(VALID);
  await expectNoAxeViolations(page, 'helper with a valid link and e-mail');
  // Nothing typed left the browser: every request went to the site itself.
  expect(requests.filter((url) => !url.startsWith(SITE_ORIGIN))).toEqual([]);
  expect(requests.filter((url) => url.includes('Contoso') || url.includes(PARTNER))).toEqual([]);
});

test('an invalid link is named as such', async ({ page }) => {
  await check(
    page,
    'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&msppId=0#/BillingAccounts/partner-invitation',
  );
  await expect(page.locator('[data-link-result="problem"]')).toContainText(
    en('link:error.missing-parameter', { parameter: 'partnerId' }),
  );
  await check(page, 'not a link at all');
  await expect(page.locator('[data-link-result="problem"]')).toContainText(
    en('link:error.not-a-url'),
  );
  await expect(page.getByRole('button', { name: en('site:helper.compose') })).toHaveCount(0);
  await expectNoAxeViolations(page, 'helper with an invalid link');
});

test('a hostile link is refused and never rendered as markup or a link', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await check(page, 'javascript:alert(document.domain)');
  await expect(page.locator('[data-link-result="problem"]')).toContainText(
    en('link:error.not-https'),
  );
  await check(
    page,
    `https://admin.microsoft.com.evil.example/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
  );
  await expect(page.locator('[data-link-result="problem"]')).toContainText(
    en('link:error.untrusted-host'),
  );
  await check(
    page,
    `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="><img src=x onerror=alert(1)>&msppId=0#/BillingAccounts/partner-invitation`,
  );
  await expect(page.locator('[data-link-result="problem"]')).toBeVisible();
  await expect(page.locator('.helper img')).toHaveCount(0);
  await expect(page.locator('.helper-result a')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

import { expect, test, type Page } from '@playwright/test';
import {
  GDAP_LIMITS,
  LANGUAGES,
  claimById,
  effectiveDate,
  treePath,
  type Language,
} from '../../../core/index.ts';
import { formatClaimDate } from '../../../locales/claims.ts';
import { SITE_ORIGIN } from '../environment.ts';
import { chooseOption } from '../choose-option.ts';
import { expectNoAxeViolations, t } from './support.ts';

const en = t('en');
const PARTNER = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const VALID = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
const OLD_DAP = VALID.replace('DAP=false', 'DAP=true');
const GRAPH_ID = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';
const GDAP = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${GRAPH_ID}`;
const safeLinks = (link: string) =>
  `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(link)}&data=05%7C02%7Ca%40contoso.com&sdata=x&reserved=0`;
const VERDICT = treePath(
  'en',
  'microsoft-programs',
  'cloud-global.service-license-based.role-direct',
);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function check(page: Page, lang: Language, link: string) {
  const tl = t(lang);
  await page.getByRole('textbox', { name: tl('site:helper.pasteLabel'), exact: true }).fill(link);
  await page.getByRole('button', { name: tl('common:action.check') }).click();
}

async function writeEmail(page: Page, lang: Language, name: string, emailLanguage: Language) {
  const tl = t(lang);
  await page.getByRole('textbox', { name: tl('link:email.partnerName'), exact: true }).fill(name);
  await chooseOption(
    page.getByRole('combobox', { name: tl('link:email.language') }),
    emailLanguage,
  );
  return page.getByRole('textbox', { name: tl('link:email.body'), exact: true });
}

test.describe('on a verdict page', () => {
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
    await check(page, 'en', VALID);
    const result = page.locator('[data-link-result="ok"]');
    await expect(result).toContainText(en('link:valid'));
    await expect(result).toContainText(en('link:kind.reseller'));
    await expect(result).toContainText(en('link:cloud.global'));
    await expect(result).toContainText(en('link:delegatedAdmin.off'));
    await expect(result).toContainText(PARTNER);
    // The site knows nothing of the reader: whose link it is cannot be told, and it says so.
    await expect(result).toHaveAttribute('data-link-owner', 'unknown');
    await expect(result.locator('[data-owner-note="unknown"]')).toContainText(
      en('site:helper.ownerUnknown'),
    );
    // No name yet: no e-mail, and the hint says what is missing.
    await expect(page.getByText(en('link:email.nameProblem.empty'))).toBeVisible();
    await expect(page.getByRole('button', { name: en('link:email.copyEmail') })).toBeDisabled();
    const body = await writeEmail(page, 'en', 'Contoso Cloud GmbH', 'de');
    await expect(body).toHaveValue(/Contoso Cloud GmbH/);
    await expect(body).toHaveValue(new RegExp(escape(VALID)));
    await expect(body).toHaveValue(new RegExp(t('de')('email:greeting')));
    await page.getByRole('button', { name: en('link:email.copyEmail') }).click();
    await expect(page.getByText(en('common:action.copied'))).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      'Contoso Cloud GmbH',
    );
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
      'en',
      'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&msppId=0#/BillingAccounts/partner-invitation',
    );
    await expect(page.locator('[data-link-error="missing-parameter"]')).toContainText(
      en('link:error.missing-parameter', { parameter: 'partnerId' }),
    );
    await check(page, 'en', 'not a link at all');
    await expect(page.locator('[data-link-error="not-a-url"]')).toContainText(
      en('link:error.not-a-url'),
    );
    await expect(page.getByRole('textbox', { name: en('link:email.partnerName') })).toHaveCount(0);
    await expectNoAxeViolations(page, 'helper with an invalid link');
  });

  test('a hostile link is refused and never rendered as markup or a link', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await check(page, 'en', 'javascript:alert(document.domain)');
    await expect(page.locator('[data-link-error="not-https"]')).toContainText(
      en('link:error.not-https'),
    );
    await check(
      page,
      'en',
      VALID.replace('admin.microsoft.com', 'admin.microsoft.com.evil.example'),
    );
    await expect(page.locator('[data-link-error="untrusted-host"]')).toContainText(
      en('link:error.untrusted-host'),
    );
    await check(page, 'en', safeLinks('https://evil.example/login'));
    await expect(page.locator('[data-link-error="untrusted-host"]')).toContainText(
      en('link:explain.unwrappedRefused'),
    );
    await check(
      page,
      'en',
      `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId="><img src=x onerror=alert(1)>&msppId=0#/BillingAccounts/partner-invitation`,
    );
    await expect(page.locator('[data-link-result="problem"]')).toBeVisible();
    await expect(page.locator('.helper img')).toHaveCount(0);
    // The one link in the result is the way into the site's own troubleshooting, at the cause.
    const result = page.locator('.link-paste-result');
    await expect(result.locator('a:not([data-troubleshoot-link])')).toHaveCount(0);
    await expect(result.locator('[data-link-cause="link-altered"]')).toBeVisible();
    await expect(result.locator('[data-troubleshoot-link]')).toHaveAttribute(
      'href',
      /^\/en\/troubleshoot\/.*stage-link\/$/,
    );
    expect(dialogs).toBe(0);
  });
});

for (const lang of LANGUAGES) {
  test.describe(`invitation link page (${lang})`, () => {
    const tl = t(lang);
    test.beforeEach(async ({ page }) => {
      await page.goto(`/${lang}/guide/invitation-link/`);
      // The helper loads when the reader scrolls to it (client:visible).
      await page.locator('[data-invitation-helper]').scrollIntoViewIfNeeded();
    });

    test('an old DAP link inside a Chinese sentence gets the warning, and the e-mail promises no DAP', async ({
      page,
    }) => {
      await check(page, lang, `请点击${OLD_DAP}。谢谢！`);
      const result = page.locator('[data-link-kind="reseller"][data-dap="on"]');
      await expect(result).toContainText(tl('link:delegatedAdmin.on'));
      const warning = result.locator('[data-note="dap-retired"]');
      await expect(warning.getByRole('heading')).toHaveText(tl('link:dapRetired.title'));
      await expect(warning).toContainText(tl('link:dapRetired.howToGdap'));
      // The DAP fact is the register's one claim, with its marker and its sources.
      const dap = result.locator('[data-claim="dap-retired"]');
      await expect(dap).toHaveAttribute('data-confirmation', 'quoted');
      await expect(dap).toContainText(tl('changes:confirmation.quoted'));
      await expect(dap.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
      const body = await writeEmail(page, lang, '世纪云科技有限公司', lang);
      await expect(body).toHaveValue(new RegExp(escape(OLD_DAP)));
      // The e-mail words the register's claim: no admin access through the invitation.
      const since = formatClaimDate(effectiveDate(claimById('dap-retired'))!, lang);
      await expect(body).toHaveValue(
        new RegExp(escape(t(lang)('email:claim.dap-retired', { date: since }))),
      );
      // No word about DAP: only GDAP, and DAP=true inside the unchanged link.
      await expect(body).not.toHaveValue(/(?<!G)DAP(?!=true)/);
      await expectNoAxeViolations(page, `old DAP link (${lang})`);
    });

    test('a GDAP request with a Microsoft Graph id is explained and gets the GDAP e-mail', async ({
      page,
    }) => {
      await check(page, lang, GDAP);
      const result = page.locator('[data-link-kind="gdap"]');
      await expect(result).toContainText(tl('link:kind.gdap'));
      await expect(result).toContainText(GRAPH_ID);
      await expect(result.locator('[data-gdap-fact]')).toHaveCount(5);
      await expect(result).toContainText(tl('link:gdap.fact.request-expires', { days: '90' }));
      await expect(result).toContainText(tl('link:gdap.fact.not-for-ea'));
      const body = await writeEmail(page, lang, 'Contoso GmbH', lang);
      await expect(body).toHaveValue(new RegExp(escape(GDAP)));
      await expect(body).toHaveValue(
        new RegExp(
          escape(t(lang)('email:claim.gdap-facts', { days: GDAP_LIMITS.requestExpiryDays })),
        ),
      );
      await expectNoAxeViolations(page, `GDAP link (${lang})`);
    });

    test('a link wrapped by Outlook Safe Links is unwrapped, and the page says so', async ({
      page,
    }) => {
      await check(page, lang, `„${safeLinks(VALID).replace(/&/g, '&amp;')}“`);
      const result = page.locator(
        '[data-link-kind="reseller"][data-unwrapped="outlook-safe-links"]',
      );
      await expect(result.locator('[data-note="unwrapped"]')).toHaveText(
        tl('link:explain.unwrapped'),
      );
      await expect(result.locator('[data-fact="url"]')).toContainText(VALID);
    });
  });
}

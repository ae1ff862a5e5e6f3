import type { Page } from '@playwright/test';
import {
  CUSTOMER_TENANT,
  GLOBAL,
  PARTNER_TENANT,
  VIANET,
  expect,
  extensionId,
  overlayHosts,
  test,
} from './fixtures.ts';
import { answerKey, nextStepKey } from '../../../locales/keys.ts';
import { chooseOption } from '../choose-option.ts';
import { t } from '../i18n.ts';
import { answerPopupCheck } from './popup-check.ts';

/** Picks an answer in the overlay's check, by the question's visible label. */
async function answer(page: Page, question: string, option: string) {
  await chooseOption(overlayHosts(page).getByLabel(question), { label: option });
}

/** Opens the entry point (collapsed until the partner opens it; it remembers the state). */
async function openEntry(page: Page) {
  const toggle = overlayHosts(page).getByRole('button', { name: /Multichannel/ });
  await expect(toggle).toHaveAttribute('aria-expanded', /true|false/);
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** The explanation the extension puts beside the invitation link the page shows. */
const linkHelp = (page: Page) => page.locator('csp-multichannel-guide-link');

async function setRole(page: Page, role: string) {
  const id = await extensionId(page.context());
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByRole('radio', { name: new RegExp(role) }).check();
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await options.close();
}

/** Sets the partner's own tenant ID on the options page, as the partner does. */
async function setTenantId(page: Page, tenantId: string) {
  const id = await extensionId(page.context());
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await options.getByLabel('Your partner tenant ID').fill(tenantId);
  await options.getByLabel('Your partner tenant ID').press('Tab');
  await expect(options.getByRole('status')).toHaveText('Saved.');
  await options.close();
}

test.describe('eligibility hints on customer pages', () => {
  test('the customer list gets exactly one hint, with the verdict of the rules', async ({
    page,
  }) => {
    await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/list`);
    const overlay = overlayHosts(page);
    await expect(overlay).toHaveCount(1);
    await expect(overlay.getByRole('button', { name: /Multichannel check/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await openEntry(page);
    await expect(overlay).toHaveAttribute('data-check', 'customer-list');
    // Cloud from the host, role from the options (default: direct partner).
    await expect(overlay.locator('[data-known="cloud"]')).toContainText('Partner Center (global)');
    await expect(overlay.locator('[data-known="role"]')).toContainText('Direct partner');
    await expect(overlay.locator('.result')).toContainText('Answer the questions');
    await answer(
      page,
      'Where did the customer buy the subscription they already have?',
      'Through an Enterprise Agreement (EA)',
    );
    await answer(page, 'What kind of service is it?', 'License-based services');
    const verdict = overlay.locator('.verdict');
    await expect(verdict).toHaveAttribute('data-status', 'multichannel');
    await expect(overlay).toHaveAttribute('data-status', 'multichannel');
    await expect(verdict).toContainText('Multichannel support applies');
    await expect(verdict.locator('[data-outcome="request-reseller-relationship"]')).toContainText(
      'Request a reseller relationship',
    );
    // What the partner does today (the step), not the source's explanation.
    await expect(verdict.locator('[data-outcome="request-reseller-relationship"]')).toContainText(
      'send the link to the customer unchanged',
    );
    await expect(
      verdict.locator('[data-outcome="request-reseller-relationship"]'),
    ).not.toContainText('The source says');
    await expect(verdict.locator('.source').first()).toContainText('Partner Center documentation');
    await expect(verdict.getByRole('link', { name: /decision tree/ })).toHaveAttribute(
      'href',
      /^http:\/\/127\.0\.0\.1:4321\/en\/trees\/microsoft-programs\/[^/]+\/$/,
    );
    // Usage-based from another CSP partner: the Azure services may move to the new partner.
    await answer(
      page,
      'Where did the customer buy the subscription they already have?',
      'From another CSP partner',
    );
    await answer(page, 'What kind of service is it?', 'Usage-based services (Azure)');
    await expect(verdict.locator('[data-outcome="switch-azure-partner"]')).toBeVisible();
    await expect(overlay).toHaveCount(1);
  });

  test('on 21Vianet the cloud is 21Vianet and the verdict follows its own source', async ({
    page,
  }) => {
    await page.goto(`${VIANET}/pcv/dashboard/v2/customers/${CUSTOMER_TENANT}/subscriptions`);
    const overlay = overlayHosts(page);
    await expect(overlay).toHaveCount(1);
    await openEntry(page);
    await expect(overlay.locator('[data-known="cloud"]')).toContainText('21Vianet');
    await answer(
      page,
      'Where did the customer buy the subscription they already have?',
      'From 21Vianet',
    );
    await answer(page, 'What kind of service is it?', 'License-based services');
    await expect(overlay.locator('.verdict')).toHaveAttribute('data-status', 'multichannel');
    await expect(overlay.locator('.source').first()).toContainText('21Vianet');
  });

  test('speaks German and Chinese with the portal, and follows a change of <html lang>', async ({
    page,
  }) => {
    await page.goto(`${GLOBAL}/de-de/dashboard/v2/customers/list`);
    const overlay = overlayHosts(page);
    await openEntry(page);
    await expect(overlay.getByRole('button', { name: /Multichannel-Prüfung/ })).toBeVisible();
    await expect(overlay.locator('[data-known="cloud"]')).toContainText('Globales Partner Center');
    await page.goto(`${GLOBAL}/dashboard/v2/customers/list?lang=zh`);
    await expect(overlay.getByRole('button', { name: /多渠道检查/ })).toBeVisible();
    await page.evaluate(() => (document.documentElement.lang = 'de-DE'));
    await expect(overlay.getByRole('button', { name: /Multichannel-Prüfung/ })).toBeVisible();
  });

  test('collapsed it loads no UI; open, the entry point in the language it speaks; a pasted link its explanation; a switch the other language', async ({
    page,
  }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      const file =
        /^chrome-extension:\/\/[^/]+\/(overlay-ui\.js|overlay\/[\w-]+\.js|strings\/[\w-]+\.js)$/.exec(
          request.url(),
        )?.[1];
      if (file && !loaded.includes(file)) loaded.push(file);
    });
    const part = (name: string) => loaded.filter((f) => f.includes(name)).sort();
    await page.goto(`${GLOBAL}/dashboard/v2/customers/list`);
    const toggle = overlayHosts(page).getByRole('button', { name: /Multichannel check/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(loaded).toEqual([]);
    await toggle.click();
    await expect(overlayHosts(page).getByLabel('What kind of service is it?')).toBeVisible();
    // The UI chunk, the entry point's part and what it shares with the link part; its strings.
    expect(loaded).toContain('overlay-ui.js');
    expect(part('entry')).toEqual(['overlay/entry-part.js', 'strings/entry-en.js']);
    expect(part('link')).toEqual([]);
    // A pasted link loads the link explanation and its strings, and nothing else again.
    await overlayHosts(page)
      .getByLabel('Invitation or GDAP link, as you received it')
      .fill('https://admin.rnicrosoft.com/Adminportal/Home?invType=ResellerRelationship');
    await expect(overlayHosts(page).locator('[data-link-error="untrusted-host"]')).toBeVisible();
    expect(part('link')).toEqual(['overlay/link-part.js', 'strings/link-en.js']);
    const before = loaded.length;
    await page.evaluate(() => (document.documentElement.lang = 'zh-CN'));
    await expect(overlayHosts(page).getByRole('button', { name: /多渠道检查/ })).toBeVisible();
    await expect(overlayHosts(page).locator('[data-link-error="untrusted-host"]')).toContainText(
      t('zh')('link:error.untrusted-host'),
    );
    expect(loaded.slice(before).sort()).toEqual(['strings/entry-zh.js', 'strings/link-zh.js']);
  });

  test('opens by keyboard, stays open on the next page, and Escape closes it', async ({ page }) => {
    await page.goto(`${GLOBAL}/dashboard/v2/customers/list`);
    const toggle = overlayHosts(page).getByRole('button', { name: /Multichannel check/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(overlayHosts(page).getByLabel('What kind of service is it?')).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.reload();
    await expect(
      overlayHosts(page).getByRole('button', { name: /Multichannel check/ }),
    ).toHaveAttribute('aria-expanded', 'true');
    await expect(overlayHosts(page).getByLabel('What kind of service is it?')).toBeVisible();
    // Escape inside the panel collapses it again.
    await overlayHosts(page).getByLabel('What kind of service is it?').focus();
    await page.keyboard.press('Escape');
    await expect(
      overlayHosts(page).getByRole('button', { name: /Multichannel check/ }),
    ).toHaveAttribute('aria-expanded', 'false');
  });

  test("the page's CSS does not reach the overlay", async ({ page }) => {
    await page.goto(`${GLOBAL}/dashboard/v2/customers/list`);
    const toggle = overlayHosts(page).getByRole('button', { name: /Multichannel check/ });
    // portal.css paints every button hotpink with 22px text; the overlay's own style wins.
    await expect(toggle).toHaveCSS('font-size', '14px');
    await expect(toggle).not.toHaveCSS('background-color', 'rgb(255, 105, 180)');
  });
});

test.describe('invitation helper beside the link the page shows', () => {
  test('explains the link, follows the DAP box, and writes the e-mail with Copy and mailto', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: GLOBAL });
    await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/request-reseller-relationship`);
    const overlay = linkHelp(page);
    await expect(overlay).toHaveCount(1);
    const summary = overlay.locator('.link-explanation');
    await expect(summary).toHaveAttribute('data-link-kind', 'reseller');
    await expect(summary).toContainText('Invitation to a reseller relationship');
    await expect(summary).toContainText('Global cloud (admin center)');
    await expect(summary).toContainText('Does not ask for delegated admin privileges (DAP)');

    await page.locator('#include-dap').check();
    await expect(summary).toContainText('Asks for delegated admin privileges (DAP)');
    await expect(overlay).toHaveAttribute('data-dap', 'on');
    // An old DAP opt-in: the helper says it grants nothing today and how to ask for GDAP.
    await expect(summary.locator('[data-note="dap-retired"]')).toContainText(
      'Old link: it still asks for delegated admin privileges (DAP)',
    );

    // One e-mail story: the portal's draft as it is; ours only for another language.
    await expect(overlay.locator('[data-email-story]')).toContainText(
      'send the e-mail Partner Center shows here as it is',
    );
    await overlay.getByText('Write the e-mail in another language').click();
    await overlay.getByLabel('Your company name').fill('Contoso Partner AG');
    await chooseOption(overlay.getByLabel('Language of the e-mail'), { label: 'Deutsch' });
    await expect(overlay.getByLabel('Subject')).toHaveValue(
      /^Contoso Partner AG möchte Ihr Partner/,
    );
    const body = overlay.getByLabel('E-mail text');
    await expect(body).toHaveValue(new RegExp(`partnerId=${PARTNER_TENANT}&msppId=0&DAP=true`));
    // The e-mail promises no admin access: that would be a separate GDAP request.
    await expect(body).toHaveValue(/keinen Administratorzugriff/);

    await overlay.getByRole('button', { name: 'Copy e-mail' }).click();
    await expect(overlay.getByRole('status')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^Contoso Partner AG möchte Ihr Partner/);
    expect(copied).toContain(
      `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT}`,
    );

    const mailto = await overlay
      .getByRole('link', { name: 'Open in e-mail program' })
      .getAttribute('href');
    expect(mailto).toMatch(/^mailto:\?subject=Contoso%20Partner%20AG/);
  });

  test('says what is wrong with a pasted link', async ({ page }) => {
    await page.goto(`${GLOBAL}/dashboard/v2/customers/request-reseller-relationship`);
    const overlay = overlayHosts(page);
    await openEntry(page);
    await overlay
      .getByLabel('Invitation or GDAP link, as you received it')
      .fill('https://admin.rnicrosoft.com/Adminportal/Home?invType=ResellerRelationship');
    await expect(overlay.locator('[data-link-error="untrusted-host"]')).toContainText(
      'does not lead to a Microsoft admin center',
    );
  });

  test('a link pasted at the bottom of the open entry point: its explanation comes into view', async ({
    page,
  }) => {
    // A laptop's window: open below the customer list's command bar, the checker's field is
    // the last thing in view, and the explanation appears below it.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`${GLOBAL}/dashboard/v2/customers/list`);
    const overlay = overlayHosts(page);
    await openEntry(page);
    const field = overlay.getByLabel('Invitation or GDAP link, as you received it');
    // The partner scrolled just far enough to reach the field: it is the last thing in view.
    await field.evaluate((box) => box.scrollIntoView({ block: 'end' }));
    await field.fill(
      `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${CUSTOMER_TENANT}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
    );
    const first = overlay.locator('.link-checker .link-paste-result p').first();
    await expect(first).toContainText('This link ties the customer to');
    // In view: inside the window and inside the entry point's scrolled body.
    await expect(first).toBeInViewport();
    const inBody = await first.evaluate((line) => {
      const box = line.getBoundingClientRect();
      const body = line.closest('.body')!.getBoundingClientRect();
      // Rounding: the line may end a fraction of a pixel past the body's edge.
      return box.top >= body.top && box.bottom <= body.bottom + 1;
    });
    expect(inBody).toBe(true);
  });

  test('21Vianet: the link goes to the admin center operated by 21Vianet, marked as unconfirmed', async ({
    page,
  }) => {
    await page.goto(`${VIANET}/zh-cn/pcv/dashboard/v2/customers/request-reseller-relationship`);
    const overlay = linkHelp(page);
    await expect(overlay).toHaveAttribute('data-link-cloud', '21vianet');
    const summary = overlay.locator('.link-explanation');
    await expect(summary).toHaveAttribute('data-link-cloud', '21vianet');
    await expect(summary).toContainText('世纪互联');
    // The 21Vianet admin center is not confirmed as the invitation host: the helper says so.
    await expect(summary.locator('.notice')).toContainText('Microsoft');
  });

  test('as an indirect reseller: explains the rule and checks the link the provider sent', async ({
    page,
  }) => {
    await setRole(page, 'Indirect reseller');
    await page.goto(`${GLOBAL}/dashboard/v2/customers/request-reseller-relationship`);
    // The reseller's own "Request a reseller relationship" link is its to send: explained,
    // with the e-mail offered.
    await expect(linkHelp(page)).toHaveAttribute('data-link-kind', 'reseller');
    await expect(linkHelp(page).locator('[data-email-composer]')).toHaveCount(1);
    const overlay = overlayHosts(page);
    await openEntry(page);
    await expect(overlay.locator('[data-helper="reseller"]')).toBeVisible();
    const providerLink = `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${PARTNER_TENANT}&msppId=4847383&indirectCSPId=c56a4180-65aa-42ec-a945-5fd21dec0538&DAP=false#/BillingAccounts/partner-invitation`;
    await overlay
      .getByLabel('Invitation link to check: your own or one your indirect provider sent you')
      .fill(providerLink);
    await expect(overlay.locator('.link-explanation')).toHaveAttribute(
      'data-link-kind',
      'indirect-reseller',
    );
    await expect(overlay.locator('.link-checker, [data-helper="reseller"]').first()).toContainText(
      'c56a4180-65aa-42ec-a945-5fd21dec0538',
    );
    await overlay
      .getByLabel('Invitation link to check: your own or one your indirect provider sent you')
      .fill('https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship');
    await expect(overlay.locator('[data-link-error]')).toBeVisible();
  });

  test('as an indirect provider: builds the reseller link, with clear messages on bad input', async ({
    page,
  }) => {
    await setTenantId(page, PARTNER_TENANT);
    await page.goto(
      `${GLOBAL}/de-de/dashboard/v2/indirect-resellers/request-reseller-relationship`,
    );
    const overlay = overlayHosts(page);
    await expect(linkHelp(page)).toHaveAttribute('data-link-kind', 'indirect-reseller');
    // The provider's own link: its tenant ID from the options is the link's partner tenant.
    await expect(linkHelp(page)).toHaveAttribute('data-link-owner', 'self');
    await openEntry(page);
    // No role set in the options (the default is "direct"): the page is the indirect
    // provider's, and so is the check beside the builder, with the provider's steps.
    const role = overlay.locator('[data-known="role"]');
    await expect(role).toContainText(t('de')(answerKey('role', 'indirect-provider')));
    await expect(role).toContainText(t('de')('extension:check.roleFromPage'));
    await chooseOption(overlay.locator('select[name="origin"]'), 'microsoft-direct');
    await chooseOption(overlay.locator('select[name="service"]'), 'license-based');
    const verdict = overlay.locator('.verdict');
    await expect(verdict.locator('[data-outcome="provider-sends-invitation"]')).toBeVisible();
    await expect(verdict.locator('[data-outcome="provider-names-admin-reseller"]')).toContainText(
      t('de')(
        nextStepKey('provider-names-admin-reseller', {
          role: 'indirect-provider',
          cloud: 'global',
        }),
      ),
    );
    // Taken from the options, never from the page.
    await expect(overlay.getByLabel('Ihre Mandanten-ID')).toHaveValue(PARTNER_TENANT);
    await overlay.getByLabel('Mandanten-ID des Resellers').fill('not-a-guid');
    await overlay.getByLabel('Partner-ID des Resellers').fill('48A');
    await overlay.getByRole('button', { name: 'Link erstellen' }).click();
    await expect(overlay.locator('[data-build-error="invalid-tenant-id"]')).toContainText('GUID');
    await expect(overlay.locator('[data-build-error="invalid-partner-id"]')).toContainText(
      'Ziffern',
    );
    await overlay.getByLabel('Mandanten-ID des Resellers').fill(PARTNER_TENANT);
    await overlay.getByLabel('Partner-ID des Resellers').fill('4847383');
    await overlay.getByRole('button', { name: 'Link erstellen' }).click();
    await expect(overlay.locator('[data-build-error="same-tenant"]')).toBeVisible();
    await overlay
      .getByLabel('Mandanten-ID des Resellers')
      .fill('c56a4180-65aa-42ec-a945-5fd21dec0538');
    await overlay.getByRole('button', { name: 'Link erstellen' }).click();
    const built = overlay.locator('[data-built]');
    await expect(built).toContainText('invType=IndirectResellerRelationship');
    await expect(built).toContainText('indirectCSPId=c56a4180-65aa-42ec-a945-5fd21dec0538');
    await expect(built.locator('.link-explanation')).toHaveAttribute(
      'data-link-kind',
      'indirect-reseller',
    );
  });
});

test.describe('popup and options', () => {
  test('the popup asks all four questions and shows the verdict on any tab', async ({
    page,
    context,
  }) => {
    await answerPopupCheck(page, context, 'From another CSP partner');
    await expect(page.getByLabel('What is your role in the CSP program?')).toHaveValue('direct');
    await expect(page.locator('.verdict')).toHaveAttribute('data-status', 'not-multichannel');
    await expect(page.locator('[data-outcome="wait-for-term-end-or-cancel"]')).toBeVisible();
  });

  test('the popup checks a pasted link with the shared explanation: Safe Links, GDAP', async ({
    page,
    context,
  }) => {
    const id = await extensionId(context);
    await page.goto(`chrome-extension://${id}/popup.html`);
    const paste = page.getByLabel('Invitation or GDAP link, as you received it');
    const invitation = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
    await paste.fill(
      `Link: https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(invitation)}&amp;data=05%7C02&amp;reserved=0`,
    );
    const explained = page.locator('.link-checker [data-link-kind="reseller"]');
    await expect(explained).toHaveAttribute('data-unwrapped', 'outlook-safe-links');
    await expect(explained.locator('[data-fact="url"]')).toContainText(invitation);
    const gdap =
      'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';
    await paste.fill(`请点击${gdap}。`);
    await expect(page.locator('.link-checker [data-link-kind="gdap"]')).toContainText(
      'expires after 90 days',
    );
    await page.getByLabel('Your company name').fill('Contoso');
    await expect(page.getByLabel('E-mail text')).toHaveValue(/within 90 days/);
  });

  test('options: a fixed interface language changes the overlay; reset brings back the defaults', async ({
    page,
    context,
  }) => {
    const id = await extensionId(context);
    await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/list`);
    await expect(
      overlayHosts(page).getByRole('button', { name: /Multichannel check/ }),
    ).toBeVisible();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    // The keyboard shortcut, as the browser has it.
    await expect(options.locator('[data-shortcut]')).toHaveText('Alt+Shift+M');
    await options.getByLabel('Language of the extension').selectOption('zh');
    await expect(options.getByRole('status')).toHaveText('已保存。');
    await expect(overlayHosts(page).getByRole('button', { name: /多渠道检查/ })).toBeVisible();
    await options.getByRole('button', { name: '重置' }).click();
    await expect(options.getByRole('status')).toHaveText(
      'All settings are back to their defaults.',
    );
    await expect(
      overlayHosts(page).getByRole('button', { name: /Multichannel check/ }),
    ).toBeVisible();
  });
});

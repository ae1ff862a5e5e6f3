import { expect, extensionId, test } from './fixtures.ts';

const PARTNER_TENANT = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

/**
 * "Customer can't accept?" in the popup's paste-a-link checker (the overlay's entry point
 * renders the same component): it opens the guide's troubleshooting tree for the link's kind
 * and cloud, and a broken link says which cause it points to.
 */
test("the link checker offers “Customer can't accept?” for the link's kind and cloud, and names the cause of a broken link", async ({
  page,
  context,
}) => {
  const id = await extensionId(context);
  await page.goto(`chrome-extension://${id}/popup.html`);
  const offer = page.getByRole('link', { name: "Customer can't accept?" });
  await expect(offer).toHaveAttribute('href', /\/en\/troubleshoot\/$/);
  const paste = page.getByLabel('Invitation or GDAP link, as you received it');
  const invitation = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${PARTNER_TENANT}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
  await paste.fill(invitation);
  await expect(offer).toHaveAttribute('href', /\/en\/troubleshoot\/kind-reseller\.cloud-global\/$/);
  await expect(page.locator('[data-link-cause]')).toHaveCount(0);

  await paste.fill(invitation.slice(0, invitation.indexOf('#')));
  const cause = page.locator('[data-link-cause="link-altered"]');
  await expect(cause).toContainText('This link points to a cause: The link was altered on its way');
  await expect(cause.locator('[data-link-alteration="truncated"]')).toBeVisible();
  await expect(offer).toHaveAttribute('href', /\/en\/troubleshoot\/.*stage-link\/$/);
});

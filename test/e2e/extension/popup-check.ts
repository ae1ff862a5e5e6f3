import type { BrowserContext, Page } from '@playwright/test';
import { chooseOption } from '../choose-option.ts';
import { extensionId } from './fixtures.ts';

/**
 * Opens the popup and answers its check in English as a partner does, by keyboard: global
 * Partner Center, the customer bought `bought` (the answer's label), license-based services.
 */
export async function answerPopupCheck(
  page: Page,
  context: BrowserContext,
  bought: string,
): Promise<void> {
  const id = await extensionId(context);
  await page.goto(`chrome-extension://${id}/popup.html`);
  await chooseOption(page.getByLabel('Which Partner Center do you work in?'), {
    label: 'Partner Center (global)',
  });
  await chooseOption(
    page.getByLabel('Where did the customer buy the subscription they already have?'),
    { label: bought },
  );
  await chooseOption(page.getByLabel('What kind of service is it?'), {
    label: 'License-based services',
  });
}

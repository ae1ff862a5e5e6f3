import { expect, test } from '@playwright/test';
import { treePath } from '../../../core/index.ts';
import { t } from './support.ts';

test('changing an answer mid-way leads to the new verdict', async ({ page }) => {
  const en = t('en');
  await page.goto(treePath('en', 'microsoft-programs'));
  await page.locator('[data-tree-walker][data-enhanced]').waitFor();
  const choose = async (label: string) => {
    await page.getByRole('radio', { name: label, exact: true }).check();
    await page.getByRole('button', { name: en('common:action.continue') }).click();
  };
  await choose(en('rules:answer.cloud.global.label'));
  await choose(en('rules:answer.service.license-based.label'));
  await expect(page).toHaveURL(
    treePath('en', 'microsoft-programs', 'cloud-global.service-license-based'),
  );
  // Change the service answer.
  const row = page.locator('.summary-row').filter({ hasText: en('rules:question.service.title') });
  await row.getByRole('link', { name: new RegExp(en('common:action.change')) }).click();
  await expect(page).toHaveURL(treePath('en', 'microsoft-programs', 'cloud-global'));
  await expect(
    page.getByRole('radio', { name: en('rules:answer.service.license-based.label') }),
  ).toBeChecked();
  await choose(en('rules:answer.service.usage-based.label'));
  await expect(page).toHaveURL(
    treePath('en', 'microsoft-programs', 'cloud-global.service-usage-based'),
  );
  await expect(
    page.getByRole('heading', {
      level: 3,
      name: en('rules:outcome.new-csp-azure-subscription.title'),
    }),
  ).toBeVisible();
});

test('switching language mid-tree keeps the reader on the same step', async ({ page }) => {
  const en = t('en');
  const de = t('de');
  const zh = t('zh');
  await page.goto(treePath('en', 'former-advisor'));
  await page.locator('[data-tree-walker][data-enhanced]').waitFor();
  await page
    .getByRole('radio', { name: en('rules:answer.cloud.21vianet.label'), exact: true })
    .check();
  await page.getByRole('button', { name: en('common:action.continue') }).click();
  await expect(page).toHaveURL(treePath('en', 'former-advisor', 'cloud-21vianet'));
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page).toHaveURL(treePath('de', 'former-advisor', 'cloud-21vianet'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    de('rules:question.service.title'),
  );
  await expect(page.locator('.summary')).toContainText(de('rules:answer.cloud.21vianet.label'));
  await page.getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(treePath('zh', 'former-advisor', 'cloud-21vianet'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    zh('rules:question.service.title'),
  );
});

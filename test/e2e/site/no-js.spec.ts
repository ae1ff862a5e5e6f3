import { expect, test } from '@playwright/test';
import { decisionTree, treePath } from '../../../core/index.ts';
import { t } from './support.ts';
import { answerKey } from '../../../locales/keys.ts';

test.use({ javaScriptEnabled: false });

test('a whole path works with JavaScript off: radios, one Continue link, a verdict at its own URL', async ({
  page,
}) => {
  const tr = t('en');
  const tree = decisionTree('microsoft-programs');
  const target = tree.nodes.find(
    (n) => n.id === 'cloud-global.service-license-based.role-indirect-reseller',
  )!;
  await page.goto(treePath('en', tree.id));
  for (const [i, step] of target.steps.entries()) {
    const continueLink = page.getByRole('link', {
      name: tr('common:action.continue'),
      exact: true,
    });
    await expect(continueLink).toHaveCount(0);
    await page
      .getByRole('radio', {
        name: tr(answerKey(step.question, step.answer)),
        exact: true,
      })
      .check();
    await expect(continueLink).toHaveCount(1);
    await continueLink.click();
    const reached = tree.nodes.find(
      (n) =>
        n.steps.length === i + 1 && n.steps.every((s, k) => s.answer === target.steps[k]!.answer),
    )!;
    await expect(page).toHaveURL(treePath('en', tree.id, reached.id));
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    tr('rules:status.multichannel.title'),
  );
  await expect(
    page.getByRole('heading', {
      name: tr('rules:outcome.reseller-forwards-provider-invitation.title'),
    }),
  ).toBeVisible();
  // The summary has Change links that are plain links to earlier steps.
  await page
    // The Change link's name starts with the word and a space ("Changed since …" is a note).
    .getByRole('link', { name: new RegExp(`^${tr('common:action.change')}\\s`) })
    .first()
    .click();
  await expect(page).toHaveURL(treePath('en', tree.id));
  // The helper says it needs JavaScript instead of failing silently.
  await page.goto(treePath('en', tree.id, target.id));
  await expect(page.getByText(tr('site:helper.needsJs'))).toBeVisible();
  // Pages without an island ship no script at all.
  await page.goto('/en/glossary/');
  expect(await page.locator('script').count()).toBe(0);
});

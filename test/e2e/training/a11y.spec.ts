import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../axe.ts';
import { TOPIC_IDS } from '../../../core/training.ts';
import { LANGS, t } from './helpers.ts';

// Every training page as built is checked with all other pages (test/e2e/site/pages.spec.ts);
// here only the states a reader reaches by using them: feedback, bad settings, answer and notes.
test.describe.configure({ timeout: 60_000 });

for (const lang of LANGS) {
  test(`${lang}: the quiz after feedback and with bad settings passes axe`, async ({ page }) => {
    const tr = t(lang);
    await page.goto(`/${lang}/training/quiz/?seed=axe&count=3`);
    await expect(page.locator('.quiz-card')).toBeVisible();
    await page.locator('.quiz-card').getByRole('radio').first().check();
    await page.getByRole('button', { name: tr('common:action.check') }).click();
    await expect(page.locator('.feedback')).toBeVisible();
    await page.locator('.quiz-setup summary').click();
    await expectNoAxeViolations(page);

    await page.goto(`/${lang}/training/quiz/?seed=no%20good&count=x`);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test(`${lang}: a deck with its answer and speaker notes shown, and its presenter window, pass axe`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/training/deck/${TOPIC_IDS[0]}/`);
    await expect(page.locator('.deck .slide')).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.press('n');
    await expect(page.locator('.deck .speaker-notes')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/${lang}/training/deck/${TOPIC_IDS[0]}/?view=presenter`);
    await expect(page.locator('[data-presenter] .speaker-notes')).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

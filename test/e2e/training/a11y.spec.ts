import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CLOUDS } from '../../../core/situation.ts';
import { SCENARIO_IDS } from '../../../core/scenarios.ts';
import { TOPIC_IDS } from '../../../core/training.ts';
import { LANGS, t } from './helpers.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

// axe over a page with a diagram or a long hidden list takes a few seconds on a slow machine.
test.describe.configure({ timeout: 60_000 });

for (const lang of LANGS) {
  test(`${lang}: the training overview and the quiz, also after feedback and with bad settings, pass axe`, async ({
    page,
  }) => {
    const tr = t(lang);
    await page.goto(`/${lang}/training/`);
    await expectNoViolations(page);

    await page.goto(`/${lang}/training/quiz/?seed=axe&count=3`);
    await expect(page.locator('.quiz-card')).toBeVisible();
    await page.locator('.quiz-card').getByRole('radio').first().check();
    await page.getByRole('button', { name: tr('common:action.check') }).click();
    await expect(page.locator('.feedback')).toBeVisible();
    await page.locator('.quiz-setup summary').click();
    await expectNoViolations(page);

    await page.goto(`/${lang}/training/quiz/?seed=no%20good&count=x`);
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoViolations(page);
  });

  for (const topic of TOPIC_IDS) {
    test(`${lang}: the ${topic} deck with its answer and speaker notes passes axe`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/training/deck/${topic}/`);
      await expect(page.locator('.deck .slide')).toBeVisible();
      await page.keyboard.press('Enter');
      await page.keyboard.press('n');
      await expect(page.locator('.deck .speaker-notes')).toBeVisible();
      await expectNoViolations(page);
    });
  }

  for (const path of [
    ...SCENARIO_IDS.map((s) => `handouts/${s}/a4`),
    ...CLOUDS.map((c) => `cheat-sheet/${c}/letter`),
  ]) {
    test(`${lang}: ${path} passes axe`, async ({ page }) => {
      await page.goto(`/${lang}/training/${path}/`);
      await expectNoViolations(page);
    });
  }
}

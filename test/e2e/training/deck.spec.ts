import { expect, test } from '@playwright/test';
import { deckSlides } from '../../../core/training.ts';
import { expectSituation, t } from './helpers.ts';

test('a presenter steps through a deck with the arrow keys and reveals the answer', async ({
  page,
}) => {
  const tr = t('en');
  const slides = deckSlides('indirect-roles');
  await page.goto('/en/training/deck/indirect-roles/');
  const slide = page.locator('.deck .slide');
  await expect(page.locator('.deck .slide-number')).toHaveText(`Slide 1 of ${slides.length}`);
  await expectSituation(slide, 'en', slides[0]!.id);
  await expect(slide.locator('.slide-answer')).toHaveCount(0);

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.deck .slide-number')).toHaveText(`Slide 3 of ${slides.length}`);
  await expectSituation(slide, 'en', slides[2]!.id);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.deck .slide-number')).toHaveText(`Slide 2 of ${slides.length}`);
  expect(page.url()).toMatch(/#slide-2$/);

  // Enter reveals the answer: the status and the steps from the rules.
  await page.keyboard.press('Enter');
  const second = slides[1]!;
  await expect(slide.locator('.status-badge')).toHaveText(
    tr(`rules:status.${second.verdict.status}.title` as 'rules:status.multichannel.title'),
  );
  await expect(slide.locator('.slide-answer li')).toHaveText(
    second.verdict.outcomes.map((o) => tr(`rules:outcome.${o}.title`)),
  );
  // N shows the speaker notes: the seed part behind every rule that applies.
  await page.keyboard.press('n');
  const notes = page.getByRole('complementary', { name: tr('training:deck.notes') });
  await expect(notes).toBeVisible();
  await expect(notes.locator('blockquote.source')).toHaveCount(second.rules.length);
  await expect(notes).toContainText(tr('training:deck.contrast'));
  // Moving on hides the answer again.
  await page.keyboard.press('ArrowRight');
  await expect(slide.locator('.slide-answer')).toHaveCount(0);
  await page.keyboard.press('End');
  await expect(page.locator('.deck .slide-number')).toHaveText(
    `Slide ${slides.length} of ${slides.length}`,
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.deck .slide-number')).toHaveText(
    `Slide ${slides.length} of ${slides.length}`,
  );
});

test('the reveal button works by keyboard, and a reload stays on the slide', async ({ page }) => {
  const tr = t('zh');
  await page.goto('/zh/training/deck/21vianet/#slide-3');
  await expect(page.locator('.deck .slide-number')).toHaveText(
    tr('training:deck.slide', { number: 3, total: deckSlides('21vianet').length }),
  );
  const reveal = page.getByRole('button', { name: tr('training:deck.reveal') });
  await reveal.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: tr('training:deck.hide') })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(page.locator('.deck .slide-answer')).toBeVisible();
});

test('without JavaScript every slide is listed with its answer and notes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/de/training/deck/edge-cases/');
  await expect(page.getByText(t('de')('training:deck.noscript'))).toBeVisible();
  await expect(page.locator('.slide-list > li')).toHaveCount(deckSlides('edge-cases').length);
  await expect(page.locator('.slide-list .slide-answer')).toHaveCount(
    deckSlides('edge-cases').length,
  );
  await context.close();
});

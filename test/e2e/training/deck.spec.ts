import { expect, test, type Page } from '@playwright/test';
import { TOPIC_IDS, deckSlides } from '../../../core/training.ts';
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
  expect(page.url()).toMatch(/#\/2$/);

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
  await expect(notes.locator('.source[data-source]')).toHaveCount(second.rules.length);
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
  await page.goto('/zh/training/deck/21vianet/#/3');
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

/** Every part of the deck that lies (partly) outside the viewport or outside the canvas. */
function outside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const view = { width: window.innerWidth, height: window.innerHeight };
    const canvas = document.querySelector('.deck-canvas')!.getBoundingClientRect();
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${Array.from(el.classList).join('.')} "${(el.textContent ?? '').slice(0, 30)}"`;
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('.deck *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (
        r.left < -0.5 ||
        r.top < -0.5 ||
        r.right > view.width + 0.5 ||
        r.bottom > view.height + 0.5
      )
        found.push(`${name(el)} outside the viewport`);
      else if (
        el.closest('.deck-canvas') &&
        (r.left < canvas.left - 0.5 ||
          r.right > canvas.right + 0.5 ||
          r.top < canvas.top - 0.5 ||
          r.bottom > canvas.bottom + 0.5)
      )
        found.push(`${name(el)} outside the slide`);
    }
    return found;
  });
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`on a ${size.width}×${size.height} projector every slide, answer shown, fits whole in full screen`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    // German has the longest words: the hardest case for the canvas.
    for (const topic of TOPIC_IDS) {
      await page.goto(`/de/training/deck/${topic}/`);
      await expect(page.locator('.deck .slide-number')).toBeVisible();
      await page.keyboard.press('f');
      await expect(page.locator('.deck--presenting')).toBeVisible();
      const total = deckSlides(topic).length;
      for (let n = 1; n <= total; n++) {
        await expect(page.locator('.deck .slide-number')).toHaveText(
          t('de')('training:deck.slide', { number: n, total }),
        );
        await page.keyboard.press('Enter');
        await expect(page.locator('.deck .slide-answer')).toBeVisible();
        expect(await outside(page), `${topic} slide ${n}`).toEqual([]);
        // Large type: the slide's text, as projected, is at least 24 px.
        const px = await page
          .locator('.deck .situation dd')
          .first()
          .evaluate((el) => el.getBoundingClientRect().height);
        expect(px).toBeGreaterThanOrEqual(24);
        await page.keyboard.press('PageDown');
      }
    }
  });
}

test('#/N opens slide N; Back and Forward step through the slides shown', async ({ page }) => {
  const tr = t('en');
  const total = deckSlides('indirect-roles').length;
  const number = (n: number) => tr('training:deck.slide', { number: n, total });
  await page.goto('/en/training/deck/indirect-roles/#/4');
  await expect(page.locator('.deck .slide-number')).toHaveText(number(4));
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(page.locator('.deck .slide-number')).toHaveText(number(6));
  await page.goBack();
  await expect(page.locator('.deck .slide-number')).toHaveText(number(5));
  await expect(page).toHaveURL(/#\/5$/);
  await page.goBack();
  await expect(page.locator('.deck .slide-number')).toHaveText(number(4));
  await page.goForward();
  await expect(page.locator('.deck .slide-number')).toHaveText(number(5));
  // Typing another slide into the address moves the deck.
  await page.evaluate(() => (location.hash = '#/2'));
  await expect(page.locator('.deck .slide-number')).toHaveText(number(2));
});

test('the presenter window shows the current and next slide, notes and a timer, and follows the deck both ways', async ({
  page,
}) => {
  const tr = t('en');
  const slides = deckSlides('indirect-roles');
  const total = slides.length;
  await page.goto('/en/training/deck/indirect-roles/#/2');
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: tr('training:deck.presenterOpen') }).click(),
  ]);
  const current = presenter.getByRole('region', { name: tr('training:deck.current') });
  const next = presenter.getByRole('region', { name: tr('training:deck.upNext') });
  await expect(current.locator('.slide-number')).toHaveText(
    tr('training:deck.slide', { number: 2, total }),
  );
  await expect(current).toHaveAttribute('data-slide', slides[1]!.id);
  await expect(next).toHaveAttribute('data-slide', slides[2]!.id);
  await expect(
    presenter.getByRole('complementary', { name: tr('training:deck.notes') }),
  ).toBeVisible();
  await expect(presenter.locator('[data-elapsed]')).toHaveText(/^\d\d:\d\d:\d\d$/);

  // The deck moves: the presenter window follows.
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect(current).toHaveAttribute('data-slide', slides[2]!.id);
  await expect(next).toHaveAttribute('data-slide', slides[3]!.id);

  // The presenter window moves and reveals: the deck follows.
  await presenter.bringToFront();
  await presenter.keyboard.press('PageDown');
  await expect(page.locator('.deck .slide-number')).toHaveText(
    tr('training:deck.slide', { number: 4, total }),
  );
  await presenter.getByRole('button', { name: tr('training:deck.reveal') }).click();
  await expect(page.locator('.deck .slide-answer')).toBeVisible();
  await presenter.keyboard.press('End');
  await expect(page.locator('.deck .slide-number')).toHaveText(
    tr('training:deck.slide', { number: total, total }),
  );
  await expect(next).toContainText(tr('training:deck.lastSlide'));
});

import { expect, test, type Page } from '@playwright/test';
import { LANGUAGES } from '../../../core/index.ts';
import { TOPIC_IDS, acceptanceDeckSlides, deckSlides } from '../../../core/training.ts';
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

const PROJECTORS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** Every class deck: one per topic, and the one on acceptance problems. */
const DECKS = [
  ...TOPIC_IDS.map((topic) => ({
    name: topic,
    path: `training/deck/${topic}/`,
    total: deckSlides(topic).length,
  })),
  {
    name: 'acceptance',
    path: 'training/acceptance/deck/',
    total: acceptanceDeckSlides().length,
  },
];

for (const size of PROJECTORS) {
  test(`on a ${size.width}×${size.height} projector every slide, answer shown, fits whole in full screen`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.setViewportSize(size);
    // German has the longest words: the hardest case for the canvas.
    for (const deck of DECKS) {
      await page.goto(`/de/${deck.path}`);
      await expect(page.locator('.deck .slide-number')).toBeVisible();
      await page.keyboard.press('f');
      await expect(page.locator('.deck--presenting')).toBeVisible();
      const { total } = deck;
      for (let n = 1; n <= total; n++) {
        await expect(page.locator('.deck .slide-number')).toHaveText(
          t('de')('training:deck.slide', { number: n, total }),
        );
        await page.keyboard.press('Enter');
        await expect(page.locator('.deck .slide-answer')).toBeVisible();
        expect(await outside(page), `${deck.name} slide ${n}`).toEqual([]);
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

for (const size of PROJECTORS) {
  test(`in a ${size.width}×${size.height} window (not full screen) the slide, its answer and the controls fit without scrolling, in every language`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    for (const lang of LANGUAGES) {
      await page.goto(`/${lang}/training/deck/edge-cases/`);
      await expect(page.locator('.deck .slide-number')).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.locator('.deck .slide-answer')).toBeVisible();
      expect(await outside(page), lang).toEqual([]);
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

test('after the deck reloads, the presenter window follows at once and its timer runs on', async ({
  page,
  context,
}) => {
  const tr = t('en');
  const slides = deckSlides('indirect-roles');
  await context.clock.install();
  await page.goto('/en/training/deck/indirect-roles/#/2');
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: tr('training:deck.presenterOpen') }).click(),
  ]);
  const current = presenter.getByRole('region', { name: tr('training:deck.current') });
  const elapsed = presenter.locator('[data-elapsed]');
  await expect(current).toHaveAttribute('data-slide', slides[1]!.id);
  await context.clock.fastForward('01:00:00');
  await expect(elapsed).toHaveText(/^01:00:\d\d$/);

  // The address names another slide without the deck noticing, then the deck reloads.
  await page.evaluate(() => history.replaceState(null, '', '#/5'));
  await page.reload();
  await expect(page.locator('.deck .slide-number')).toHaveText(
    tr('training:deck.slide', { number: 5, total: slides.length }),
  );
  await expect(current).toHaveAttribute('data-slide', slides[4]!.id);
  // The hour the class has run stays on the clock: the reload did not restart it.
  await expect(elapsed).toHaveText(/^01:00:\d\d$/);
});

test('the deck on acceptance problems is a class deck: a cause per slide, keys, answer, notes, presenter window', async ({
  page,
}) => {
  const tr = t('en');
  const slides = acceptanceDeckSlides();
  const total = slides.length;
  await page.goto('/en/training/acceptance/deck/#/2');
  const slide = page.locator('.deck .slide');
  await expect(page.locator('.deck .slide-number')).toHaveText(
    tr('training:deck.slide', { number: 2, total }),
  );
  await expect(slide).toHaveAttribute('data-slide', slides[1]!.cause.id);
  await expect(slide).toContainText(tr(`troubleshoot:cause.${slides[1]!.cause.id}.sees`));
  await expect(slide).toContainText(tr('troubleshoot:training.question'));
  await expect(slide.locator('.slide-answer')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(slide).toHaveAttribute('data-slide', slides[2]!.cause.id);
  await expect(page).toHaveURL(/#\/3$/);
  await page.keyboard.press('Enter');
  await expect(slide.locator('.status-badge')).toHaveText(
    tr(`troubleshoot:cause.${slides[2]!.cause.id}.title`),
  );
  await page.keyboard.press('n');
  const notes = page.getByRole('complementary', { name: tr('training:deck.notes') });
  await expect(notes).toContainText(tr(`troubleshoot:cause.${slides[2]!.cause.id}.tell`));
  await expect(notes.locator('.sources a').first()).toBeVisible();
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('p')]);
  const current = presenter.getByRole('region', { name: tr('training:deck.current') });
  await expect(current).toHaveAttribute('data-slide', slides[2]!.cause.id);
  await expect(presenter.getByRole('region', { name: tr('training:deck.upNext') })).toHaveAttribute(
    'data-slide',
    slides[3]!.cause.id,
  );
});

test('a deck prints every slide with its answer and notes', async ({ page }) => {
  const tr = t('de');
  await page.goto('/de/training/acceptance/deck/');
  await expect(page.getByRole('button', { name: tr('training:deck.print') })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.deck')).toBeHidden();
  await expect(page.locator('.slide-list > li')).toHaveCount(acceptanceDeckSlides().length);
  await expect(page.locator('.slide-list > li .slide-answer').first()).toBeVisible();
  await expect(page.locator('.slide-list > li .speaker-notes').last()).toBeVisible();
});

import { expect, test } from '@playwright/test';
import { changesFor } from '../../../core/changes.ts';
import { deckSlides, quizQuery, TOPIC_IDS, type QuizConfig } from '../../../core/training.ts';
import { statusKey } from '../../../locales/keys.ts';
import { changeNote } from '../../../locales/change-notes.ts';
import { pageSourceText } from '../../../locales/page-source.ts';
import { LANGS, expectedQuiz, t } from './helpers.ts';

/** A one-card quiz whose card has a "since the source" note (the first such seed). */
function quizWithNote(): {
  config: QuizConfig;
  card: ReturnType<typeof expectedQuiz>[number]['card'];
} {
  for (let i = 0; i < 500; i++) {
    const config: QuizConfig = { seed: `note-${i}`, count: 1, topics: [...TOPIC_IDS] };
    const [drawn] = expectedQuiz(config);
    if (drawn && changesFor(drawn.card.verdict, [drawn.card.situation]).length > 0)
      return { config, card: drawn.card };
  }
  throw new Error('No seed among 500 draws a card with a note.');
}

for (const lang of LANGS) {
  test(`${lang}: quiz feedback shows what changed since the source, dated and linked`, async ({
    page,
  }) => {
    const tr = t(lang);
    const { config, card: expected } = quizWithNote();
    await page.goto(`/${lang}/training/quiz/?${quizQuery(config)}`);
    const card = page.locator('.quiz-card');
    await card
      .getByRole('radio', {
        name: tr(statusKey(expected.status, 'title')),
        exact: true,
      })
      .check();
    for (const o of expected.outcomes)
      await card
        .getByRole('checkbox', { name: tr(`rules:outcome.${o}.title`), exact: true })
        .check();
    await card.getByRole('button', { name: tr('common:action.check') }).click();
    for (const change of changesFor(expected.verdict, [expected.situation])) {
      const note = changeNote(tr, change);
      const shown = card.locator(`.feedback .change-note[data-change="${change.id}"]`);
      await expect(shown).toContainText(note.text);
      await expect(
        shown.getByRole('link', { name: pageSourceText(note.source, lang) }),
      ).toHaveAttribute('href', note.source.href);
    }
  });
}

test('the class deck speaker notes show what changed since the source', async ({ page }) => {
  const tr = t('en');
  for (const topic of TOPIC_IDS) {
    const slides = deckSlides(topic);
    const index = slides.findIndex(
      (s) => changesFor(s.verdict, [s.situation, ...s.alsoFor]).length > 0,
    );
    if (index < 0) continue;
    const slide = slides[index]!;
    await page.goto(`/en/training/deck/${topic}/#slide-${index + 1}`);
    await expect(page.locator('.deck .slide-number')).toHaveText(
      `Slide ${index + 1} of ${slides.length}`,
    );
    await page.keyboard.press('n');
    const notes = page.getByRole('complementary', { name: tr('training:deck.notes') });
    for (const change of changesFor(slide.verdict, [slide.situation, ...slide.alsoFor]))
      await expect(notes.locator(`.change-note[data-change="${change.id}"]`)).toContainText(
        changeNote(tr, change).text,
      );
  }
});

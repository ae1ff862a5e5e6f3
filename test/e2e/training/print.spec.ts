import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quizQuery, TOPIC_IDS, type QuizConfig } from '../../../core/training.ts';
import { LANGS, t } from './helpers.ts';

/**
 * What comes out of the printer: a Print button on every handout and cheat sheet, printed
 * trees without what only makes sense on screen, and a quiz result a trainer can file.
 */
const dir = mkdtempSync(join(tmpdir(), 'print-'));
const squash = (text: string) => text.replace(/\s+/g, '');

/** The page as Chromium prints it, as text (pdftotext, reading order). */
async function printedText(page: Page, name: string): Promise<string> {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
}

for (const lang of LANGS) {
  test(`${lang}: printed trees and handouts leave out what only works on screen`, async ({
    page,
  }) => {
    const tr = t(lang);
    // The tree's screen hints and the page's own controls and chrome: the Print button, the
    // skip link, the menu, the footer, the other languages' names in the switcher.
    const screenOnly = [
      tr('site:tree.diagramLinks'),
      tr('site:tree.legend.path'),
      tr('training:handout.print'),
      tr('site:skipLink'),
      tr('site:nav.menu'),
      tr('site:nav.close'),
      tr('site:footer.disclaimer'),
      ...LANGS.filter((other) => other !== lang).map((other) =>
        t(other)(`common:language.${other}`),
      ),
    ];
    for (const path of [
      `/${lang}/training/handouts/csp-partner/a4/`,
      `/${lang}/trees/csp-partner/`,
      `/${lang}/training/cheat-sheet/global/letter/`,
    ]) {
      await page.goto(path);
      if (path.includes('/training/'))
        await expect(
          page.getByRole('button', { name: tr('training:handout.print') }),
        ).toBeVisible();
      const text = squash(await printedText(page, path));
      for (const words of screenOnly) expect(text, path).not.toContain(squash(words));
      // On screen, the diagram still says what its boxes do.
      if (!path.includes('cheat-sheet'))
        await expect(page.getByText(tr('site:tree.diagramLinks'))).toBeVisible();
    }
  });
}

test('the Print button prints the page', async ({ page }) => {
  await page.goto('/en/training/handouts/csp-partner/letter/');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => (window as unknown as { printed: number }).printed++;
  });
  await page.getByRole('button', { name: t('en')('training:handout.print') }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('without JavaScript a handout shows no Print button that would do nothing', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/training/handouts/csp-partner/a4/');
  await expect(page.getByRole('button', { name: t('en')('training:handout.print') })).toHaveCount(
    0,
  );
  await context.close();
});

/**
 * Today's date as each style guide writes it (docs/style-de.md, docs/style-zh.md): written out
 * here, not computed the way the page computes it, so a wrong format fails.
 */
const DATE_SHAPE = {
  de: /^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/,
  zh: /^\d{4} 年 \d{1,2} 月 \d{1,2} 日$/,
} as const;

for (const [lang, participant] of [
  ['de', 'Erika Mustermann'],
  ['zh', '王小明'],
] as const) {
  test(`${lang}: a printed quiz result carries the name, the date, the seed and the topics`, async ({
    page,
  }) => {
    const tr = t(lang);
    const config: QuizConfig = { seed: 'kurs-12', count: 1, topics: ['21vianet', 'edge-cases'] };
    const unchosen = TOPIC_IDS.filter((id) => !config.topics.includes(id));
    await page.goto(`/${lang}/training/quiz/?${quizQuery(config)}`);
    const card = page.locator('.quiz-card');
    await card.getByRole('radio').first().check();
    await card.getByRole('button', { name: tr('common:action.check') }).click();
    await page.getByRole('button', { name: tr('training:quiz.card.toResults') }).click();
    await page.getByLabel(tr('training:quiz.results.participant')).fill(participant);
    const date = (await page.locator('[data-quiz-date]').textContent()) ?? '';
    expect(date).toMatch(DATE_SHAPE[lang]);
    const text = squash(await printedText(page, `quiz-result-${lang}`));
    for (const words of [
      participant,
      tr('training:quiz.results.participant'),
      tr('training:quiz.results.date'),
      date,
      tr('training:quiz.setup.seed'),
      'kurs-12',
      new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' }).format(
        config.topics.map((id) => tr(`training:topic.${id}.title`)),
      ),
      tr('training:quiz.results.points'),
    ])
      expect(text).toContain(squash(words));
    // Only the result: not the card, not the settings, not the topics left out.
    expect(text).not.toContain(squash(tr('training:quiz.card.statusQuestion')));
    for (const id of unchosen) expect(text).not.toContain(squash(tr(`training:topic.${id}.title`)));
  });
}

test('on a 360 px phone the quiz result fits the width, the points included', async ({ page }) => {
  const tr = t('en');
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(
    `/en/training/quiz/?${quizQuery({ seed: 'phone', count: 1, topics: [...TOPIC_IDS] })}`,
  );
  await page.locator('.quiz-card').getByRole('radio').first().check();
  await page.getByRole('button', { name: tr('common:action.check') }).click();
  await page.getByRole('button', { name: tr('training:quiz.card.toResults') }).click();
  const points = page.locator('.quiz-results td[data-label]').last();
  await expect(points).toBeVisible();
  const box = (await points.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
});

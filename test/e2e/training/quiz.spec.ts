import { expect, test, type Page } from '@playwright/test';
import { OUTCOME_IDS, STATUSES } from '../../../core/verdict.ts';
import { quizQuery, TOPIC_IDS, type QuizConfig } from '../../../core/training.ts';
import { statusKey, verdictExplanationKey } from '../../../locales/keys.ts';
import { LANGS, expectSituation, expectedQuiz, t, tabTo } from './helpers.ts';

const config: QuizConfig = { seed: 'class-7', count: 4, topics: [...TOPIC_IDS] };
const url = (lang: string, c: QuizConfig = config) => `/${lang}/training/quiz/?${quizQuery(c)}`;

async function answerWithMouse(
  page: Page,
  lang: (typeof LANGS)[number],
  status: string,
  outcomes: readonly string[],
) {
  const tr = t(lang);
  const card = page.locator('.quiz-card');
  await card
    .getByRole('radio', {
      name: tr(`rules:status.${status}.title` as 'rules:status.multichannel.title'),
    })
    .check();
  for (const o of outcomes) {
    await card
      .getByRole('checkbox', {
        name: tr(`rules:outcome.${o}.title` as 'rules:outcome.switch-azure-partner.title'),
        exact: true,
      })
      .check();
  }
  await card.getByRole('button', { name: tr('common:action.check') }).click();
}

for (const lang of LANGS) {
  test(`${lang}: a trainee answers every card, gets feedback and a score per topic`, async ({
    page,
  }) => {
    const tr = t(lang);
    const drawn = expectedQuiz(config);
    await page.goto(url(lang));
    const card = page.locator('.quiz-card');
    // Card 1: right. Card 2: right status, one step too many. Card 3: wrong status. Card 4: open.
    for (const [i, { card: expected }] of drawn.slice(0, 3).entries()) {
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(
        tr('training:quiz.card.heading', { number: i + 1, total: drawn.length }),
      );
      await expectSituation(card, lang, expected.id);
      const extra = OUTCOME_IDS.find((o) => !expected.outcomes.includes(o))!;
      const wrong = STATUSES.find((s) => s !== expected.status)!;
      if (i === 0) await answerWithMouse(page, lang, expected.status, expected.outcomes);
      if (i === 1)
        await answerWithMouse(page, lang, expected.status, [...expected.outcomes, extra]);
      if (i === 2) await answerWithMouse(page, lang, wrong, []);
      const credit = (['full', 'partial', 'none'] as const)[i]!;
      await expect(card.locator('.verdict-line')).toHaveText(
        tr(`training:quiz.feedback.${credit}`),
      );
      // The explanation and the seed source are shown at once.
      // The verdict's own explanation where its status's would mislead, else the status's.
      await expect(
        card.getByText(
          tr(verdictExplanationKey(expected.verdict) ?? statusKey(expected.status, 'explanation')),
        ),
      ).toBeVisible();
      await expect(card.locator('.source[data-source] cite').first()).toContainText(
        expected.id.startsWith('global')
          ? tr('sources:document.global.name')
          : tr('sources:document.21vianet.name'),
      );
      await page.getByRole('button', { name: tr('training:quiz.card.next') }).click();
    }
    await expect(
      page.getByText(tr('training:quiz.progress.answered', { answered: 3, total: 4 })),
    ).toBeVisible();
    const total = page.locator('.quiz-results tbody tr').last();
    await expect(total.locator('th, td')).toHaveText([
      tr('training:quiz.results.total'),
      '1',
      '1',
      '1',
      '1',
      tr('training:quiz.results.pointsValue', { points: 3, max: 8 }),
    ]);
    // One row per topic in the quiz, then the total.
    const topics = new Set(drawn.map((d) => d.topic));
    await expect(page.locator('.quiz-results tbody tr')).toHaveCount(topics.size + 1);
  });
}

test('en, keyboard only: answer a card, move on, read the results', async ({ page }) => {
  const tr = t('en');
  const drawn = expectedQuiz(config);
  const first = drawn[0]!.card;
  await page.goto(url('en'));
  const card = page.locator('.quiz-card');
  await expect(card).toBeVisible();
  const radios = card.getByRole('radio');
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let i = 0; i < STATUSES.indexOf(first.status); i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(STATUSES.indexOf(first.status))).toBeChecked();
  for (const o of first.outcomes) {
    const box = card.getByRole('checkbox', { name: tr(`rules:outcome.${o}.title`), exact: true });
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await tabTo(page, card.getByRole('button', { name: tr('common:action.check') }));
  await page.keyboard.press('Enter');
  await expect(card.locator('.verdict-line')).toHaveText(tr('training:quiz.feedback.full'));
  // Focus is on the feedback, so the next Tab stops lead on to the card navigation.
  await expect(card.locator('.feedback')).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: tr('training:quiz.card.next') }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.quiz-card h2')).toBeFocused();
  await expect(page.locator('.quiz-card h2')).toHaveText('Card 2 of 4');
});

test('the same seed gives the same cards, in any language; another seed other cards', async ({
  page,
}) => {
  const ids = async (lang: string, c: QuizConfig) => {
    await page.goto(url(lang, c));
    const seen: string[] = [];
    for (let i = 0; i < c.count; i++) {
      seen.push((await page.locator('.quiz-card').getAttribute('data-card'))!);
      if (i < c.count - 1) await page.locator('.quiz-nav button').last().click();
    }
    return seen;
  };
  const sixCards = { ...config, count: 6 };
  const expected = expectedQuiz(sixCards).map((d) => d.card.id);
  expect(await ids('en', sixCards)).toEqual(expected);
  expect(await ids('zh', sixCards)).toEqual(expected);
  expect(await ids('en', { ...sixCards, seed: 'another-class' })).not.toEqual(expected);
});

test('progress survives a reload and is cleared by reset', async ({ page }) => {
  const tr = t('en');
  const first = expectedQuiz(config)[0]!.card;
  await page.goto(url('en'));
  await answerWithMouse(page, 'en', first.status, first.outcomes);
  await page.reload();
  await expect(
    page.getByText(tr('training:quiz.progress.answered', { answered: 1, total: 4 })),
  ).toBeVisible();
  // The quiz resumes at the first open card.
  await expect(page.locator('.quiz-card h2')).toHaveText('Card 2 of 4');
  await page.getByRole('button', { name: tr('training:quiz.progress.reset') }).click();
  await expect(page.getByText(tr('training:quiz.progress.resetConfirm'))).toBeVisible();
  await expect(
    page.getByText(tr('training:quiz.progress.answered', { answered: 0, total: 4 })),
  ).toBeVisible();
  await expect(page.locator('.quiz-card h2')).toHaveText('Card 1 of 4');
  await expect(page.locator('.quiz-card').getByRole('radio', { checked: true })).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByText(tr('training:quiz.progress.answered', { answered: 0, total: 4 })),
  ).toBeVisible();
});

test('the results summary can be copied and printed on its own', async ({ page, context }) => {
  const tr = t('en');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const first = expectedQuiz(config)[0]!.card;
  await page.goto(url('en'));
  await answerWithMouse(page, 'en', first.status, first.outcomes);
  await page.getByRole('button', { name: tr('training:quiz.results.copy') }).click();
  await expect(page.locator('.quiz-results [role=status]')).toHaveText(tr('common:action.copied'));
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(tr('training:quiz.results.summaryTitle'));
  expect(text).toContain(`?${quizQuery(config)}`);
  // One sentence per topic, written for the language (training:quiz.results.summaryRow).
  expect(text).toContain(`${tr('training:quiz.results.total')}: 1 correct, 0 partly correct`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quiz-results table')).toBeVisible();
  await expect(page.locator('.quiz-card')).toBeHidden();
});

test('a link without settings gets a seed, and the address shows it for sharing', async ({
  page,
}) => {
  await page.goto('/en/training/quiz/');
  await expect(page.locator('.quiz-card')).toBeVisible();
  expect(page.url()).toMatch(
    /\?seed=[a-z0-9]{6}&count=10&topics=license-vs-usage,indirect-roles,21vianet,edge-cases$/,
  );
});

test('bad settings are named with what is allowed, and what was typed stays in the form', async ({
  page,
}) => {
  const tr = t('de');
  await page.goto('/de/training/quiz/?seed=Klasse%207&count=500&topics=21vianet,rollen&anzahl=5');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('„Klasse 7“');
  await expect(alert).toContainText('„rollen“');
  await expect(alert).toContainText('license-vs-usage, indirect-roles, 21vianet oder edge-cases');
  await expect(alert).toContainText('„anzahl“');
  await expect(alert).toContainText('seed, count oder topics');
  await expect(alert.locator('li')).toHaveCount(4);
  await expect(page.getByLabel(tr('training:quiz.setup.seed'))).toHaveValue('Klasse 7');
  await expect(page.getByLabel(tr('training:quiz.setup.count'))).toHaveValue('500');
  await expect(page.locator('.quiz-card')).toHaveCount(0);
});

test('without JavaScript the page lists every card with its answer and says what needs JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const tr = t('en');
  await page.goto('/en/training/quiz/');
  await expect(page.getByText(tr('training:quiz.noscript', { count: 64 }))).toBeVisible();
  await expect(page.locator('.card-list li.static-card')).toHaveCount(64);
  const firstCard = page.locator('.card-list li.static-card').first();
  await firstCard.getByText(tr('training:quiz.showAnswer')).click();
  await expect(firstCard.locator('.status-badge')).toBeVisible();
  await context.close();
});

test('the quiz page ships no more JavaScript than its budget (gzip, bench/budgets.ts)', async ({
  page,
}) => {
  const { gzipSync } = await import('node:zlib');
  const { BUDGETS } = await import('../../../bench/budgets.ts');
  // Each script's size once its body is in: summed only after all of them have arrived.
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    // A redirect has no body; the script it leads to is a response of its own.
    const redirect = response.status() >= 300 && response.status() < 400;
    if (response.request().resourceType() === 'script' && !redirect)
      sizes.push(response.body().then((body) => gzipSync(body).length));
  });
  await page.goto(url('en'));
  await expect(page.locator('.quiz-card')).toBeVisible();
  const inline = await page.evaluate(() =>
    Array.from(document.querySelectorAll('script:not([src])')).map((s) => s.textContent ?? ''),
  );
  let total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  for (const code of inline) total += gzipSync(code).length;
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(BUDGETS.site.quizPageJsGzipBytes);
});

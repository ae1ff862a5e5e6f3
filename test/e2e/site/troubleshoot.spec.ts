import { expect, test } from '@playwright/test';
import {
  ACCEPTANCE_CAUSES,
  LANGUAGES,
  acceptPath,
  causeLeaves,
  customerCauses,
  troubleshootPath,
  troubleshootTree,
} from '../../../core/index.ts';
import { acceptanceCause, sourcesForReader } from '../../../core/acceptance-causes.ts';
import { causeCustomerKey, troubleshootAnswerKey } from '../../../locales/troubleshoot-keys.ts';
import { pageSource, pageSourceText } from '../../../locales/page-source.ts';
import { t } from './support.ts';

/**
 * "My customer can't accept": the troubleshooting tree (a page per step, plain links) and
 * the customer's page. Axe, JavaScript off, a phone's width, search.
 */

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a partner walks from the first question to a cause, each step at its own address, and changes an answer', async ({
    page,
  }) => {
    const tr = t('en');
    const [leaf] = causeLeaves('not-global-admin');
    await page.goto(troubleshootPath('en'));
    for (const [i, step] of leaf!.steps.entries()) {
      await page
        .getByRole('link', {
          name: tr(troubleshootAnswerKey(step.question, step.answer)),
          exact: true,
        })
        .click();
      const reached = troubleshootTree().nodes.find(
        (n) =>
          n.steps.length === i + 1 && n.steps.every((s, k) => s.answer === leaf!.steps[k]!.answer),
      )!;
      await expect(page).toHaveURL(troubleshootPath('en', reached.id));
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      tr('troubleshoot:cause.not-global-admin.title'),
    );
    await expect(page.getByText(tr('troubleshoot:cause.not-global-admin.do'))).toBeVisible();
    await expect(page.locator('[data-source]').first()).toBeVisible();
    // The customer's page, at this cause.
    await expect(
      page.getByRole('link', { name: tr('troubleshoot:label.customerPageLink') }),
    ).toHaveAttribute('href', `${acceptPath('en')}#cause-not-global-admin`);
    // Change the first answer: back at the first question.
    await page
      .getByRole('link', { name: tr('troubleshoot:label.change') })
      .first()
      .click();
    await expect(page).toHaveURL(troubleshootPath('en'));
    expect(await page.locator('script').count()).toBe(0);
  });

  test("a cause carries the register's confirmation marker: unconfirmed where only a third party says it", async ({
    page,
  }) => {
    const tr = t('de');
    await page.goto(troubleshootPath('de', causeLeaves('wrong-account')[0]!.id));
    await expect(page.locator('[data-cause]')).toHaveAttribute('data-confirmation', 'unconfirmed');
    await expect(page.getByText(tr('changes:confirmation.unconfirmed'))).toBeVisible();
    // Its third party's page is cited as every cited page is, saying it is not Microsoft's.
    const thirdParty = sourcesForReader(acceptanceCause('wrong-account'), 'de').find(
      (source) => source.kind === 'third-party',
    )!;
    await expect(
      page.getByText(
        pageSourceText(pageSource(tr, { ...thirdParty, language: thirdParty.lang }), 'de'),
      ),
    ).toBeVisible();
    await page.goto(troubleshootPath('de', causeLeaves('not-global-admin')[0]!.id));
    await expect(page.locator('[data-cause]')).toHaveAttribute('data-confirmation', 'confirmed');
    await expect(page.getByText(tr('changes:confirmation.confirmed')).first()).toBeVisible();
    // The register's claim it rests on, with the register's marker beside it.
    const claim = page.locator('[data-claim="gdap-facts"]');
    await expect(claim).toHaveAttribute('data-confirmation', 'confirmed');
  });
});

for (const lang of LANGUAGES) {
  test(`${lang}: the customer's page explains every link kind and every cause a customer meets`, async ({
    page,
  }) => {
    const tr = t(lang);
    await page.goto(acceptPath(lang));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(tr('site:page.accept.title'));
    await expect(page.locator('[data-accept-guide]')).toHaveCount(4);
    for (const cause of customerCauses()) {
      const section = page.locator(`#cause-${cause.id}`);
      await expect(section.getByRole('heading')).toHaveText(
        tr(`troubleshoot:cause.${cause.id}.title`),
      );
      await expect(section).toContainText(tr(causeCustomerKey(cause.id)));
    }
  });
}

test('on a phone 360 px wide, the steps fit the screen and only the diagram scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const lang of LANGUAGES) {
    for (const path of [
      troubleshootPath(lang),
      troubleshootPath(lang, causeLeaves('provider-no-relationship')[0]!.id),
      acceptPath(lang),
    ]) {
      await page.goto(path);
      const { overflow, diagramScrolls } = await page.evaluate(() => {
        const scroller = document.querySelector('.diagram-scroll');
        return {
          overflow: document.documentElement.scrollWidth > window.innerWidth,
          diagramScrolls: scroller ? scroller.scrollWidth > scroller.clientWidth : undefined,
        };
      });
      expect(overflow, path).toBe(false);
      if (path !== acceptPath(lang)) expect(diagramScrolls, path).toBe(true);
    }
  }
});

test("search finds a cause in the reader's language", async ({ page }) => {
  const tr = t('de');
  await page.goto('/de/search/');
  await page.getByLabel(tr('site:search.label')).fill('Globaler Administrator');
  await page.getByRole('button', { name: tr('site:search.button') }).click();
  const result = page.locator('.search-results a[href^="/de/troubleshoot/"]');
  // Pagefind loads its index first: seconds on a busy machine.
  await expect(result.first()).toBeVisible({ timeout: 30_000 });
});

for (const lang of LANGUAGES) {
  test(`${lang}: the acceptance quiz has a card per cause with its answer, the deck a slide per cause`, async ({
    page,
  }) => {
    const tr = t(lang);
    await page.goto(`/${lang}/training/acceptance/quiz/`);
    await expect(page.locator('[data-quiz-card]')).toHaveCount(ACCEPTANCE_CAUSES.length);
    const first = page.locator('[data-quiz-card]').first();
    await first.getByText(tr('troubleshoot:training.showAnswer')).click();
    await expect(
      first.getByText(
        tr('troubleshoot:training.answer', {
          cause: tr(`troubleshoot:cause.${ACCEPTANCE_CAUSES[0]!.id}.title`),
        }),
      ),
    ).toBeVisible();
    await page.goto(`/${lang}/training/acceptance/deck/`);
    await expect(page.locator('.deck .slide-number')).toHaveText(
      tr('training:deck.slide', { number: 1, total: ACCEPTANCE_CAUSES.length }),
    );
  });
}

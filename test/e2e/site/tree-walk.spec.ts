import { expect, test, type Page } from '@playwright/test';
import {
  LANGUAGES,
  decisionTree,
  decisionTrees,
  nodeIdFor,
  notCoveredReason,
  treePath,
  type DecisionTree,
  type Step,
  type Language,
  type VerdictNode,
} from '../../../core/index.ts';
import { expectNoAxeViolations, t } from './support.ts';
import { answerKey } from '../../../locales/keys.ts';

/**
 * Chooses the answers leading to `target` with the island, from the step `from` of its path
 * (the page shows the question there).
 */
async function walk(page: Page, lang: Language, tree: DecisionTree, target: VerdictNode, from = 0) {
  const tr = t(lang);
  for (const [i, step] of target.steps.entries()) {
    if (i < from) continue;
    const label = tr(answerKey(step.question, step.answer));
    await page.getByRole('radio', { name: label, exact: true }).check();
    await page.getByRole('button', { name: tr('common:action.continue') }).click();
    await expect(page).toHaveURL(treePath(lang, tree.id, nodeIdFor(target.steps.slice(0, i + 1))));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
}

/** How many first steps two paths share. */
function sharedSteps(a: readonly Step[], b: readonly Step[]): number {
  let n = 0;
  while (
    n < a.length &&
    n < b.length &&
    a[n]!.question === b[n]!.question &&
    a[n]!.answer === b[n]!.answer
  )
    n++;
  return n;
}

// One test per tree and language, so each stays short on a busy machine.
for (const lang of LANGUAGES) {
  for (const tree of decisionTrees()) {
    test(`${lang}: every verdict of the ${tree.id} tree is reached with JavaScript on, forward and Back, without reloading`, async ({
      page,
    }) => {
      // Many steps: room for a busy machine, not a speed limit. Axe checks every page once
      // (pages.spec.ts) and the island's own rendering below, not again on each step.
      test.setTimeout(90_000);
      const tr = t(lang);
      await page.goto(treePath(lang, tree.id));
      await page.locator('[data-tree-walker][data-enhanced]').waitFor();
      await page.evaluate(
        () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
      );
      // Depth first, the way a reader compares outcomes: from one verdict, Back up to where
      // the next verdict's path branches off (the answer given there is still chosen), then on.
      let at: readonly Step[] = [];
      for (const verdict of tree.nodes.filter((n): n is VerdictNode => n.kind === 'verdict')) {
        const shared = sharedSteps(at, verdict.steps);
        for (let depth = at.length - 1; depth >= shared; depth--) {
          await page.goBack();
          await expect(page).toHaveURL(treePath(lang, tree.id, nodeIdFor(at.slice(0, depth))));
          const given = at[depth]!;
          await expect(
            page.getByRole('radio', {
              name: tr(answerKey(given.question, given.answer)),
              exact: true,
            }),
          ).toBeChecked();
        }
        await walk(page, lang, tree, verdict, shared);
        at = verdict.steps;
        // A verdict with its own reason (21Vianet's Azure: no row in the seed) says so.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          notCoveredReason(verdict.verdict) === 'no-row'
            ? tr('rules:notCovered.no-row.title')
            : tr(`rules:status.${verdict.verdict.status}.title`),
        );
        for (const outcome of verdict.verdict.outcomes)
          await expect(
            page.getByRole('heading', { level: 3, name: tr(`rules:outcome.${outcome}.title`) }),
          ).toBeVisible();
        // The path taken is highlighted in the diagram.
        await expect(page.locator(`[data-diagram-node="${verdict.id}"]`)).toHaveClass(/current/);
        // The language switcher follows the reader to the same step.
        for (const other of LANGUAGES)
          await expect(page.locator(`a[data-alternate="${other}"]`)).toHaveAttribute(
            'href',
            treePath(other, tree.id, verdict.id),
          );
      }
      // The island names the document as the static page of the same step does.
      const served = await page.context().newPage();
      await served.goto(page.url());
      expect(await page.title()).toBe(await served.title());
      await served.close();
      await page.getByRole('link', { name: tr('common:action.startAgain') }).click();
      await expect(page).toHaveURL(treePath(lang, tree.id));
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      expect(
        await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
      ).toBe(true);
    });
  }
}

test('a question and a verdict drawn by the island (not loaded as pages) pass axe', async ({
  page,
}) => {
  const tr = t('en');
  const tree = decisionTree('microsoft-programs');
  const verdict = tree.nodes.find((n): n is VerdictNode => n.kind === 'verdict')!;
  await page.goto(treePath('en', tree.id));
  await page.locator('[data-tree-walker][data-enhanced]').waitFor();
  const first = verdict.steps[0]!;
  await page
    .getByRole('radio', {
      name: tr(answerKey(first.question, first.answer)),
      exact: true,
    })
    .check();
  await page.getByRole('button', { name: tr('common:action.continue') }).click();
  await expect(page).toHaveURL(treePath('en', tree.id, nodeIdFor([first])));
  await expectNoAxeViolations(page, 'a question drawn by the island');
  await page.goBack();
  await expect(page).toHaveURL(treePath('en', tree.id));
  await walk(page, 'en', tree, verdict);
  await expectNoAxeViolations(page, 'a verdict drawn by the island');
});

/** The Microsoft programs tree at its first question, in English, once the island took over. */
async function openFirstQuestion(page: Page) {
  const tree = decisionTrees().find((x) => x.id === 'microsoft-programs')!;
  await page.goto(treePath('en', tree.id));
  await page.locator('[data-tree-walker][data-enhanced]').waitFor();
  return tree;
}

test('Continue without an answer names the problem; Back returns to the previous step', async ({
  page,
}) => {
  const tr = t('en');
  const tree = await openFirstQuestion(page);
  await page.getByRole('button', { name: tr('common:action.continue') }).click();
  await expect(page.getByText(tr('site:tree.chooseAnswer')).first()).toBeVisible();
  await expect(page).toHaveURL(treePath('en', tree.id));
  await page.getByRole('radio', { name: tr('rules:answer.cloud.global.label') }).check();
  await page.getByRole('button', { name: tr('common:action.continue') }).click();
  await expect(page).toHaveURL(treePath('en', tree.id, 'cloud-global'));
  await page.goBack();
  await expect(page).toHaveURL(treePath('en', tree.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    tr('rules:question.cloud.title'),
  );
  // The answer given before is still selected.
  await expect(
    page.getByRole('radio', { name: tr('rules:answer.cloud.global.label') }),
  ).toBeChecked();
  await page.goForward();
  await expect(page).toHaveURL(treePath('en', tree.id, 'cloud-global'));
});

test('Back at once after Continue, before the next step is drawn, returns with the answer still chosen', async ({
  page,
}) => {
  const tr = t('en');
  const tree = await openFirstQuestion(page);
  const global = page.getByRole('radio', { name: tr('rules:answer.cloud.global.label') });
  await global.check();
  // Continue and Back in one task: a reader's quick Back on a busy machine comes before the
  // page has drawn the step Continue went to.
  await page.evaluate(() => {
    document.querySelector<HTMLButtonElement>('[data-tree-walker] button[type="submit"]')!.click();
    history.back();
  });
  await expect(page).toHaveURL(treePath('en', tree.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    tr('rules:question.cloud.title'),
  );
  await expect(global).toBeChecked();
});

test('keyboard only: choose with arrow keys, continue with Enter', async ({ page }) => {
  const tr = t('en');
  await page.goto(treePath('en', 'csp-partner'));
  await page.locator('[data-tree-walker][data-enhanced]').waitFor();
  await page.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: tr('common:action.continue') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(treePath('en', 'csp-partner', 'cloud-global'));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('an answer chosen while the page is still loading stays chosen and Continue follows it', async ({
  page,
}) => {
  const tr = t('en');
  // Hold the tree island's code back until the reader has chosen, as on a slow connection.
  let release!: () => void;
  const chosen = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/TreeWalker.*.js', async (route) => {
    await chosen;
    await route.continue();
  });
  await page.goto(treePath('en', 'csp-partner'), { waitUntil: 'domcontentloaded' });
  const global = page.getByRole('radio', { name: tr('rules:answer.cloud.global.label') });
  await global.check();
  release();
  await page.locator('[data-tree-walker][data-enhanced]').waitFor();
  await expect(global).toBeChecked();
  await page.getByRole('button', { name: tr('common:action.continue') }).click();
  await expect(page).toHaveURL(treePath('en', 'csp-partner', 'cloud-global'));
});

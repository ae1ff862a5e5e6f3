import { expect, test, type Locator, type Page } from '@playwright/test';
import { LANGUAGES, decisionTrees, treePath, type Language } from '../../../core/index.ts';
import { scenarioQuestionHints } from '../../../core/scenarios.ts';
import { scenarioQuestionKey } from '../../../locales/keys.ts';
import { t } from './support.ts';

/**
 * A phone (360 × 740, the smallest common screen): the header is one row, the navigation
 * waits behind Menu (also without JavaScript), and a tree step shows its question with
 * result on the first screen; the diagram opens at the reader's step.
 * (That no page scrolls sideways at 360 px, and that every tree step's question and result
 * show on the first screen, is checked on every page in pages.spec.ts.)
 */
test.use({ viewport: { width: 360, height: 740 } });

/** Whether the element lies wholly inside the first screen (no scrolling), else where it is. */
async function screenPart(page: Page, locator: Locator): Promise<string> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  if (!box) return 'not shown';
  return box.y >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width
    ? 'inside'
    : `at ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}×${Math.round(box.height)}`;
}

for (const javaScriptEnabled of [true, false]) {
  test(`the navigation opens from the Menu link and closes again, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    for (const lang of LANGUAGES) {
      const tr = t(lang);
      await page.goto(`/${lang}/glossary/`);
      const nav = page.getByRole('navigation', { name: tr('site:nav.label') });
      const header = page.locator('.site-header');
      await expect(nav).toBeHidden();
      // One row: the header is no taller than one line of the brand and the Menu link.
      expect((await header.boundingBox())!.height).toBeLessThanOrEqual(740 * 0.1);
      await page.getByRole('link', { name: tr('site:nav.menu') }).click();
      await expect(nav.getByRole('link', { name: tr('site:nav.trees') })).toBeVisible();
      await expect(page.locator('a[data-alternate="zh"]')).toBeVisible();
      await nav.getByRole('link', { name: tr('site:nav.close') }).click();
      await expect(nav).toBeHidden();
    }
    await context.close();
  });
}

test('the diagram opens scrolled to the reader’s step', async ({ page }) => {
  const tree = decisionTrees().find((x) => x.id === 'former-advisor')!;
  const deepest = [...tree.nodes].sort((a, b) => b.steps.length - a.steps.length)[0]!;
  await page.goto(treePath('en', tree.id, deepest.id));
  const box = page.locator('.diagram-scroll');
  await box.scrollIntoViewIfNeeded();
  const current = page.locator(`[data-diagram-node="${deepest.id}"] rect`);
  const view = (await box.boundingBox())!;
  const node = (await current.boundingBox())!;
  expect(node.x).toBeGreaterThanOrEqual(view.x);
  expect(node.x + node.width).toBeLessThanOrEqual(view.x + view.width);
});

/** The question step with the longest hint in a language: the hardest to fit on a phone. */
function longestHint(lang: Language) {
  const tr = t(lang);
  const steps = decisionTrees().flatMap((tree) =>
    tree.nodes.flatMap((node) => {
      if (node.kind !== 'question') return [];
      const own = scenarioQuestionHints(tree.id).includes(node.question);
      const hint = tr(
        own ? scenarioQuestionKey(tree.id, node.question) : `rules:question.${node.question}.hint`,
      );
      return [{ tree, node, length: hint.length }];
    }),
  );
  return steps.sort((a, b) => b.length - a.length)[0]!;
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
]) {
  for (const lang of LANGUAGES) {
    test(`${lang}, ${viewport.width}×${viewport.height}: the longest hint leaves the question, its answers and Continue on the first screen`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const { tree, node } = longestHint(lang);
      await page.goto(
        node.steps.length === 0 ? treePath(lang, tree.id) : treePath(lang, tree.id, node.id),
      );
      await page.locator('[data-tree-walker][data-enhanced]').waitFor();
      const where = `${tree.id} ${node.id}`;
      const heading = page.getByRole('heading', { level: 1 });
      expect(await screenPart(page, heading), `${where}: question`).toBe('inside');
      for (const answer of await page.locator('.option label').all())
        expect(await screenPart(page, answer), `${where}: ${await answer.textContent()}`).toBe(
          'inside',
        );
      const next = page.getByRole('button', { name: t(lang)('common:action.continue') });
      expect(await screenPart(page, next), `${where}: Continue`).toBe('inside');
      await context.close();
    });
  }
}

import { test } from '@playwright/test';
import { resolve } from 'node:path';
import { LANGUAGES } from './core.ts';
import { htmlFiles, urlOf } from '../../../site/src/lib/dist.ts';
import { expectNoAxeViolations } from './support.ts';

const DIST = resolve(import.meta.dirname, '../../../site/dist');
// Training pages have their own suite (test/e2e/training).
const pages = htmlFiles(DIST).filter((f) => !f.includes('/training/'));

for (const group of ['root', ...LANGUAGES]) {
  test(`axe finds no WCAG 2.2 A/AA violation on any ${group} page`, async ({ page }) => {
    test.setTimeout(180_000);
    const mine = pages.filter((f) =>
      group === 'root' ? !/^\/(de|en|zh)\//.test(f) : f.startsWith(`/${group}/`),
    );
    for (const file of mine) {
      await page.goto(urlOf(file));
      await expectNoAxeViolations(page, urlOf(file));
    }
  });
}

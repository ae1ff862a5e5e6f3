import { test } from '@playwright/test';
import { resolve } from 'node:path';
import { htmlFiles, urlOf } from '../../../site/src/lib/dist.ts';
import { expectNoAxeViolations } from './support.ts';

const DIST = resolve(import.meta.dirname, '../../../site/dist');
// Training pages have their own suite (test/e2e/training).
const pages = htmlFiles(DIST).filter((f) => !f.includes('/training/'));

/**
 * Every built page, in small groups named after their folder (`/zh/trees/csp-partner/`), so
 * each test stays short on a busy machine and the two workers share the load evenly.
 */
const PAGES_PER_TEST = 6;
const groups = new Map<string, string[]>();
for (const file of pages) {
  // `/de/trees/csp-partner/…` by tree, `/de/troubleshoot/…` together; every other page by
  // language (`/de/`); the root alone.
  const [, first = '', second, third] = file.split('/');
  const language = /^(de|en|zh)$/.test(first) ? `/${first}/` : '/';
  const key =
    second === 'trees' && third && !third.endsWith('.html')
      ? `${language}trees/${third}/`
      : second === 'troubleshoot'
        ? `${language}troubleshoot/`
        : language;
  groups.set(key, [...(groups.get(key) ?? []), file]);
}

for (const [folder, files] of groups) {
  for (let start = 0; start < files.length; start += PAGES_PER_TEST) {
    const chunk = files.slice(start, start + PAGES_PER_TEST);
    const part = files.length > PAGES_PER_TEST ? `, part ${start / PAGES_PER_TEST + 1}` : '';
    test(`axe finds no WCAG 2.2 A/AA violation on the pages in ${folder}${part}`, async ({
      page,
    }) => {
      // Axe takes seconds a page when the machine is busy: room for that, not a speed limit.
      test.setTimeout(120_000);
      for (const file of chunk) {
        await page.goto(urlOf(file));
        await expectNoAxeViolations(page, urlOf(file));
      }
    });
  }
}

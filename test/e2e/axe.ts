import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * axe-core (WCAG 2.2 A/AA) for every end-to-end check: site pages, training states and the
 * extension's shadow roots. axe is put into the page once per document (with `prepareAxe`,
 * into every document a context opens, before the page's own scripts) and asked for
 * violations only: no 640 KB script sent per check and no list of passing nodes sent back,
 * which made a check cost seconds a page on a busy machine.
 */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Every document the context opens from now on carries axe (cheaper than one page at a time). */
export async function prepareAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/** What to check: the whole page, or only inside `include`; never inside `exclude` (CSS selectors). */
export interface AxeScope {
  include?: string;
  exclude?: string;
}

/**
 * Runs in the page: axe's violations inside `include` (default the whole document, shadow roots
 * included), never inside `exclude`; null when the document does not carry axe yet.
 * Self-contained, so any driver can send it (Playwright in Chromium, puppeteer in Firefox).
 */
export async function runAxe({
  include,
  exclude,
  tags,
}: AxeScope & { tags: string[] }): Promise<AxeFinding[] | null> {
  // axe-core's global, put there by AXE_SOURCE; its types are not in the page's scope.
  const axe = (window as unknown as { axe?: AxeGlobal }).axe;
  if (!axe) return null;
  const context = { include: [include ?? 'html'], exclude: exclude ? [exclude] : [] };
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

interface AxeFinding {
  id: string;
  impact?: string | null;
  nodes: string[];
}

/** How a browser driver runs code in its page: a function with a JSON argument, or a script. */
export interface PageRunner {
  call<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  script(source: string): Promise<unknown>;
}

/**
 * axe's violations in any browser's page as readable lines: where, rule, impact and the nodes.
 * One round trip when the document already carries axe (`prepareAxe`); otherwise axe is put in
 * first.
 */
export async function axeViolationsWith(
  page: PageRunner,
  where: string,
  scope: AxeScope = {},
): Promise<string[]> {
  const run = () => page.call(runAxe, { ...scope, tags: WCAG_TAGS });
  let found = await run();
  if (!found) {
    await page.script(AXE_SOURCE);
    found = await run();
  }
  if (!found) throw new Error(`axe-core could not be put into ${where}.`);
  return found.map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.join(', ')}`);
}

/** A Playwright page (Chromium) as a `PageRunner`. */
export function playwrightRunner(page: Page): PageRunner {
  return {
    // Plain JSON arguments; Playwright's stricter generic types add nothing here.
    call: (fn, arg) => page.evaluate(fn as never, arg as never),
    script: (source) => page.evaluate(source),
  };
}

/** axe's violations on a Playwright page (Chromium) as readable lines. */
export function axeViolations(page: Page, where: string, scope: AxeScope = {}) {
  return axeViolationsWith(playwrightRunner(page), where, scope);
}

/** Fails with the readable list of violations, if axe finds any. */
export async function expectNoAxeViolations(
  page: Page,
  where = page.url(),
  scope: AxeScope = {},
): Promise<void> {
  expect(await axeViolations(page, where, scope)).toEqual([]);
}

/** The part of axe-core's page API used above. */
interface AxeGlobal {
  run(
    context: { include: string[]; exclude: string[] },
    options: { runOnly: { type: 'tag'; values: string[] }; resultTypes: string[] },
  ): Promise<{
    violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[];
  }>;
}

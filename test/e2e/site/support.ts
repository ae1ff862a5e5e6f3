import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Language } from './core.ts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe (WCAG 2.2 A/AA) on the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, where = page.url()): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(
    violations.map(
      (v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

const LOCALES = resolve(import.meta.dirname, '../../../locales');

/**
 * The text a reader sees for `ns:key` in one language, read from locales/<lang>/<ns>.json
 * (the tests assert what the user notices, in the user's words).
 */
export function t(lang: Language) {
  const cache = new Map<string, unknown>();
  return (key: string, values: Record<string, string> = {}): string => {
    const [ns, path] = key.split(':') as [string, string];
    if (!cache.has(ns))
      cache.set(ns, JSON.parse(readFileSync(`${LOCALES}/${lang}/${ns}.json`, 'utf8')));
    let node: unknown = cache.get(ns);
    for (const part of path.split('.'))
      node = (node as Record<string, unknown> | undefined)?.[part];
    if (typeof node !== 'string') throw new Error(`No text for ${lang} ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
  };
}

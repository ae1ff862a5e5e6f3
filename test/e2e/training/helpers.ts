import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { trainingCards, drawQuiz, type QuizConfig } from '../../../core/training.ts';
import type { Language } from '../../../core/languages.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { createTranslator, type Translate } from '../../../locales/translator.ts';

export const LANGS: readonly Language[] = ['de', 'en', 'zh'];
export const cards = trainingCards();

export function expectedQuiz(config: QuizConfig) {
  return drawQuiz(cards, config);
}

// Playwright's loader does not import JSON modules, so the dictionaries are read from disk;
// the typed `Translate` keeps keys checked as in the product.
const LOCALES = new URL('../../../locales/', import.meta.url);
const translators = new Map<Language, Translate>();
export function t(lang: Language): Translate {
  let tr = translators.get(lang);
  if (!tr) {
    const dir = new URL(`${lang}/`, LOCALES);
    const resources = Object.fromEntries(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as object]),
    );
    tr = createTranslator(lang, resources);
    translators.set(lang, tr);
  }
  return tr;
}

/** Presses Tab until `target` has focus: how a keyboard user gets there. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The card on screen shows the four answers of `situation` in this language. */
export async function expectSituation(card: Locator, lang: Language, id: string) {
  const [cloud, origin, service, role] = id.split('.');
  const tr = t(lang);
  const label = (q: string, a: string) =>
    tr(`rules:answer.${q}.${a}.label` as 'rules:answer.cloud.global.label');
  await expect(card.locator('dd')).toHaveText([
    label('cloud', cloud!),
    label('origin', origin!),
    label('service', service!),
    label('role', role!),
  ]);
}

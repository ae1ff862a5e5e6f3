import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { trainingCards, drawQuiz, type QuizConfig } from '../../../core/training.ts';
import type { Language } from '../../../core/languages.ts';

export const LANGS: readonly Language[] = ['de', 'en', 'zh'];
export const cards = trainingCards();

export function expectedQuiz(config: QuizConfig) {
  return drawQuiz(cards, config);
}

import { t } from '../i18n.ts';

export { t };

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

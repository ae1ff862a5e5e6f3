import type { Page } from '@playwright/test';
import type { Driver } from './scenarios.ts';

/**
 * What every Chromium driver of the shared scenarios and the surface tour does on a Playwright
 * page: open, evaluate, wait, click, type and press as the partner does (trusted input).
 */
export function pageActions(
  page: Page,
): Pick<Driver, 'goto' | 'evaluate' | 'waitFor' | 'click' | 'type' | 'press'> {
  return {
    goto: async (url) => void (await page.goto(url)),
    // Plain JSON arguments; Playwright's stricter generic types add nothing here.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    waitFor: async (fn, arg) => void (await page.waitForFunction(fn as never, arg as never)),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
  };
}

import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { extensionWorker, launchWithExtension } from './browser.ts';

export * from './browser.ts';

/**
 * One Chromium with the extension per worker, put back to a fresh install's state before each
 * test: no pages but a blank one, nothing in the extension's storage (the partner's settings,
 * the entry point's open state, the partner's name and the answered offer of the own IDs live
 * there: lib/settings.ts), no granted permissions, no cookies. A test that changes the
 * extension itself (a reload or an update) asks for its own browser with
 * `test.use({ ownBrowser: true })`.
 */
export const test = base.extend<
  { context: BrowserContext; page: Page; ownBrowser: boolean },
  { workerBrowser: BrowserContext }
>({
  ownBrowser: [false, { option: true }],
  workerBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const context = await launchWithExtension();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ ownBrowser, workerBrowser }, use) => {
    if (ownBrowser) {
      const context = await launchWithExtension();
      await use(context);
      await context.close();
      return;
    }
    await asInstalled(workerBrowser);
    await use(workerBrowser);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

/**
 * The shared browser as a fresh install leaves it: one blank page (the others closed first, so
 * no content script is left to write), the extension's storage empty, permissions and cookies
 * gone.
 */
async function asInstalled(context: BrowserContext): Promise<void> {
  const blank = await context.newPage();
  await Promise.all(
    context
      .pages()
      .filter((p) => p !== blank)
      .map((p) => p.close()),
  );
  await (
    await extensionWorker(context)
  ).evaluate(async () => {
    // The extension's own API in its service worker; its types are not in the test's scope.
    const { storage } = (
      globalThis as unknown as {
        chrome: { storage: Record<'local' | 'sync' | 'session', { clear(): Promise<void> }> };
      }
    ).chrome;
    await Promise.all([storage.local.clear(), storage.sync.clear(), storage.session.clear()]);
  });
  await context.clearPermissions();
  await context.clearCookies();
}

export { expect } from '@playwright/test';

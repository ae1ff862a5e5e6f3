import type { BrowserContext, Page } from '@playwright/test';
import { CUSTOMER_TENANT, GLOBAL, expect, extensionId, overlayHosts, test } from './fixtures.ts';

/** On <html>: which copy of the content script owns the page (extension/lib/lifetime.ts). */
const OWNER_ATTRIBUTE = 'data-csp-multichannel-guide';

interface DeveloperPrivate {
  updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
  reload(id: string, options: { failQuietly: boolean }): Promise<void>;
}

/**
 * Reloads the extension as its Reload button on chrome://extensions does (an update replaces
 * it the same way). Developer mode first, as for any unpacked extension: without it Chromium
 * disables a command-line-loaded extension on reload instead of loading it again.
 */
async function reloadExtension(context: BrowserContext): Promise<void> {
  const id = await extensionId(context);
  const extensions = await context.newPage();
  await extensions.goto('chrome://extensions');
  await extensions.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome
      .developerPrivate;
    await api.updateProfileConfiguration({ inDeveloperMode: true });
    await api.reload(id, { failQuietly: true });
  }, id);
  await extensions.close();
}

/** The owner attribute of the document's own <html> (the overlay's shadow root has one too). */
function owner(page: Page): Promise<string | null> {
  return page.evaluate((name) => document.documentElement.getAttribute(name), OWNER_ATTRIBUTE);
}

function rerender(page: Page): Promise<void> {
  return page.evaluate(() =>
    (window as unknown as { __fixture: { rerender(): void } }).__fixture.rerender(),
  );
}

test.describe('extension reload or update', () => {
  // A reload replaces the extension in its browser: not the worker's shared one.
  test.use({ ownBrowser: true });
  test('the old copy removes its overlay and stops; after a page reload exactly one overlay runs', async ({
    page,
    context,
  }) => {
    await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/${CUSTOMER_TENANT}/subscriptions`);
    const overlay = overlayHosts(page);
    await expect(overlay).toHaveCount(1);
    await expect.poll(() => owner(page)).toMatch(/.+/);

    await reloadExtension(context);
    // The invalidated content script has cleaned up: no overlay, no claim on the page.
    await expect(overlay).toHaveCount(0);
    await expect.poll(() => owner(page)).toBeNull();
    // Its observers are gone: the portal re-rendering, or dropping and re-adding the page's
    // content, brings nothing back.
    await rerender(page);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.remove();
      document.body.append(main);
    });
    await expect(page.locator('main')).toHaveCount(1);
    await expect(overlay).toHaveCount(0);

    // The new copy takes over on the next page load: one overlay, owned by it.
    await page.reload();
    await expect(overlay).toHaveCount(1);
    await expect(overlay).toHaveAttribute('data-page-kind', 'customer');
    await expect.poll(() => owner(page)).toMatch(/.+/);
    await rerender(page);
    await expect(overlay).toHaveCount(1);
  });

  test('a page that writes the owner attribute or fakes a newer copy switches nothing off', async ({
    page,
    context,
  }) => {
    await page.goto(`${GLOBAL}/en-us/dashboard/v2/customers/list`);
    const overlay = overlayHosts(page);
    await expect(overlay).toHaveCount(1);
    const first = await owner(page);
    const id = await extensionId(context);
    // What a newer copy would do when it starts, done by the page's own script: claim the
    // page, and send WXT's "a newer script started" event. The running copy stays.
    await page.evaluate(
      ({ name, id }) => {
        document.documentElement.setAttribute(name, 'a-page-script');
        document.dispatchEvent(
          new CustomEvent(`${id}:content:wxt:content-script-started`, {
            detail: { contentScriptName: 'content', messageId: 'a-page-script' },
          }),
        );
      },
      { name: OWNER_ATTRIBUTE, id },
    );
    await expect.poll(() => owner(page)).toBe(first);
    await rerender(page);
    await page.locator('[data-command="request"]').click();
    await expect(page.locator('[role="dialog"] csp-multichannel-guide-link')).toHaveCount(1);
    await expect(overlay).toHaveCount(1);
  });
});

import { expect, test } from '@playwright/test';
import { LANGUAGES } from '../../../core/index.ts';
import {
  DOWNLOAD_LINKS,
  STORE_LISTINGS,
  type DownloadId,
} from '../../../site/src/lib/extension-stores.ts';
import {
  EXTENSION_SCREENSHOTS,
  SCREENSHOT_ALT,
  screenshotFile,
} from '../../../site/src/lib/extension-screenshots.ts';
import { t } from './support.ts';

/**
 * The extension page's ways to the extension follow the configuration
 * (site/src/lib/extension-stores.ts): a link for each store listing and each download with an
 * address, "not yet published" for the rest. Its install steps say where the code comes from
 * and build the extension for this site's address, so its links lead here. Its screenshots
 * are of its own language (site/src/lib/extension-screenshots.ts).
 */
for (const lang of LANGUAGES) {
  test(`extension page (${lang}): where to get it and how to build it for this site`, async ({
    page,
  }) => {
    const tr = t(lang);
    await page.goto(`/${lang}/extension/`);
    const notPublished = tr('site:extensionPage.notPublished');

    for (const [id, url] of Object.entries(STORE_LISTINGS)) {
      const item = page.locator(`[data-stores] [data-store="${id}"]`);
      if (url) await expect(item.getByRole('link')).toHaveAttribute('href', url);
      else await expect(item).toContainText(notPublished);
    }
    for (const [id, url] of Object.entries(DOWNLOAD_LINKS) as [DownloadId, string | null][]) {
      const item = page.locator(`[data-downloads] [data-download="${id}"]`);
      await expect(item).toContainText(tr(`site:extensionPage.downloadName.${id}`));
      if (url) await expect(item.getByRole('link')).toHaveAttribute('href', url);
      else await expect(item).toContainText(notPublished);
    }

    // The site's own address, as its canonical link gives it: the extension is built for it.
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const site = new URL('/', canonical!).href;
    const build = `SITE_URL=${site} npm run build:extension`;
    const get = page.locator('[data-install-get]');
    await expect(get.locator('code', { hasText: build })).toHaveCount(1);
    await expect(get).toContainText(
      tr('site:extensionPage.buildSite', { setting: `SITE_URL=${site}` }),
    );
    if (DOWNLOAD_LINKS.source === null)
      await expect(get).toContainText(
        tr('site:extensionPage.sourceNone', { install: 'npm install', build }),
      );
    else await expect(get.getByRole('link', { name: DOWNLOAD_LINKS.source })).toBeVisible();
    if (DOWNLOAD_LINKS.packages === null)
      await expect(get).toContainText(tr('site:extensionPage.packagesNone'));
    else await expect(get.getByRole('link', { name: DOWNLOAD_LINKS.packages })).toBeVisible();
    await expect(get.locator('code', { hasText: 'extension/.output/chrome-mv3' })).toHaveCount(1);
  });
}

for (const lang of LANGUAGES) {
  test(`extension page (${lang}): the screenshots show the extension in ${lang}`, async ({
    page,
  }) => {
    const tr = t(lang);
    await page.goto(`/${lang}/extension/`);
    await expect(page.getByText(tr('site:extensionPage.shotsNote'))).toBeVisible();
    await expect(page.locator('figure[data-screenshot]')).toHaveCount(EXTENSION_SCREENSHOTS.length);
    for (const picture of EXTENSION_SCREENSHOTS) {
      const image = page.locator(`figure[data-screenshot="${picture}"] img`);
      await expect(image).toHaveAttribute('alt', tr(SCREENSHOT_ALT[picture]));
      // The build keeps the picture's name (overlay-de.png → /assets/overlay-de.<hash>.webp).
      const src = await image.getAttribute('src');
      const name = new URL(src!, page.url()).pathname.split('/').pop()!;
      const own = screenshotFile(picture, lang).replace(/\.png$/, '');
      expect(name.slice(0, name.indexOf('.')), `${picture} on the ${lang} page`).toBe(own);
      expect(name).toMatch(/\.webp$/);
      // Shown at its full size once the reader scrolls to it (it loads lazily).
      await image.scrollIntoViewIfNeeded();
      const width = Number(await image.getAttribute('width'));
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBe(width);
    }
  });
}

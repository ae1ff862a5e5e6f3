/**
 * Renders extension/assets/icon.svg to the PNG icons the stores and browsers need, in
 * extension/public/icon/<size>.png (WXT lists public/icon/<size>.png in the manifest's
 * `icons`; wxt.config.ts names the toolbar sizes in `action.default_icon`). The PNGs are
 * committed, so the build never needs a browser. After changing the SVG, run:
 * `npx tsx scripts/extension-icons.ts`. Uses Debian's Chromium (CHROMIUM_PATH overrides).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { ICON_SIZES } from '../extension/lib/icons.ts';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../test/e2e/environment.ts';

const EXTENSION = join(import.meta.dirname, '..', 'extension');
const SVG = join(EXTENSION, 'assets', 'icon.svg');
const OUT = join(EXTENSION, 'public', 'icon');

const svg = readFileSync(SVG, 'utf8');
const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    // The browser scales the vector itself at each size: crisp edges, no resampled bitmap.
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${source}" width="${size}" height="${size}" style="display:block" alt=""></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const path = join(OUT, `${size}.png`);
    await page.screenshot({
      path,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`Saved ${path}`);
  }
} finally {
  await browser.close();
}

/**
 * Saves the README screenshot of a tree page: an English verdict page with the diagram,
 * from the built site served on a free port. `npx tsx scripts/screenshots.ts`
 * (after `npm run build:site`). Uses Debian's Chromium; downloads nothing.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { treePath } from '../core/guide-paths.ts';
import { SITE_DIST, createSiteServer } from './serve-site.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/e2e/environment.ts';

const OUT = resolve(fileURLToPath(new URL('../docs/images/tree-page.png', import.meta.url)));
const server = createSiteServer(SITE_DIST);
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 1500 },
    colorScheme: 'light',
    // The picture hides parts of the page with a style tag, which the site's CSP refuses.
    bypassCSP: true,
  });
  const path = treePath(
    'en',
    'microsoft-programs',
    'cloud-global.service-license-based.role-indirect-provider',
  );
  await page.goto(`http://127.0.0.1:${port}${path}`);
  await page.locator('[data-tree-walker][data-enhanced]').waitFor();
  mkdirSync(resolve(OUT, '..'), { recursive: true });
  // The verdict and the diagram in one image: leave out the long middle of the page.
  await page.addStyleTag({
    content:
      '.answers, .sources, .helper, section[aria-labelledby="reading-title"] { display: none !important; }',
  });
  await page.screenshot({ path: OUT, fullPage: true });
  console.log(`Saved ${OUT}`);
} finally {
  await browser.close();
  server.close();
}

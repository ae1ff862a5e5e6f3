import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright';
import { CHROMIUM_PATH, CHROMIUM_ARGS } from '../environment.ts';

/**
 * Shared by the end-to-end suite and the bench (bench/extension.ts): the built extension (extension/.output/chrome-mv3) in Debian's Chromium, headless, with the
 * fixture pages of test/fixtures/partner-center served at the real portal URLs. Nothing
 * leaves the machine: every other request is aborted.
 */
export const EXTENSION_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'extension',
  '.output',
  'chrome-mv3',
);
export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'partner-center');

export const GLOBAL = 'https://partner.microsoft.com';
export const VIANET = 'https://partner.partnercenter.microsoftonline.cn';
export const PARTNER_TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
export const CUSTOMER_TENANT = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';
export const HOST_TAG = 'csp-multichannel-guide';

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Which fixture the portal would show at a path (our imitation of the portal's routing). */
export function fixtureFor(url: URL): { file: string; type: string } {
  let path = url.pathname;
  if (path.startsWith('/__fixtures/')) {
    const name = path.slice('/__fixtures/'.length);
    return { file: name, type: name.endsWith('.css') ? 'text/css' : 'text/javascript' };
  }
  let lng = url.searchParams.get('lang') ?? 'en';
  const locale = /^\/([a-z]{2})-[a-z]{2}(?=\/)/i.exec(path);
  if (locale?.[1]) {
    lng = locale[1].toLowerCase();
    path = path.slice(locale[0].length);
  }
  path = path.replace(/^\/pcv(?=\/)/, '');
  const routes: [RegExp, string][] = [
    [/^\/(dashboard\/v2|commerce2)\/customers\/list$/, 'customer-list'],
    [/^\/dashboard\/v2\/customers\/request-reseller-relationship$/, 'request-relationship-direct'],
    [new RegExp(`^/dashboard/v2/customers/${GUID}(/.*)?$`), 'customer'],
    [
      /^\/dashboard\/v2\/indirect-resellers\/request-reseller-relationship$/,
      'request-relationship-indirect',
    ],
    [/^\/dashboard\/v2\/indirect-resellers(\/list)?$/, 'indirect-resellers'],
  ];
  const kind = routes.find(([re]) => re.test(path))?.[1];
  if (!kind) return { file: '', type: 'text/html' };
  return {
    file: `${kind}.${['de', 'en', 'zh'].includes(lng) ? lng : 'en'}.html`,
    type: 'text/html',
  };
}

/** A portal page that is none of the known kinds (e.g. the dashboard overview). */
const OTHER_PAGE = `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Partner Center</title>
<link rel="stylesheet" href="/__fixtures/portal.css"></head><body><header class="ms-header">Partner Center</header>
<main><h1>Overview</h1><table role="grid"><tr><td>Home</td></tr></table><textarea>https://admin.microsoft.com/</textarea></main>
<script src="/__fixtures/spa.js"></script></body></html>`;

async function servePortal(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const { file, type } = fixtureFor(url);
  const body = file ? readFileSync(join(FIXTURES, file), 'utf8') : OTHER_PAGE;
  await route.fulfill({ status: 200, contentType: `${type}; charset=utf-8`, body });
}

export async function launchWithExtension({ extension = true } = {}): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en-US',
    args: [
      ...(extension
        ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
        : []),
      ...CHROMIUM_ARGS,
    ],
  });
  await context.route(
    /^https?:\/\/(?!partner\.microsoft\.com|partner\.partnercenter\.microsoftonline\.cn|example\.com)/,
    (route) => route.abort(),
  );
  await context.route(`${GLOBAL}/**`, servePortal);
  await context.route(`${VIANET}/**`, servePortal);
  // A page that is not Partner Center, with exactly the markup of a customer list.
  await context.route('https://example.com/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.startsWith('/__fixtures/')) return servePortal(route);
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(join(FIXTURES, 'customer-list.en.html'), 'utf8'),
    });
  });
  return context;
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/** The overlay's host elements on a page (the test expects exactly one, or none). */
export function overlayHosts(page: Page) {
  return page.locator(HOST_TAG);
}

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright';
import { TOGGLE_COMMAND } from '../../../extension/lib/command.ts';
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

/**
 * What the imitation portal answers for a URL: every page is the same empty shell that
 * test/fixtures/partner-center/portal.js fills from the address (as Partner Center's
 * single-page app does); `/__fixtures/` serves the app's script and styles. Shared by the
 * Chromium (Playwright) and Firefox (puppeteer) end-to-end runs and the bench.
 */
export function fixtureResponse(url: URL): { contentType: string; body: string } {
  if (url.pathname.startsWith('/__fixtures/')) {
    const name = url.pathname.slice('/__fixtures/'.length).replace(/[^a-z.-]/g, '');
    return {
      contentType: `${name.endsWith('.css') ? 'text/css' : 'text/javascript'}; charset=utf-8`,
      body: readFileSync(join(FIXTURES, name), 'utf8'),
    };
  }
  return {
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Partner Center</title>
<link rel="stylesheet" href="/__fixtures/portal.css"></head><body><script src="/__fixtures/portal.js"></script></body></html>`,
  };
}

async function servePortal(route: Route): Promise<void> {
  await route.fulfill({ status: 200, ...fixtureResponse(new URL(route.request().url())) });
}

/** Hosts the tests may reach: the two portals and one site that is not Partner Center. */
export const SERVED_HOSTS =
  /^https?:\/\/(partner\.microsoft\.com|partner\.partnercenter\.microsoftonline\.cn|example\.com)\//;

/**
 * The ID Chromium gives the unpacked extension: the SHA-256 of its folder's real path, the
 * first 32 hex digits written with the letters a–p (what an organization's policy names).
 */
export function unpackedExtensionId(dir = EXTENSION_DIR): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Chromium's folder for settings and policies on Linux, the only place it reads policies. */
const CHROMIUM_ETC = '/etc/chromium';

/**
 * A Chromium that reads `policy` as the machine's managed policy, without writing the machine's
 * policy folder (shared by every browser on it, and root's): a launcher runs Chromium in a
 * mount namespace of its own, where a copy of /etc/chromium with the policy is mounted over the
 * real one (`unshare`, util-linux; as a user other than root, in a user namespace too, which
 * Debian allows; CI runs as root). The launcher `exec`s down to Chromium, so the process
 * Playwright started and closes is Chromium's. Returns the launcher, the environment it reads
 * its folder and browser from, and the folder to remove once the browser is closed.
 */
function chromiumWithPolicy(policy: object): {
  launcher: string;
  env: Record<string, string>;
  dir: string;
} {
  if (!existsSync(CHROMIUM_ETC))
    throw new Error(
      `${CHROMIUM_ETC} is missing; Debian's chromium package brings it ("apt-get install -y chromium").`,
    );
  const unshare = ['unshare', '--mount', ...(process.getuid?.() === 0 ? [] : ['--map-root-user'])];
  const probe = spawnSync(unshare[0]!, [...unshare.slice(1), 'true'], { encoding: 'utf8' });
  if (probe.status !== 0)
    throw new Error(
      `Chromium with an organization's policy runs in a mount namespace of its own, and "${unshare.join(' ')}" failed here (${(probe.stderr || String(probe.error)).trim()}): run the tests as root, or allow unprivileged user namespaces.`,
    );
  const dir = mkdtempSync(join(tmpdir(), 'chromium-policy-'));
  const etc = join(dir, 'etc');
  cpSync(CHROMIUM_ETC, etc, { recursive: true });
  mkdirSync(join(etc, 'policies', 'managed'), { recursive: true });
  writeFileSync(join(etc, 'policies', 'managed', 'policy.json'), JSON.stringify(policy));
  const launcher = join(dir, 'chromium');
  // Paths come in the environment, never inside the script's quotes.
  writeFileSync(
    launcher,
    `#!/bin/sh
exec ${unshare.join(' ')} -- /bin/sh -c 'mount --bind "$POLICY_ETC" ${CHROMIUM_ETC} && exec "$POLICY_CHROMIUM" "$@"' sh "$@"
`,
  );
  chmodSync(launcher, 0o755);
  return { launcher, env: { POLICY_ETC: etc, POLICY_CHROMIUM: CHROMIUM_PATH }, dir };
}

/**
 * The extension in Chromium, with the portal's fixture pages. With `policy`, Chromium runs
 * under that managed policy (Chromium's JSON policy file, as docs/policy/chromium-policy.json).
 */
export async function launchWithExtension({
  extension = true,
  policy,
}: { extension?: boolean; policy?: object } = {}): Promise<BrowserContext> {
  const managed = policy ? chromiumWithPolicy(policy) : undefined;
  const context = await chromium.launchPersistentContext('', {
    executablePath: managed?.launcher ?? CHROMIUM_PATH,
    ...(managed ? { env: { ...process.env, ...managed.env } } : {}),
    headless: true,
    locale: 'en-US',
    args: [
      ...(extension
        ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
        : []),
      ...CHROMIUM_ARGS,
    ],
  });
  if (managed) context.on('close', () => rmSync(managed.dir, { recursive: true, force: true }));
  await context.route(
    /^https?:\/\/(?!partner\.microsoft\.com|partner\.partnercenter\.microsoftonline\.cn|example\.com)/,
    (route) => route.abort(),
  );
  await context.route(`${GLOBAL}/**`, servePortal);
  await context.route(`${VIANET}/**`, servePortal);
  // A site that is not Partner Center, with exactly the portal's pages and links.
  await context.route('https://example.com/**', servePortal);
  return context;
}

/** The extension's service worker (its background), waited for if it has not started yet. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

export async function extensionId(context: BrowserContext): Promise<string> {
  return new URL((await extensionWorker(context)).url()).host;
}

/**
 * The partner presses the extension's keyboard shortcut on `page`: its tab comes to the front
 * and the browser's command event reaches the extension's background, whose own listener
 * passes it on (lib/messages.ts `handleCommand`). Keys a test presses go to the page, never to
 * the browser's shortcuts, so the event is dispatched to the background's listeners.
 */
export async function pressShortcut(context: BrowserContext, page: Page): Promise<void> {
  await page.bringToFront();
  await (
    await extensionWorker(context)
  ).evaluate(async (command) => {
    // The extension's own API in its service worker; its types are not in the test's scope.
    const { tabs, commands } = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<unknown[]> };
          commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
        };
      }
    ).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    commands.onCommand.dispatch(command, tab);
  }, TOGGLE_COMMAND);
}

/** The overlay's host elements on a page (the test expects exactly one, or none). */
export function overlayHosts(page: Page) {
  return page.locator(HOST_TAG);
}

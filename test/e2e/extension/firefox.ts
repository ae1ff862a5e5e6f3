import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { FIREFOX_PATH } from '../environment.ts';
import type { PageRunner } from '../axe.ts';
import { AXE, type Lens, type SurfaceDriver } from './surfaces.ts';
import { SERVED_HOSTS, fixtureResponse } from './browser.ts';
import { readExtensionStorage, type Driver } from './scenarios.ts';
import type { Message } from '../../../extension/lib/messages.ts';

/** What the background sends the portal tab for the keyboard shortcut (lib/messages.ts). */
const TOGGLE_MESSAGE: Message = { type: 'toggle-guide' };

/** The Firefox build (npm run build:extension). */
export const FIREFOX_EXTENSION_DIR = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'extension',
  '.output',
  'firefox-mv3',
);

/**
 * High-contrast palettes for Firefox's own forced colours: text, background and links (those of
 * Chromium's emulated dark and light forced colours, which a11y.spec.ts tours; the other system
 * colours, such as buttons and the focus highlight, are Firefox's own for that background).
 */
export const FORCED_COLOURS = {
  dark: { text: '#ffffff', background: '#000000', link: '#ffff00' },
  light: { text: '#000000', background: '#ffffff', link: '#00009f' },
} as const;

/**
 * The preferences a partner sets in Firefox's colour settings to read every page in their own
 * colours: override the page's colours always (`(forced-colors: active)` then matches, in shadow
 * roots and add-on pages too), with the palette's colours instead of the system's. Read once at
 * start: Firefox cannot switch palettes in a running browser over WebDriver BiDi, and its `.dark`
 * colour preferences do not apply to forced colours, so each palette is a browser of its own.
 */
function forcedColoursPrefs({ text, background, link }: (typeof FORCED_COLOURS)['dark' | 'light']) {
  return {
    'browser.display.document_color_use': 2,
    'browser.display.use_system_colors': false,
    'browser.display.foreground_color': text,
    'browser.display.background_color': background,
    'browser.anchor_color': link,
    'browser.visited_color': link,
  };
}

/**
 * Debian's Firefox ESR, headless, driven over WebDriver BiDi by puppeteer-core, with the
 * unpacked Firefox build installed as a temporary add-on (as about:debugging does). Requests
 * to the two portals and example.com get the imitation portal; all others are refused.
 */
export async function launchFirefox({
  policies,
  forcedColours,
}: {
  /**
   * A policies.json (Firefox enterprise policies) for this browser only: read through the
   * `browser.policies.alternatePath` preference, which Firefox honours only in automation mode
   * (its test-only security preference plus MOZ_DISABLE_NONLOCAL_CONNECTIONS, both scoped to
   * this process and its temporary profile). Nothing is written to the system's policy folders.
   */
  policies?: string;
  /** Firefox's own forced colours in this palette (preferences of its temporary profile). */
  forcedColours?: keyof typeof FORCED_COLOURS;
} = {}): Promise<{ browser: Browser; extensionId: string }> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}. Install it with "apt-get install -y firefox-esr" (or set FIREFOX_PATH).`,
    );
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX_PATH,
    headless: true,
    ...(policies ? { env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' } } : {}),
    extraPrefsFirefox: {
      ...(policies
        ? {
            'browser.policies.alternatePath': policies,
            'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
          }
        : {}),
      ...(forcedColours ? forcedColoursPrefs(FORCED_COLOURS[forcedColours]) : {}),
      // No network here: keep Firefox from reaching for its update and telemetry hosts.
      'network.dns.disableIPv6': true,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return { browser, extensionId };
}

/** A new tab with the imitation portal behind the real portal addresses. */
export async function portalTab(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!SERVED_HOSTS.test(url)) return void request.abort();
    void request.respond({ status: 200, ...fixtureResponse(new URL(url)) });
  });
  return page;
}

/** The add-on's id in Firefox (`browser_specific_settings.gecko.id`, extension/wxt.config.ts). */
export const FIREFOX_ADDON_ID = '{49f236bc-8e14-4e7a-bdca-6a051b5049fe}';

/**
 * The tabs showing one of the add-on's pages. WebDriver BiDi does not report an add-on page's
 * address, so each tab is asked for its own.
 */
async function addonTabs(browser: Browser): Promise<Page[]> {
  const tabs = await browser.pages();
  const isAddon = await Promise.all(
    tabs.map((tab) =>
      tab.evaluate(() => location.protocol === 'moz-extension:').catch(() => false),
    ),
  );
  return tabs.filter((_, i) => isAddon[i]);
}

/**
 * Runs `open` (an action after which the add-on opens a tab) and returns that tab. WebDriver
 * BiDi refuses to navigate to a `moz-extension://` page itself, so such a tab is always one the
 * add-on opened.
 */
async function openedTab(browser: Browser, open: () => Promise<void>): Promise<Page> {
  const known = new Set(browser.targets());
  await open();
  const target = await browser.waitForTarget((t) => t.type() === 'page' && !known.has(t));
  return (await target.page())!;
}

export function firefoxDriver(page: Page): Driver {
  return {
    runtimeId: FIREFOX_ADDON_ID,
    extensionTabs: async () => (await addonTabs(page.browser())).length,
    extensionStorage: async () => {
      const [tab] = await addonTabs(page.browser());
      if (!tab) throw new Error('No add-on page is open to read the storage in.');
      return tab.evaluate(readExtensionStorage);
    },
    shortcut: async () => {
      // What the background does with the command (lib/messages.ts `handleCommand`), run from
      // an open add-on page: WebDriver BiDi reaches neither the browser's shortcuts nor the
      // background, and may not open an add-on page itself.
      const [tab] = await addonTabs(page.browser());
      if (!tab)
        throw new Error(
          "No add-on page is open to run the shortcut from: open the options page first (the entry point's settings button).",
        );
      await page.bringToFront();
      await tab.evaluate(async (message) => {
        // The add-on's own API in its page; its types are not in the test's scope.
        const { tabs } = (
          globalThis as unknown as {
            browser: {
              tabs: {
                query(q: object): Promise<{ id?: number }[]>;
                sendMessage(id: number, message: unknown): Promise<unknown>;
              };
            };
          }
        ).browser;
        const [active] = await tabs.query({ active: true, currentWindow: true });
        await tabs.sendMessage(active!.id!, message);
      }, TOGGLE_MESSAGE);
    },
    goto: async (url) => void (await page.goto(url)),
    // The scenarios pass plain JSON arguments; puppeteer's stricter generic types add nothing.
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitFor: async (fn, arg) => void (await page.waitForFunction(fn as never, {}, arg as never)),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: async (keys) => {
      // `Shift+Tab`: the modifiers held down around the last key, as Playwright reads it.
      const [key, ...modifiers] = keys.split('+').reverse() as KeyInput[];
      for (const modifier of modifiers) await page.keyboard.down(modifier);
      await page.keyboard.press(key!);
      for (const modifier of modifiers) await page.keyboard.up(modifier);
    },
    back: async () => void (await page.goBack()),
    forward: async () => void (await page.goForward()),
    nextTab: async (open) => {
      const tab = await openedTab(page.browser(), open);
      await tab.bringToFront();
      return firefoxDriver(tab);
    },
    front: () => page.bringToFront(),
  };
}

/** A puppeteer page (Firefox) as a `PageRunner`. */
export function puppeteerRunner(page: Page): PageRunner {
  return {
    // Plain JSON arguments; puppeteer's stricter generic types add nothing here.
    call: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    script: (source) => page.evaluate(source),
  };
}

/**
 * The surface tour's driver (surfaces.ts) on a Firefox tab, looking through `lens` (axe, put
 * into the page and run on the extension's open shadow roots, unless told otherwise). A tab the
 * add-on opens (the options page) is driven the same way; WebDriver BiDi refuses to navigate to
 * a `moz-extension://` page itself.
 */
export function firefoxSurfaces(browser: Browser, page: Page, lens: Lens = AXE): SurfaceDriver {
  const { goto, evaluate, waitFor, click, type, press } = firefoxDriver(page);
  return {
    goto,
    evaluate,
    waitFor,
    click,
    type,
    press,
    nextTab: async (open) => firefoxSurfaces(browser, await openedTab(browser, open), lens),
    findings: (where, host) => lens(puppeteerRunner(page), where, host),
  };
}

/**
 * What the partner would see of our elements when a step waited in vain, for the failure's
 * message: where the focus is (in the page and in each of our shadow roots), each e-mail
 * composer's name and status line, and whether a panel is open. A wait over WebDriver BiDi says
 * only that it timed out.
 */
export async function extensionState(page: Page): Promise<string> {
  const state = await page
    .evaluate(() => {
      const describe = (element: Element | null | undefined) =>
        element
          ? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().replace(/\s+/g, '.')}` : ''}`
          : 'none';
      const hosts = Array.from(document.querySelectorAll('*')).filter((e) => e.shadowRoot);
      return {
        focus: describe(document.activeElement),
        panel: Boolean(document.querySelector('[role="dialog"]')),
        hosts: hosts.map((host) => ({
          host: describe(host),
          focus: describe(host.shadowRoot!.activeElement),
          composers: Array.from(host.shadowRoot!.querySelectorAll('[data-email-composer]')).map(
            (composer) => ({
              name: composer.querySelector<HTMLInputElement>('input:not([readonly])')?.value,
              status: composer.querySelector('.status-line')?.textContent,
              statusClass: composer.querySelector('.status-line')?.className,
            }),
          ),
        })),
      };
    })
    .catch((error: unknown) => `unreadable: ${String(error)}`);
  return JSON.stringify(state);
}

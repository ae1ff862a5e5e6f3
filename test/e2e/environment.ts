import { existsSync } from 'node:fs';

/**
 * A browser from Debian's packages at `path` (`variable` overrides it), or a message naming
 * what to install. Tests never download a browser.
 */
function debianBrowser(name: string, variable: string, path: string, packages: string): string {
  const found = process.env[variable] ?? path;
  if (!existsSync(found)) {
    throw new Error(
      `${name} not found at ${found}. Install it with "apt-get install -y ${packages}" (or set ${variable}).`,
    );
  }
  return found;
}

/** Debian's Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = debianBrowser(
  'Chromium',
  'CHROMIUM_PATH',
  '/usr/bin/chromium',
  'chromium',
);

/**
 * Debian's Chromium headless shell (package `chromium-headless-shell`): the same engine without
 * the browser's window machinery, for tests that need no extension (the site and training
 * pages, their printouts); override with HEADLESS_SHELL_PATH. It is Playwright's own choice for
 * headless tests, and it takes less CPU per page: on the site's pages 0.77 instead of 0.90
 * CPU seconds a page (navigation, axe and the phone check), the browser process 53 instead of
 * 93 ms a page. The extension needs the full browser (CHROMIUM_PATH). Installed together with
 * Chromium: the two packages must share one version (.ci/run).
 */
export function headlessShellPath(): string {
  return debianBrowser(
    "Chromium's headless shell",
    'HEADLESS_SHELL_PATH',
    '/usr/bin/chromium-headless-shell',
    'chromium chromium-headless-shell',
  );
}

/**
 * Flags for headless Chromium on a machine with no network: without the background-networking
 * ones Chromium keeps trying to reach Google's hosts. Shared by tests, bench and scripts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Where the e2e suite serves the built site. */
export const SITE_PORT = Number(process.env.SITE_PORT ?? 4329);
export const SITE_ORIGIN = `http://127.0.0.1:${SITE_PORT}`;

/** Debian's Firefox ESR for the extension's Firefox run (WebDriver BiDi); override with FIREFOX_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

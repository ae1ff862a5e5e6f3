import { existsSync } from 'node:fs';

/** Debian's Chromium; override with CHROMIUM_PATH. Tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM_PATH)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM_PATH}. Install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`,
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

import { defineConfig } from '@playwright/test';
import {
  CHROMIUM_ARGS,
  headlessShellPath,
  SITE_ORIGIN,
  SITE_PORT,
} from './test/e2e/environment.ts';

/**
 * End-to-end tests in Debian's Chromium (no browser download). The site projects run
 * against the built site served on 127.0.0.1, in Chromium's headless shell (lighter: see
 * test/e2e/environment.ts); the extension project loads the unpacked build into the full
 * browser, in its own persistent context (see test/e2e/extension/fixtures.ts).
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: SITE_ORIGIN,
    launchOptions: {
      executablePath: headlessShellPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'site', testDir: 'test/e2e/site' },
    { name: 'training', testDir: 'test/e2e/training' },
    { name: 'extension', testDir: 'test/e2e/extension' },
  ],
  webServer: {
    command: `node --import tsx scripts/serve-site.ts --port ${SITE_PORT} --quiet`,
    url: `${SITE_ORIGIN}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});

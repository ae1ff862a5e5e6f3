import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { siteUrl } from '../config/site-url.ts';

// Unit tests of the extension, with WXT's fake browser (storage, runtime messages) in place
// of the real extension APIs. Browser behaviour is covered by test/e2e/extension.
export default defineProject({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [WxtVitest({ root: fileURLToPath(new URL('.', import.meta.url)) })],
  // The guide's address, as extension/wxt.config.ts puts it into a build.
  define: { 'import.meta.env.GUIDE_URL': JSON.stringify(siteUrl()) },
  // Component tests render Preact (ui/invitation and the wrappers here).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    name: 'extension',
    include: ['**/*.test.ts', '**/*.test.tsx'],
    exclude: ['**/node_modules/**', '**/.output/**', '**/.wxt/**'],
    environment: 'node',
    testTimeout: 120_000,
  },
});

// @ts-check
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';

/**
 * The guidance site: static pages in de/en/zh, Preact islands only where a page needs them.
 * Every tree step is pre-rendered (see src/pages/[lang]/trees/[scenario]/[...node].astro).
 */
export default defineConfig({
  site: 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: 'assets' },
  integrations: [preact()],
  devToolbar: { enabled: false },
  vite: {
    // core/ and locales/ live beside the site.
    server: { fs: { allow: ['..'] } },
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        output: {
          // Preact, its hooks and JSX runtime in one file: fewer requests and a smaller gzip
          // total for every island page (the tree page budget is 12 KB).
          manualChunks(id) {
            return /node_modules\/preact\/|src\/islands\/fill\.ts/.test(id) ? 'preact' : undefined;
          },
        },
      },
    },
  },
});

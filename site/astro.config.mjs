// @ts-check
import { writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { LANGUAGES } from '../core/languages.ts';
import { siteUrl } from '../config/site-url.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES, headersFile } from './src/lib/security.ts';

const SITE = siteUrl();

/** Pages left out of the sitemap: 404 pages and the search page (its results are other pages). */
const NOT_IN_SITEMAP = /\/(404|search)\/$|\/404\.html$/;

/**
 * The sitemap's hreflang alternates, the same as every page's <link rel="alternate">: each
 * page exists at the same path in de, en and zh; the root (the language chooser) is x-default.
 * (The integration's own `i18n` option takes the root for the default language's page.)
 * @param {import('@astrojs/sitemap').SitemapItem} item
 */
function withAlternates(item) {
  const [, first, ...more] = new URL(item.url).pathname.split('/');
  const rest = LANGUAGES.some((lang) => lang === first) ? `/${more.join('/')}` : '/';
  item.links = [
    ...LANGUAGES.map((lang) => ({ lang, url: new URL(`/${lang}${rest}`, SITE).href })),
    { lang: 'x-default', url: new URL('/', SITE).href },
  ];
  return item;
}

/**
 * The guidance site: static pages in de/en/zh, Preact islands only where a page needs them.
 * Every tree step is pre-rendered (see src/pages/[lang]/trees/[scenario]/[...node].astro).
 */
export default defineConfig({
  // The public address from SITE_URL (config/site-url.ts); the local one without it.
  site: SITE,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never', assets: 'assets' },
  integrations: [
    preact(),
    sitemap({
      filter: (page) => !NOT_IN_SITEMAP.test(page),
      serialize: withAlternates,
    }),
    {
      // Headers a <meta> cannot carry (frame-ancestors), for static hosts that read _headers.
      name: 'security-headers',
      hooks: {
        'astro:build:done': ({ dir }) => writeFileSync(new URL('_headers', dir), headersFile()),
      },
    },
  ],
  // A strict Content-Security-Policy in every page (src/lib/security.ts explains it).
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: CSP_DIRECTIVES,
      scriptDirective: { resources: SCRIPT_SOURCES },
      styleDirective: { resources: STYLE_SOURCES },
    },
  },
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

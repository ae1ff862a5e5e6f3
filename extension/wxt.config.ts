import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type WxtViteConfig } from 'wxt';
import { PORTAL_MATCHES } from './lib/portal-matches.ts';
import { manifestMessages } from './lib/manifest-messages.ts';
import { STORE_CHUNK_PATH, UI_CHUNK_PATH } from './lib/ui-loader-path.ts';
import { emailPackPath, languagePackModule, languagePackPath } from './lib/language-pack.ts';
import { modulesMissedByWalk, overlayPacks } from './lib/overlay-strings.ts';
import { LANGUAGES } from '../core/languages.ts';
import { TOGGLE_COMMAND } from './lib/command.ts';
import { ACTION_ICON_SIZES, ICON_SIZES, iconSet } from './lib/icons.ts';
import pkg from '../package.json' with { type: 'json' };
import { siteUrl } from '../config/site-url.ts';

/**
 * WXT's content script entry creates its context from lib/script-context.ts: WXT's own class
 * without the legacy broadcast to the page's window (the file says why). Every other import of
 * the context (the features' types, lib/script-context.ts itself) stays WXT's.
 */
/** A plugin of the Vite that WXT bundles (the root's Vite is newer; see `vite` below). */
type VitePlugin = Extract<NonNullable<WxtViteConfig['plugins']>[number], { name: string }>;

const SCRIPT_CONTEXT = 'wxt/utils/content-script-context';
const lighterScriptContext = {
  name: 'csp-multichannel-guide:script-context',
  enforce: 'pre' as const,
  resolveId(source: string, importer: string | undefined) {
    if (source === SCRIPT_CONTEXT && importer?.includes('content-script-isolated-world-entrypoint'))
      return fileURLToPath(new URL('./lib/script-context.ts', import.meta.url));
    return undefined;
  },
};

/**
 * Scripts that run inside Partner Center's pages (the content script, and the UI and storage
 * chunks it loads into its isolated world) use the browser's own promise-based API, WXT's
 * `@wxt-dev/browser` (`browser` in Firefox, `chrome` in Chrome and Edge), instead of
 * webextension-polyfill: the polyfill's set-up cost 1 ms of the portal page's main thread on
 * every load (4 ms of the bench's figure at 4× slower CPU) and 8 KB of the content script.
 * What they call (storage, runtime.connect/getURL/sendMessage/onMessage without a reply) is
 * promise-based in every browser the extension supports (Chrome 88+, Firefox 140+), and the
 * replies come from the background, which keeps the polyfill, as do the popup and the options
 * page. WXT's storage already uses `@wxt-dev/browser` everywhere.
 *
 * The module `@wxt-dev/webextension-polyfill` maps `wxt/browser` to its `browser` export; for
 * a content script or unlisted script build, that export is resolved to `@wxt-dev/browser`.
 * One instance per build (WXT calls `vite()` for each), so the flag is that build's.
 */
function nativeBrowserInPages(): VitePlugin {
  let inPage = false;
  return {
    name: 'csp-multichannel-guide:native-browser-in-pages',
    enforce: 'pre',
    config(config) {
      const lib = config.build?.lib;
      inPage = /^virtual:wxt-(content-script-isolated-world|unlisted-script)-entrypoint\?/.test(
        String((lib && lib.entry) ?? ''),
      );
    },
    resolveId(source, importer) {
      if (!inPage || source !== '@wxt-dev/webextension-polyfill/browser') return undefined;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

/**
 * The overlay's language packs hold only the keys its modules name (lib/overlay-strings.ts
 * reads them from the modules its entry imports). Here the build checks that reading against
 * what Rollup really put into the UI chunk: a module of ours in the chunk that the reading
 * did not walk would bring keys the packs lack, so it fails the build.
 */
function overlayChunkCheck(): VitePlugin {
  return {
    name: 'csp-multichannel-guide:overlay-chunk-check',
    generateBundle(_options, bundle) {
      const chunk = bundle[UI_CHUNK_PATH.slice(1)];
      if (chunk?.type !== 'chunk') return;
      const rendered = Object.entries(chunk.modules)
        .filter(([, module]) => module.renderedLength > 0)
        .map(([id]) => id);
      const missed = modulesMissedByWalk(rendered);
      if (missed.length)
        this.error(
          `The UI chunk holds ${missed.join(', ')}, which extension/lib/overlay-strings.ts did not reach from entrypoints/overlay-ui.ts, so the overlay's language packs may lack its strings. Import it with a static relative import (import '…/module.ts') from the overlay's modules.`,
        );
    },
  };
}

/**
 * WXT configuration: Chrome/Edge and Firefox, Manifest V3.
 * - Permissions: `storage` only. The content script runs on the two Partner Center hosts and
 *   nowhere else (no <all_urls>, tabs, webRequest, scripting, all_frames).
 * - The manifest's name and description come from locales/<lng>/{common,extension}.json:
 *   `_locales/<folder>/messages.json` is generated here at build time (no hand-kept copy).
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // `npm run release` builds elsewhere (scripts/zip-extension.ts --out), leaving .output alone.
  outDir: process.env.EXTENSION_OUT_DIR || '.output',
  vite: () => ({
    // @preact/preset-vite is typed against the root's newer Vite; WXT bundles its own Vite 7.
    // The plugin only uses hooks both versions share, so the cast is safe.
    plugins: [
      preact({ devToolsEnabled: false, prefreshEnabled: false }) as unknown as NonNullable<
        WxtViteConfig['plugins']
      >[number],
      lighterScriptContext,
      nativeBrowserInPages(),
      overlayChunkCheck(),
    ],
    build: { sourcemap: false },
    // The guide's address for extension/lib/guide-url.ts: SITE_URL, or the local address of
    // development builds (config/site-url.ts; `npm run zip` requires a public one).
    define: { 'import.meta.env.GUIDE_URL': JSON.stringify(siteUrl()) },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    version: pkg.version,
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // Settings an organization presets through policy (lib/settings.ts, docs/extension-policy.md).
    // Chrome and Edge read the schema; Firefox takes the same values from enterprise policies.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    // PNGs rendered from assets/icon.svg by scripts/extension-icons.ts (committed in public/icon).
    icons: iconSet(ICON_SIZES),
    action: { default_title: '__MSG_extActionTitle__', default_icon: iconSet(ACTION_ICON_SIZES) },
    // The keyboard shortcut (lib/messages.ts): opens or closes the entry point on the portal.
    // Alt+Shift+M is free in Chrome, Edge and Firefox; users change it in the browser.
    commands: {
      [TOGGLE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_extCommandToggle__',
      },
    },
    // The overlay's UI chunk and the language packs (one language each), loaded by the content
    // script with import() on the portal only, when the overlay is opened or a panel shows a
    // link; an e-mail pack when the partner writes the e-mail in another language; the storage
    // chunk, when the partner first saves something there.
    web_accessible_resources: [
      {
        resources: [
          UI_CHUNK_PATH.slice(1),
          STORE_CHUNK_PATH.slice(1),
          ...LANGUAGES.flatMap((language) => [
            languagePackPath(language).slice(1),
            emailPackPath(language).slice(1),
          ]),
        ],
        matches: PORTAL_MATCHES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Stable for the add-on's whole life: AMO and users' data are keyed by it (docs/extension.md).
              id: '{49f236bc-8e14-4e7a-bdca-6a051b5049fe}',
              // 140 (142 on Android) is the first to know data_collection_permissions.
              strict_min_version: '140.0',
              // Firefox asks every new add-on to declare what it collects: nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // Preact in a chunk of its own, named `preact` (not after whichever module Rollup meets
    // first), shared by the popup and the options page: the addons-linter baseline
    // (web-ext-lint-baseline.json) names it, and the name stays put when the pages change.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'popup' || e.type === 'options')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) return;
      output.manualChunks = (id: string) =>
        /[\\/]node_modules[\\/]preact[\\/]/.test(id) ? 'preact' : undefined;
    },
    'build:publicAssets': (_wxt, files) => {
      // One language's strings per file (lib/language-pack.ts), loaded by the overlay: only
      // the keys its code can ask for (lib/overlay-strings.ts).
      // Its e-mail texts alone are the e-mail pack of that language (lib/email-loader.ts).
      const packs = overlayPacks();
      for (const language of LANGUAGES) {
        files.push({
          relativeDest: languagePackPath(language).slice(1),
          contents: languagePackModule(packs[language]),
        });
        files.push({
          relativeDest: emailPackPath(language).slice(1),
          contents: languagePackModule({ email: packs[language].email }),
        });
      }
      for (const { folder, messages } of manifestMessages()) {
        files.push({
          relativeDest: `_locales/${folder}/messages.json`,
          contents: `${JSON.stringify(messages, null, 2)}\n`,
        });
      }
    },
  },
  zip: {
    // Store reviewers (AMO) rebuild from sources: the extension needs core/ and locales/ too.
    name: pkg.name,
    sourcesRoot: fileURLToPath(new URL('..', import.meta.url)),
    includeSources: [],
    excludeSources: [
      'site/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      'release/**',
      '.git/**',
      '**/.output/**',
      '**/.wxt/**',
      '**/node_modules/**',
      'docs/images/**',
    ],
  },
  webExt: { disabled: true },
});

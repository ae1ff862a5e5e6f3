import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import preact from '@preact/preset-vite';
import { defineConfig, type WxtViteConfig } from 'wxt';
import { PORTAL_MATCHES } from './lib/portal-matches.ts';
import { manifestMessages } from './lib/manifest-messages.ts';
import { STORE_CHUNK_PATH, UI_CHUNK_PATH } from './lib/ui-loader-path.ts';
import { emailPackPath, languagePackModule, languagePackPath } from './lib/language-pack.ts';
import {
  modulesMissedByWalk,
  overlayPacks,
  partModules,
  PART_ENTRIES,
} from './lib/overlay-strings.ts';
import { OVERLAY_CHUNK_DIR, OVERLAY_PARTS } from './lib/overlay-parts.ts';
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
 * The overlay's language packs hold only the keys each part's modules name (lib/overlay-strings.ts
 * reads them from the modules the UI chunk's entry and each part's module import). Here the
 * build checks that reading against what Rollup really wrote: for each part, the chunks that
 * load with it (the UI chunk, the part's chunk, and what those import) may hold only modules of
 * ours the reading walked for that part; any other would bring keys the part's packs lack, so it
 * fails the build.
 */
function overlayChunkCheck(): VitePlugin {
  return {
    name: 'csp-multichannel-guide:overlay-chunk-check',
    generateBundle(_options, bundle) {
      const base = bundle[UI_CHUNK_PATH.slice(1)];
      if (base?.type !== 'chunk') return;
      const chunks = new Map(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [[file.fileName, file]] : [],
        ),
      );
      /** The chunk and every chunk it imports statically (they load with it). */
      const withImports = (fileName: string, into = new Set<string>()): Set<string> => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const next of chunks.get(fileName)?.imports ?? []) withImports(next, into);
        return into;
      };
      for (const part of OVERLAY_PARTS) {
        const own = [...chunks.values()].find(
          (chunk) =>
            chunk.facadeModuleId && resolvePath(chunk.facadeModuleId) === PART_ENTRIES[part],
        );
        if (!own)
          this.error(
            `The overlay's ${part} part (${PART_ENTRIES[part]}) is no chunk of its own: ui/part-loader.ts must load it with import().`,
          );
        const loaded = withImports(own.fileName, withImports(base.fileName));
        const rendered = [...loaded].flatMap((fileName) =>
          Object.entries(chunks.get(fileName)?.modules ?? {})
            .filter(([, module]) => module.renderedLength > 0)
            .map(([id]) => id),
        );
        const missed = modulesMissedByWalk(rendered, partModules(part));
        if (missed.length)
          this.error(
            `The chunks that load with the overlay's ${part} part hold ${missed.join(', ')}, which extension/lib/overlay-strings.ts did not reach from entrypoints/overlay-ui.ts or the part's module, so the part's language packs may lack its strings. Import it with a static relative import (import '…/module.ts') from the part's modules.`,
          );
      }
      const stray = [...chunks.keys()].filter(
        (fileName) => fileName !== base.fileName && !fileName.startsWith(`${OVERLAY_CHUNK_DIR}/`),
      );
      if (stray.length)
        this.error(
          `The UI chunk's build wrote ${stray.join(', ')} outside ${OVERLAY_CHUNK_DIR}/, which is not web-accessible.`,
        );
    },
  };
}

/**
 * Vite keeps the whitespace of an ES library build (to keep its pure annotations for a later
 * bundler); the UI chunk and its parts are final code loaded into portal pages, so they are
 * minified whole, as WXT's IIFE builds are.
 */
function minifiedModules(): VitePlugin {
  return {
    name: 'csp-multichannel-guide:minified-modules',
    // After Vite's own minification, which prints the whitespace again.
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle))
        if (chunk.type === 'chunk')
          chunk.code = (
            await transform(chunk.code, { minify: true, format: 'esm', charset: 'utf8' })
          ).code;
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
    // The overlay's UI chunk, its parts' chunks (overlay/) and their language packs (one part
    // and one language each), loaded by the content script with import() on the portal only,
    // when the overlay is opened, a panel shows a link or the partner pastes one; an e-mail pack
    // when the partner writes the e-mail in another language; the storage chunk, when the
    // partner first saves something there.
    web_accessible_resources: [
      {
        resources: [
          UI_CHUNK_PATH.slice(1),
          STORE_CHUNK_PATH.slice(1),
          ...LANGUAGES.flatMap((language) => [
            ...OVERLAY_PARTS.map((part) => languagePackPath(part, language).slice(1)),
            emailPackPath(language).slice(1),
          ]),
        ],
        matches: PORTAL_MATCHES,
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
      // The UI chunk's own code and its parts' (overlay/), which it imports by relative URL.
      // Chrome resolves a module's imports against the extension's fixed address, not the
      // dynamic one the content script loaded it from, so these cannot take `use_dynamic_url`:
      // the portal could tell from them that the extension is installed, which it sees anyway
      // (its elements, `<html data-csp-multichannel-guide>`).
      { resources: [`${OVERLAY_CHUNK_DIR}/*.js`], matches: PORTAL_MATCHES },
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
      // The UI chunk as an ES module that loads the overlay's parts (lib/overlay-parts.ts) with
      // import(): Rollup splits them into overlay/<name>.js, sharing the UI chunk's Preact
      // (WXT builds unlisted scripts as one IIFE, which cannot split).
      if (entrypoints.some((e) => e.type === 'unlisted-script' && e.name === 'overlay-ui')) {
        const lib = config.build?.lib;
        const output = config.build?.rollupOptions?.output;
        if (!lib || !output || Array.isArray(output)) return;
        lib.formats = ['es'];
        // Each part's chunk after its module (entry-part.js, link-part.js); what the parts
        // share is shared.js (Rollup numbers a second one), whichever module Rollup meets first.
        output.chunkFileNames = (chunk) =>
          `${OVERLAY_CHUNK_DIR}/${chunk.isDynamicEntry || chunk.name === 'overlay-ui' ? '[name]' : 'shared'}.js`;
        (config.plugins ??= []).push(minifiedModules());
        return;
      }
      if (!entrypoints.some((e) => e.type === 'popup' || e.type === 'options')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) return;
      output.manualChunks = (id: string) =>
        /[\\/]node_modules[\\/]preact[\\/]/.test(id) ? 'preact' : undefined;
    },
    'build:publicAssets': (_wxt, files) => {
      // One part's strings in one language per file (lib/language-pack.ts), loaded with that
      // part of the overlay: only the keys its code can ask for (lib/overlay-strings.ts).
      // The e-mail texts (the link part's) alone are the e-mail pack of that language
      // (lib/email-loader.ts).
      for (const part of OVERLAY_PARTS) {
        const packs = overlayPacks(part);
        for (const language of LANGUAGES)
          files.push({
            relativeDest: languagePackPath(part, language).slice(1),
            contents: languagePackModule(packs[language]),
          });
      }
      for (const language of LANGUAGES)
        files.push({
          relativeDest: emailPackPath(language).slice(1),
          contents: languagePackModule({ email: overlayPacks('link')[language].email }),
        });
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

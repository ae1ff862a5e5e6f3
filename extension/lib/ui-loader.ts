import { browser } from 'wxt/browser';
import type { Language } from '../../core/index.ts';
import type { OverlayUi } from '../ui/overlay-entry.ts';
import { languagePackPath, packOf } from './language-pack.ts';
import { SETTINGS_STORE } from './settings.ts';
import { UI_CHUNK_PATH, UI_GLOBAL } from './ui-loader-path.ts';

/** The extension's own packaged file at `path` (web-accessible on the portal), as a module. */
function importPackaged(path: string): Promise<unknown> {
  return import(/* @vite-ignore */ browser.runtime.getURL(path as '/overlay-ui.js'));
}

let chunk: Promise<OverlayUi> | undefined;
const languages = new Map<Language, Promise<void>>();

/** Loads the UI chunk once per content script; later calls share the same promise. */
function loadChunk(): Promise<OverlayUi> {
  chunk ??= (async () => {
    const existing = (globalThis as Record<string, unknown>)[UI_GLOBAL] as OverlayUi | undefined;
    if (existing) {
      existing.provideSettingsStore(SETTINGS_STORE);
      return existing;
    }
    await importPackaged(UI_CHUNK_PATH);
    const ui = (globalThis as Record<string, unknown>)[UI_GLOBAL] as OverlayUi | undefined;
    if (!ui) throw new Error(`The overlay UI did not load from ${UI_CHUNK_PATH}.`);
    ui.provideSettingsStore(SETTINGS_STORE);
    return ui;
  })();
  chunk.catch(() => {
    chunk = undefined;
  });
  return chunk;
}

/**
 * The overlay UI, able to speak `language`: the UI chunk (once) and that language's strings
 * (once per language, in parallel with the chunk). Another language loads its own pack when
 * the partner switches.
 */
export async function loadOverlayUi(language: Language): Promise<OverlayUi> {
  const ui = loadChunk();
  let strings = languages.get(language);
  if (!strings) {
    strings = Promise.all([ui, importPackaged(languagePackPath(language))]).then(
      ([loaded, module]) => loaded.addLanguagePack(language, packOf(module, language)),
    );
    languages.set(language, strings);
    strings.catch(() => languages.delete(language));
  }
  await strings;
  return ui;
}

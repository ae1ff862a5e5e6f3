import type { Language } from '../../core/index.ts';
import type { OverlayUi } from '../ui/overlay-entry.ts';
import { languagePackPath, packOf } from './language-pack.ts';
import { chunkLoader, importPackaged } from './packaged-module.ts';
import { PORTAL_SETTINGS_STORE } from './store-loader.ts';
import { UI_CHUNK_PATH, UI_GLOBAL } from './ui-loader-path.ts';

const loadUiChunk = chunkLoader<OverlayUi>(UI_CHUNK_PATH, UI_GLOBAL);
const languages = new Map<Language, Promise<void>>();

/**
 * Loads the UI chunk once per content script and lends it the content script's storage and
 * its import of the extension's own files.
 */
async function loadChunk(): Promise<OverlayUi> {
  const ui = await loadUiChunk();
  ui.provideSettingsStore(PORTAL_SETTINGS_STORE);
  ui.provideFileImport(importPackaged);
  return ui;
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

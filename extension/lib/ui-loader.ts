import type { Language } from '../../core/index.ts';
import type { OverlayUi } from '../ui/overlay-entry.ts';
import type { OverlayParts } from '../ui/part-loader.ts';
import { languagePackPath } from './language-pack.ts';
import type { OverlayPart } from './overlay-parts.ts';
import { chunkLoader, importPackaged } from './packaged-module.ts';
import { PORTAL_SETTINGS_STORE } from './store-loader.ts';
import { UI_CHUNK_PATH, UI_GLOBAL } from './ui-loader-path.ts';

const loadUiChunk = chunkLoader<OverlayUi>(UI_CHUNK_PATH, UI_GLOBAL);

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
 * A part of the overlay (lib/overlay-parts.ts), able to speak `language`: the UI chunk (once),
 * the part's code (once) and its strings in that language (once per language). The pack is
 * asked for at once, beside the UI chunk: the part's loader imports the same file, which the
 * browser then has.
 */
export async function loadOverlayPart<P extends OverlayPart>(
  part: P,
  language: Language,
): Promise<{ ui: OverlayUi; part: OverlayParts[P] }> {
  const pack = importPackaged(languagePackPath(part, language));
  // Its failure is the part loader's to report (it imports the same file again).
  pack.catch(() => undefined);
  const ui = await loadChunk();
  return { ui, part: await ui.loadPart(part, language) };
}

import type { Settings } from './settings-schema.ts';
import type { SettingsStore } from './settings-store.ts';
import { chunkLoader } from './packaged-module.ts';
import { STORE_CHUNK_PATH, STORE_GLOBAL } from './ui-loader-path.ts';

/** What the storage chunk (entrypoints/settings-store.ts) gives the content script. */
export interface StorageChunk {
  /** What the UI writes (lib/settings.ts `SETTINGS_STORE`). */
  store: SettingsStore;
  /** Whether the entry point is collapsed (lib/settings.ts `overlayCollapsedItem`). */
  overlayCollapsed: { setValue(collapsed: boolean): Promise<void> };
}

/**
 * The content script reads storage itself (content/stored-state.ts) but writes only when the
 * partner acts: saves settings or answers in the help, types the company name, opens or closes
 * the entry point. Writing goes through WXT's versioned storage items (lib/settings.ts), which
 * come in a chunk of their own, loaded on the first write or read of the company name: a
 * portal page load carries no storage layer. Writes keep their order (each waits for the same
 * load, then runs in the order asked).
 */
const loadStorageChunk = chunkLoader<StorageChunk>(STORE_CHUNK_PATH, STORE_GLOBAL);

/** The UI's storage on the portal (lent to the UI chunk, lib/ui-loader.ts). */
export const PORTAL_SETTINGS_STORE: SettingsStore = {
  saveSettings: async (patch: Partial<Settings>) =>
    (await loadStorageChunk()).store.saveSettings(patch),
  partnerName: {
    getValue: async () => (await loadStorageChunk()).store.partnerName.getValue(),
    setValue: async (name) => (await loadStorageChunk()).store.partnerName.setValue(name),
  },
  ownIdsOffer: {
    setValue: async (answered) => (await loadStorageChunk()).store.ownIdsOffer.setValue(answered),
  },
};

/** Remembers whether the entry point is collapsed (per device). */
export async function saveOverlayCollapsed(collapsed: boolean): Promise<void> {
  await (await loadStorageChunk()).overlayCollapsed.setValue(collapsed);
}

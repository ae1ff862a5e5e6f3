import type { Settings } from './settings.ts';

/**
 * What the extension's UI writes to storage: settings the partner saves, the company name they
 * type for the customer e-mail, and their answer to the offer to save a link's IDs as theirs.
 * The extension's own pages hand the UI the storage itself (`SETTINGS_STORE` in
 * lib/settings.ts); on the portal the content script lends the UI chunk its own, so the chunk
 * carries no second copy of the storage layer.
 */
export interface SettingsStore {
  saveSettings(patch: Partial<Settings>): Promise<Settings>;
  partnerName: { getValue(): Promise<string>; setValue(name: string): Promise<void> };
  ownIdsOffer: { setValue(answered: boolean): Promise<void> };
}

let current: SettingsStore | undefined;

/** Gives the UI its storage (once per page or content script). */
export function provideSettingsStore(store: SettingsStore): void {
  current = store;
}

/** The storage the UI writes to; provided before anything renders. */
export function settingsStore(): SettingsStore {
  if (!current)
    throw new Error(
      'The UI has no settings storage: call provideSettingsStore first (extension pages: ui/extension-page.tsx; portal: lib/ui-loader.ts).',
    );
  return current;
}

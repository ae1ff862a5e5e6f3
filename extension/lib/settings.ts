import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { SettingsStore } from './settings-store.ts';
import {
  DEFAULT_SETTINGS,
  STORED,
  effectiveSettings,
  loadManaged,
  sanitizeSettings,
  validSettings,
  type EffectiveSettings,
  type Settings,
} from './settings-schema.ts';

export * from './settings-schema.ts';

/**
 * Writing the settings and the partner's other answers: WXT's storage items, versioned with
 * `defineItem` (when a shape changes, raise `version` and add a migration; stored values from
 * older versions are migrated on first read). What settings are and how they are read is
 * lib/settings-schema.ts. The extension's pages use this module directly; on the portal the
 * content script loads it (the storage chunk, entrypoints/settings-store.ts) only when the
 * partner saves something, so a portal page load carries no storage layer.
 */

/** Version 1 stored the role only, as `{ role }`, under the same key. */
interface SettingsV1 {
  role?: unknown;
}

/**
 * A storage item defined on first use. Defining one reads storage at once (its migrations, its
 * first value): only a page that uses the item pays for it (the storage chunk on the portal
 * writes one item at a time, when the partner acts).
 */
function lazyItem<T>(define: () => WxtStorageItem<T, Record<string, unknown>>) {
  let item: WxtStorageItem<T, Record<string, unknown>> | undefined;
  return new Proxy({} as WxtStorageItem<T, Record<string, unknown>>, {
    get: (_target, property) => Reflect.get((item ??= define()), property),
  });
}

export const settingsItem = lazyItem(() =>
  storage.defineItem<Settings>(STORED.settings.key, {
    fallback: STORED.settings.fallback,
    version: 3,
    migrations: {
      2: (old: SettingsV1) => sanitizeSettings({ role: old.role }),
      // Version 3 adds the partner's own tenant ID and Partner ID, not set until the partner says.
      3: (old: unknown): Settings => sanitizeSettings(old),
    },
  }),
);

async function effective(stored: unknown): Promise<EffectiveSettings> {
  return effectiveSettings(stored, await loadManaged());
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  return effective(await settingsItem.getValue());
}

export async function loadSettings(): Promise<Settings> {
  return (await loadEffectiveSettings()).settings;
}

/** The write in progress: each save starts once the one before it has written. */
let lastWrite: Promise<unknown> = Promise.resolve();

/**
 * Saves the partner's choice. Managed settings are never written (the organization's value
 * stays in force); invalid values are refused. Call only from trusted user input.
 *
 * Saves run one after another: each reads what the save before it wrote. Two at once (the
 * partner arrowing through a list saves at every step) read the same stored settings and the
 * slower one wrote back the older choice, so the list jumped back and storage could end on a
 * choice the partner had passed.
 */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const write = lastWrite.then(() => writeSettings(patch));
  lastWrite = write.catch(() => undefined);
  return write;
}

async function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  const managed = await loadManaged();
  const stored = sanitizeSettings(await settingsItem.getValue());
  const allowed = Object.fromEntries(
    Object.entries(validSettings(patch)).filter(([key]) => !(key in managed)),
  );
  const next = { ...stored, ...allowed };
  await settingsItem.setValue(next);
  return { ...next, ...managed };
}

export async function resetSettings(): Promise<Settings> {
  await settingsItem.removeValue();
  await overlayCollapsedItem.removeValue();
  await partnerNameItem.removeValue();
  await ownIdsOfferItem.removeValue();
  return { ...DEFAULT_SETTINGS, ...(await loadManaged()) };
}

/**
 * Calls `listener` with the settings in force whenever they change (options page, popup,
 * other tab, a new policy).
 */
export function watchEffectiveSettings(listener: (value: EffectiveSettings) => void): () => void {
  const unwatch = settingsItem.watch((value) => void effective(value).then(listener));
  const onManaged = (_changes: unknown, area: string) => {
    if (area === 'managed') void loadEffectiveSettings().then(listener);
  };
  try {
    browser.storage.onChanged.addListener(onManaged);
  } catch {
    // No storage events here: the user's own changes are still watched above.
  }
  return () => {
    unwatch();
    try {
      browser.storage.onChanged.removeListener(onManaged);
    } catch {
      // The extension is gone, and its listeners with it.
    }
  };
}

/** Calls `listener` with valid settings whenever they change (options page, popup, other tab). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return watchEffectiveSettings((value) => listener(value.settings));
}

/**
 * Whether the entry point on Partner Center pages is collapsed; remembered per device.
 * Collapsed until the partner opens it: a small button on every portal page, never in the way.
 */
export const overlayCollapsedItem = lazyItem(() =>
  storage.defineItem<boolean>(STORED.overlayCollapsed.key, {
    fallback: STORED.overlayCollapsed.fallback,
    version: 1,
  }),
);

/** The partner's display name for the customer e-mail; stays in this browser. */
export const partnerNameItem = lazyItem(() =>
  storage.defineItem<string>(STORED.partnerName.key, {
    fallback: STORED.partnerName.fallback,
    version: 1,
  }),
);

/**
 * Whether the partner answered the offer to save the IDs of the portal's own link as theirs
 * (saved or declined): it is offered once.
 */
export const ownIdsOfferItem = lazyItem(() =>
  storage.defineItem<boolean>(STORED.ownIdsOfferAnswered.key, {
    fallback: STORED.ownIdsOfferAnswered.fallback,
    version: 1,
  }),
);

/** The storage the UI writes to (lib/settings-store.ts), backed by the items above. */
export const SETTINGS_STORE: SettingsStore = {
  saveSettings,
  partnerName: partnerNameItem,
  ownIdsOffer: ownIdsOfferItem,
};

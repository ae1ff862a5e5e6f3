import { browser } from 'wxt/browser';
import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
// Straight from the core's modules, not its barrel: the content script bundles this file.
import { isPartnerId, isTenantId } from '../../core/invitation-link.ts';
import { isLanguage, type Language } from '../../core/languages.ts';
import { isAnswer, type Role } from '../../core/situation.ts';
import type { SettingsStore } from './settings-store.ts';

/**
 * The user's choices, in extension storage (`sync`, so they follow the browser profile), and
 * the values an organization presets through policy (`storage.managed`: Chrome and Edge
 * policy, Firefox enterprise policies; schema in `public/managed-schema.json`, steps in
 * docs/extension-policy.md). A managed value always wins and cannot be changed here.
 * Versioned with WXT's `defineItem`: when the shape changes, raise `version` and add a
 * migration; stored values from older versions are migrated on first read.
 */
export interface Settings {
  /** Your role in the CSP program: decides what the overlay offers and the check's role. */
  role: Role;
  /** Language of the customer e-mail: `auto` = the interface language. */
  emailLanguage: 'auto' | Language;
  /** Interface language: `auto` = the portal's language (URL, then page, then browser). */
  uiLanguage: 'auto' | Language;
  /** Your own partner tenant ID (a GUID, lower case), or '' while not set. */
  tenantId: string;
  /** Your own Partner ID (formerly MPN ID, digits), or '' while not set. */
  partnerId: string;
}

export type SettingKey = keyof Settings;
export const SETTING_KEYS: readonly SettingKey[] = [
  'role',
  'emailLanguage',
  'uiLanguage',
  'tenantId',
  'partnerId',
];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  role: 'direct',
  emailLanguage: 'auto',
  uiLanguage: 'auto',
  tenantId: '',
  partnerId: '',
});

const languageChoice = (value: unknown): 'auto' | Language | undefined =>
  value === 'auto' || isLanguage(value) ? value : undefined;

/** A tenant ID as typed or pasted (spaces, braces, capitals) in its one stored form, or undefined. */
export function cleanTenantId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const id = value
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase();
  return isTenantId(id) ? id : undefined;
}

/** A Partner ID as typed (spaces around it), or undefined when it is not one. */
export function cleanPartnerId(value: unknown): string | undefined {
  const id =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return isPartnerId(id) && id !== '0' ? id : undefined;
}

/** Each setting's reader: the valid value, or undefined for anything else. */
const READERS: { [K in SettingKey]: (value: unknown) => Settings[K] | undefined } = {
  role: (value) => (isAnswer('role', value) ? value : undefined),
  emailLanguage: languageChoice,
  uiLanguage: languageChoice,
  tenantId: (value) => (value === '' ? '' : cleanTenantId(value)),
  partnerId: (value) => (value === '' ? '' : cleanPartnerId(value)),
};

/** The valid values in `value`, and only those (unknown fields and invalid values dropped). */
export function validSettings(value: unknown): Partial<Settings> {
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const valid: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) {
    const read = READERS[key](record[key]);
    if (read !== undefined) valid[key] = read;
  }
  return valid as Partial<Settings>;
}

/**
 * Reads whatever is stored (another version, a hand-edited value, nothing) into valid
 * settings: unknown fields are dropped, invalid values fall back to the default.
 */
export function sanitizeSettings(value: unknown): Settings {
  return { ...DEFAULT_SETTINGS, ...validSettings(value) };
}

/** Version 1 stored the role only, as `{ role }`, under the same key. */
interface SettingsV1 {
  role?: unknown;
}

/**
 * Where each stored value lives (`area:key`, WXT's storage names) and what it is until stored:
 * the items below, and the content script's one read of them (content/stored-state.ts).
 */
export const STORED = {
  settings: { key: 'sync:settings', fallback: DEFAULT_SETTINGS },
  overlayCollapsed: { key: 'local:overlayCollapsed', fallback: true },
  partnerName: { key: 'local:partnerName', fallback: '' },
  ownIdsOfferAnswered: { key: 'local:ownIdsOfferAnswered', fallback: false },
} as const satisfies Record<string, { key: StorageItemKey; fallback: unknown }>;

/**
 * A storage item defined on first use. Defining one reads storage at once (its migrations, its
 * first value), which a content script on a loading portal page does not need: it reads all it
 * shows in one go (content/stored-state.ts) and writes only when the partner acts.
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

/**
 * What the organization set through policy: only valid values count, so a typo in a policy
 * file leaves that setting to the user (and the options page shows it as not managed).
 * Empty where the browser has no managed storage or no policy for the extension.
 */
export async function loadManaged(): Promise<Partial<Settings>> {
  try {
    const managed = await browser.storage.managed.get(null);
    const valid = validSettings(managed);
    // An empty ID from a policy is no preset.
    if (valid.tenantId === '') delete valid.tenantId;
    if (valid.partnerId === '') delete valid.partnerId;
    return valid;
  } catch {
    // No managed storage here (no schema, no policy, or a browser without it).
    return {};
  }
}

/** The settings in force and which of them the organization manages. */
export interface EffectiveSettings {
  settings: Settings;
  managed: ReadonlySet<SettingKey>;
}

/**
 * The settings in force, from what is stored (any version: every earlier shape reads the way
 * its migrations would turn it) and what the organization manages (`loadManaged`).
 */
export function effectiveSettings(stored: unknown, managed: Partial<Settings>): EffectiveSettings {
  return {
    settings: { ...sanitizeSettings(stored), ...managed },
    managed: new Set(Object.keys(managed) as SettingKey[]),
  };
}

async function effective(stored: unknown): Promise<EffectiveSettings> {
  return effectiveSettings(stored, await loadManaged());
}

export async function loadEffectiveSettings(): Promise<EffectiveSettings> {
  return effective(await settingsItem.getValue());
}

export async function loadSettings(): Promise<Settings> {
  return (await loadEffectiveSettings()).settings;
}

/**
 * Saves the partner's choice. Managed settings are never written (the organization's value
 * stays in force); invalid values are refused. Call only from trusted user input.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
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

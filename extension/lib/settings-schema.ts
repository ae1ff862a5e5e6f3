import { browser } from 'wxt/browser';
import type { StorageItemKey } from 'wxt/utils/storage';
// Straight from the core's modules, not its barrel: the content script bundles this file.
import { isPartnerId, isTenantId } from '../../core/invitation-link.ts';
import { isLanguage, type Language } from '../../core/languages.ts';
import { isAnswer, type Role } from '../../core/situation.ts';

/**
 * The user's choices, in extension storage (`sync`, so they follow the browser profile), and
 * the values an organization presets through policy (`storage.managed`: Chrome and Edge
 * policy, Firefox enterprise policies; schema in `public/managed-schema.json`, steps in
 * docs/extension-policy.md). A managed value always wins and cannot be changed here.
 * This module is what settings are, which values are valid, where they are stored and what
 * the organization manages: everything the content script reads. Writing them (WXT's storage
 * items, versioned, with their migrations) is lib/settings.ts, which the content script loads
 * only when the partner saves something (lib/store-loader.ts).
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

/**
 * Where each stored value lives (`area:key`, WXT's storage names) and what it is until stored:
 * the storage items of lib/settings.ts, and the content script's one read of them
 * (content/stored-state.ts).
 */
export const STORED = {
  settings: { key: 'sync:settings', fallback: DEFAULT_SETTINGS },
  overlayCollapsed: { key: 'local:overlayCollapsed', fallback: true },
  partnerName: { key: 'local:partnerName', fallback: '' },
  ownIdsOfferAnswered: { key: 'local:ownIdsOfferAnswered', fallback: false },
  /**
   * The organization's policy as the background last read it from `storage.managed`, its
   * valid values only (lib/policy-copy.ts): the content script reads it with its other local
   * values, one request fewer on every portal page load. Absent until the background first
   * copied it; the content script then asks `storage.managed` itself.
   */
  policy: { key: 'local:policy', fallback: undefined },
} as const satisfies Record<string, { key: StorageItemKey; fallback: unknown }>;

/** Where a stored value lives (`area:key`, `STORED`) as the storage API names it. */
export function storagePlace(item: { key: string }): { area: string; key: string } {
  const colon = item.key.indexOf(':');
  return { area: item.key.slice(0, colon), key: item.key.slice(colon + 1) };
}

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

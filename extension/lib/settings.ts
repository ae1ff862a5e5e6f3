import { storage } from 'wxt/utils/storage';
import { isAnswer, isLanguage, type Language, type Role } from '../../core/index.ts';

/**
 * The user's choices, in extension storage (`sync`, so they follow the browser profile).
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
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  role: 'direct',
  emailLanguage: 'auto',
  uiLanguage: 'auto',
});

const languageChoice = (value: unknown): 'auto' | Language | undefined =>
  value === 'auto' || isLanguage(value) ? value : undefined;

/**
 * Reads whatever is stored (another version, a hand-edited value, nothing) into valid
 * settings: unknown fields are dropped, invalid values fall back to the default.
 */
export function sanitizeSettings(value: unknown): Settings {
  const record =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    role: isAnswer('role', record.role) ? record.role : DEFAULT_SETTINGS.role,
    emailLanguage: languageChoice(record.emailLanguage) ?? DEFAULT_SETTINGS.emailLanguage,
    uiLanguage: languageChoice(record.uiLanguage) ?? DEFAULT_SETTINGS.uiLanguage,
  };
}

/** Version 1 stored the role only, as `{ role }`, under the same key. */
interface SettingsV1 {
  role?: unknown;
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    2: (old: SettingsV1): Settings => sanitizeSettings({ role: old.role }),
  },
});

export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export async function resetSettings(): Promise<Settings> {
  await settingsItem.removeValue();
  await overlayCollapsedItem.removeValue();
  await partnerNameItem.removeValue();
  return { ...DEFAULT_SETTINGS };
}

/** Calls `listener` with valid settings whenever they change (options page, popup, other tab). */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(sanitizeSettings(value)));
}

/**
 * Whether the entry point on Partner Center pages is collapsed; remembered per device.
 * Collapsed until the partner opens it: a small button on every portal page, never in the way.
 */
export const overlayCollapsedItem = storage.defineItem<boolean>('local:overlayCollapsed', {
  fallback: true,
  version: 1,
});

/** The partner's display name for the customer e-mail; stays in this browser. */
export const partnerNameItem = storage.defineItem<string>('local:partnerName', {
  fallback: '',
  version: 1,
});

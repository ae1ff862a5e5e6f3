import { browser, type Browser } from 'wxt/browser';
import {
  STORED,
  effectiveSettings,
  loadManaged,
  storagePlace,
  validSettings,
  type EffectiveSettings,
  type Settings,
} from '../lib/settings-schema.ts';

/** What the content script shows from extension storage. */
export interface StoredState extends EffectiveSettings {
  /** Whether the entry point is collapsed (remembered per device). */
  collapsed: boolean;
  /** Whether the offer to save the IDs of the portal's own link was answered. */
  offerAnswered: boolean;
}

const SETTINGS = storagePlace(STORED.settings);
const COLLAPSED = storagePlace(STORED.overlayCollapsed);
const OFFER = storagePlace(STORED.ownIdsOfferAnswered);
const POLICY = storagePlace(STORED.policy);
const PLACES = [SETTINGS, COLLAPSED, OFFER, POLICY];

const flag = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean' ? value : fallback;

/**
 * Reads what the content script shows from storage, in one request per area (sync, local),
 * and follows it with one `storage.onChanged` listener: `listener` gets the whole state once
 * read and after every change (options page, popup, another tab, a new policy). The
 * organization's policy is the background's copy of it in local storage (lib/policy-copy.ts),
 * read with the other local values; `storage.managed` itself only while there is no copy yet.
 * Writes go through the storage items of lib/settings.ts, which keep their versions. Returns
 * the function that stops listening.
 */
export function watchStoredState(listener: (state: StoredState) => void): () => void {
  let stored: unknown;
  let managed: Partial<Settings> = {};
  let collapsed: boolean = STORED.overlayCollapsed.fallback;
  let offerAnswered: boolean = STORED.ownIdsOfferAnswered.fallback;
  /** Whether the background's copy of the policy was there (else `storage.managed` is asked). */
  let policyCopied = false;
  let read = false;
  const emit = () => {
    if (read) listener({ ...effectiveSettings(stored, managed), collapsed, offerAnswered });
  };
  /** Takes what `values` (one area's keys, read or changed) holds; whether anything was there. */
  const take = (area: string, values: Record<string, unknown>): boolean => {
    const has = (at: { area: string; key: string }) => area === at.area && at.key in values;
    if (has(SETTINGS)) stored = values[SETTINGS.key];
    if (has(COLLAPSED)) collapsed = flag(values[COLLAPSED.key], STORED.overlayCollapsed.fallback);
    if (has(OFFER)) offerAnswered = flag(values[OFFER.key], STORED.ownIdsOfferAnswered.fallback);
    if (has(POLICY) && values[POLICY.key] !== undefined) {
      managed = validSettings(values[POLICY.key]);
      policyCopied = true;
    }
    return has(SETTINGS) || has(COLLAPSED) || has(OFFER) || has(POLICY);
  };

  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const values = Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.newValue]));
    if (area === POLICY.area && POLICY.key in values && values[POLICY.key] === undefined) {
      // The copy is gone (local storage cleared): the policy itself, as before the first copy.
      void loadManaged().then((policy) => {
        managed = policy;
        emit();
      });
    }
    if (take(area, values)) emit();
  };
  browser.storage.onChanged.addListener(onChanged);

  const areas = [...new Set(PLACES.map((at) => at.area))] as ('local' | 'sync')[];
  void Promise.all(
    areas.map(async (area) => {
      const keys = PLACES.filter((at) => at.area === area).map((at) => at.key);
      take(area, await browser.storage[area].get(keys));
    }),
  ).then(async () => {
    // The background has not copied the policy yet (just installed, or not yet run).
    if (!policyCopied) managed = await loadManaged();
    read = true;
    emit();
  });

  return () => browser.storage.onChanged.removeListener(onChanged);
}

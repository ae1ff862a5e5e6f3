import { browser, type Browser } from 'wxt/browser';
import {
  STORED,
  effectiveSettings,
  loadManaged,
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

/** `area:key` (lib/settings.ts `STORED`) as the storage API names them. */
function place(item: { key: string }): { area: string; key: string } {
  const colon = item.key.indexOf(':');
  return { area: item.key.slice(0, colon), key: item.key.slice(colon + 1) };
}

const SETTINGS = place(STORED.settings);
const COLLAPSED = place(STORED.overlayCollapsed);
const OFFER = place(STORED.ownIdsOfferAnswered);
const PLACES = [SETTINGS, COLLAPSED, OFFER];

const flag = (value: unknown, fallback: boolean): boolean =>
  typeof value === 'boolean' ? value : fallback;

/**
 * Reads what the content script shows from storage, in one request per area (sync, local,
 * managed), and follows it with one `storage.onChanged` listener: `listener` gets the whole
 * state once read and after every change (options page, popup, another tab, a new policy).
 * Writes go through the storage items of lib/settings.ts, which keep their versions. Returns
 * the function that stops listening.
 */
export function watchStoredState(listener: (state: StoredState) => void): () => void {
  let stored: unknown;
  let managed: Partial<Settings> = {};
  let collapsed: boolean = STORED.overlayCollapsed.fallback;
  let offerAnswered: boolean = STORED.ownIdsOfferAnswered.fallback;
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
    return has(SETTINGS) || has(COLLAPSED) || has(OFFER);
  };

  const onChanged = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    if (area === 'managed') {
      void loadManaged().then((value) => {
        managed = value;
        emit();
      });
    } else if (
      take(area, Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.newValue])))
    ) {
      emit();
    }
  };
  browser.storage.onChanged.addListener(onChanged);

  const areas = [...new Set(PLACES.map((at) => at.area))] as ('local' | 'sync')[];
  void Promise.all([
    loadManaged(),
    ...areas.map(async (area) => {
      const keys = PLACES.filter((at) => at.area === area).map((at) => at.key);
      take(area, await browser.storage[area].get(keys));
    }),
  ]).then(([policy]) => {
    managed = policy;
    read = true;
    emit();
  });

  return () => browser.storage.onChanged.removeListener(onChanged);
}

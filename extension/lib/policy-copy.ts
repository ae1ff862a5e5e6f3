import { browser } from 'wxt/browser';
import { STORED, loadManaged, storagePlace } from './settings-schema.ts';

const { key: KEY } = storagePlace(STORED.policy);

/**
 * Copies the policy's valid values (`loadManaged`) to where the content script reads them
 * (`STORED.policy`, local storage), writing only when they changed: every open portal tab is
 * told of a write (`storage.onChanged`) and takes the new values at once.
 */
export async function copyPolicy(): Promise<void> {
  const policy = await loadManaged();
  const { [KEY]: copied } = await browser.storage.local.get(KEY);
  if (JSON.stringify(copied) !== JSON.stringify(policy))
    await browser.storage.local.set({ [KEY]: policy });
}

/**
 * Keeps the content script's copy of the policy current, from the background: whenever the
 * background starts (the browser's start, the extension's install or update, any event that
 * wakes it) and whenever the organization changes the policy. A page that loads at the
 * browser's start before the background ran reads the copy of the last session, and takes a
 * changed policy a moment later, when the copy is written. Page scripts cannot write the
 * extension's storage.
 */
export function keepPolicyCopy(): void {
  const copy = () => void copyPolicy().catch(() => undefined);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') copy();
  });
  // Listeners, so that the browser starts the background then.
  browser.runtime.onStartup.addListener(copy);
  browser.runtime.onInstalled.addListener(copy);
  copy();
}

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  overlayCollapsedItem,
  ownIdsOfferItem,
  saveSettings,
} from '../lib/settings.ts';
import { copyPolicy, keepPolicyCopy } from '../lib/policy-copy.ts';
import { watchStoredState, type StoredState } from './stored-state.ts';

const TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/** Starts watching; `until(test)` waits for a state the listener got that passes `test`. */
function watching() {
  const seen: StoredState[] = [];
  let wake: (() => void) | undefined;
  const unwatch = watchStoredState((state) => {
    seen.push(state);
    wake?.();
  });
  const until = async (test: (state: StoredState) => boolean): Promise<StoredState> => {
    for (;;) {
      const latest = seen[seen.length - 1];
      if (latest && test(latest)) return latest;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  return { seen, until, read: () => until(() => true), unwatch };
}

describe('what the content script reads from storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults when nothing is stored: collapsed, offer not answered', async () => {
    const { read, unwatch } = watching();
    const state = await read();
    unwatch();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.managed.size).toBe(0);
    expect(state.collapsed).toBe(true);
    expect(state.offerAnswered).toBe(false);
  });

  it('reads what the items wrote, and an older settings version the way its migrations would', async () => {
    await overlayCollapsedItem.setValue(false);
    await ownIdsOfferItem.setValue(true);
    // Version 1 stored the role only.
    await fakeBrowser.storage.sync.set({ settings: { role: 'indirect-reseller' } });
    const { read, unwatch } = watching();
    const state = await read();
    unwatch();
    expect(state.settings).toEqual({ ...DEFAULT_SETTINGS, role: 'indirect-reseller' });
    expect(state.collapsed).toBe(false);
    expect(state.offerAnswered).toBe(true);
  });

  it('follows changes from other pages and a new policy, the policy winning', async () => {
    // The background, which copies the policy for the content script.
    keepPolicyCopy();
    const { read, until, unwatch } = watching();
    await read();
    await saveSettings({ tenantId: TENANT, uiLanguage: 'de' });
    await until(
      (state) => state.settings.tenantId === TENANT && state.settings.uiLanguage === 'de',
    );
    await overlayCollapsedItem.setValue(false);
    await until((state) => !state.collapsed);
    await fakeBrowser.storage.managed.set({ uiLanguage: 'zh' });
    const managed = await until((state) => state.managed.size > 0);
    unwatch();
    expect(managed.settings).toMatchObject({ tenantId: TENANT, uiLanguage: 'zh' });
    expect([...managed.managed]).toEqual(['uiLanguage']);
  });

  it("reads the background's copy of the policy, not the policy itself; without a copy, the policy", async () => {
    await fakeBrowser.storage.managed.set({ role: 'indirect-reseller', tenantId: TENANT });
    const asked = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const before = watching();
    const uncopied = await before.read();
    before.unwatch();
    expect(asked).toHaveBeenCalledTimes(1);
    expect(uncopied.settings).toMatchObject({ role: 'indirect-reseller', tenantId: TENANT });

    await copyPolicy();
    asked.mockClear();
    const after = watching();
    const copied = await after.read();
    after.unwatch();
    expect(asked).not.toHaveBeenCalled();
    expect(copied.settings).toEqual(uncopied.settings);
    expect([...copied.managed].sort()).toEqual(['role', 'tenantId']);
  });

  it('a policy that names no valid value manages nothing, copied or not', async () => {
    await fakeBrowser.storage.managed.set({ role: 'admin', tenantId: '' });
    await copyPolicy();
    const { read, unwatch } = watching();
    const state = await read();
    unwatch();
    expect(state.managed.size).toBe(0);
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('stops listening when asked', async () => {
    const { seen, read, unwatch } = watching();
    await read();
    unwatch();
    await overlayCollapsedItem.setValue(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(1);
  });
});

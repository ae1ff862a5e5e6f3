import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { copyPolicy, keepPolicyCopy } from './policy-copy.ts';

const TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const copied = async () => (await fakeBrowser.storage.local.get('policy')).policy;

describe("the content script's copy of the organization's policy", () => {
  beforeEach(() => fakeBrowser.reset());

  it('holds only the valid values, and is written only when they changed', async () => {
    await fakeBrowser.storage.managed.set({ role: 'indirect-provider', uiLanguage: 'fr' });
    await copyPolicy();
    expect(await copied()).toEqual({ role: 'indirect-provider' });
    const written = vi.spyOn(fakeBrowser.storage.local, 'set');
    await copyPolicy();
    expect(written).not.toHaveBeenCalled();
  });

  it('is an empty policy where there is none, so that the content script does not ask again', async () => {
    await copyPolicy();
    expect(await copied()).toEqual({});
  });

  it('follows a new policy, and is made again at the browser’s start', async () => {
    keepPolicyCopy();
    await vi.waitFor(async () => expect(await copied()).toEqual({}));
    await fakeBrowser.storage.managed.set({ tenantId: TENANT });
    await vi.waitFor(async () => expect(await copied()).toEqual({ tenantId: TENANT }));
    await fakeBrowser.storage.local.remove('policy');
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await copied()).toEqual({ tenantId: TENANT }));
  });
});

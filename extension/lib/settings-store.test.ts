import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_STORE, loadSettings, partnerNameItem } from './settings.ts';
import { provideSettingsStore, settingsStore } from './settings-store.ts';

describe('the storage the UI writes to', () => {
  it('is missing until provided, with a message saying where it comes from', () => {
    expect(() => settingsStore()).toThrow(/no settings storage: call provideSettingsStore first/);
  });

  it('once provided, writes the settings and the company name to the extension’s storage', async () => {
    fakeBrowser.reset();
    provideSettingsStore(SETTINGS_STORE);
    await settingsStore().saveSettings({ tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301' });
    expect((await loadSettings()).tenantId).toBe('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
    await settingsStore().partnerName.setValue('Contoso');
    expect(await partnerNameItem.getValue()).toBe('Contoso');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  overlayCollapsedItem,
  partnerNameItem,
  resetSettings,
  sanitizeSettings,
  saveSettings,
  settingsItem,
  watchSettings,
} from './settings.ts';

describe('settings in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with direct partner, e-mail and interface language following Partner Center', async () => {
    expect(await loadSettings()).toEqual({
      role: 'direct',
      emailLanguage: 'auto',
      uiLanguage: 'auto',
    });
  });

  it('saves a choice and keeps the others', async () => {
    await saveSettings({ role: 'indirect-reseller' });
    await saveSettings({ emailLanguage: 'zh' });
    expect(await loadSettings()).toEqual({
      role: 'indirect-reseller',
      emailLanguage: 'zh',
      uiLanguage: 'auto',
    });
    // Stored in sync storage, so the choice follows the browser profile.
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({
      settings: { role: 'indirect-reseller', emailLanguage: 'zh', uiLanguage: 'auto' },
    });
  });

  it('never hands out invalid values, whatever is stored', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { role: 'admin', emailLanguage: 'fr', uiLanguage: 'zh-TW', extra: 1 },
      settings$: { v: 2 },
    });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ role: 'indirect-provider', uiLanguage: 'de' })).toEqual({
      role: 'indirect-provider',
      emailLanguage: 'auto',
      uiLanguage: 'de',
    });
  });

  it('migrates version 1 (role only) to the current shape', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { role: 'indirect-provider' },
      settings$: { v: 1 },
    });
    await settingsItem.migrate();
    expect(await settingsItem.getValue()).toEqual({
      role: 'indirect-provider',
      emailLanguage: 'auto',
      uiLanguage: 'auto',
    });
  });

  it('reset brings back the defaults and forgets the collapsed state and partner name', async () => {
    await saveSettings({ role: 'indirect-reseller', uiLanguage: 'de' });
    await overlayCollapsedItem.setValue(false);
    await partnerNameItem.setValue('Contoso Partner');
    expect(await resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await overlayCollapsedItem.getValue()).toBe(true);
    expect(await partnerNameItem.getValue()).toBe('');
  });

  it('tells open pages when the settings change (options page → overlay)', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.role));
    await saveSettings({ role: 'indirect-provider' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    await saveSettings({ role: 'direct' });
    expect(seen).toEqual(['indirect-provider']);
  });

  it('starts collapsed and remembers when the partner opens the entry point', async () => {
    expect(await overlayCollapsedItem.getValue()).toBe(true);
    await overlayCollapsedItem.setValue(false);
    expect(await fakeBrowser.storage.local.get('overlayCollapsed')).toEqual({
      overlayCollapsed: false,
    });
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadEffectiveSettings,
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
      tenantId: '',
      partnerId: '',
    });
  });

  it('saves a choice and keeps the others', async () => {
    await saveSettings({ role: 'indirect-reseller' });
    await saveSettings({ emailLanguage: 'zh' });
    expect(await loadSettings()).toEqual({
      role: 'indirect-reseller',
      emailLanguage: 'zh',
      uiLanguage: 'auto',
      tenantId: '',
      partnerId: '',
    });
    // Stored in sync storage, so the choice follows the browser profile.
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({
      settings: {
        role: 'indirect-reseller',
        emailLanguage: 'zh',
        uiLanguage: 'auto',
        tenantId: '',
        partnerId: '',
      },
    });
  });

  it('saves made at once (arrowing through a list) end on the last choice and lose no other', async () => {
    const saves = [
      saveSettings({ uiLanguage: 'de' }),
      saveSettings({ role: 'indirect-provider' }),
      saveSettings({ uiLanguage: 'en' }),
      saveSettings({ uiLanguage: 'zh' }),
      saveSettings({ emailLanguage: 'de' }),
    ];
    const results = await Promise.all(saves);
    expect(results.map((r) => r.uiLanguage)).toEqual(['de', 'de', 'en', 'zh', 'zh']);
    expect(await loadSettings()).toMatchObject({
      uiLanguage: 'zh',
      role: 'indirect-provider',
      emailLanguage: 'de',
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
      tenantId: '',
      partnerId: '',
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
      tenantId: '',
      partnerId: '',
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

  it("keeps the partner's own tenant ID and Partner ID in one form, and refuses what they are not", async () => {
    await saveSettings({
      tenantId: ' {3F2504E0-4F89-41D3-9A0C-0305E82C3301} ',
      partnerId: ' 4847383 ',
    });
    expect(await loadSettings()).toMatchObject({
      tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      partnerId: '4847383',
    });
    await saveSettings({ tenantId: 'contoso.onmicrosoft.com', partnerId: 'abc' });
    expect(await loadSettings()).toMatchObject({
      tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      partnerId: '4847383',
    });
  });
});

describe('settings an organization presets through policy (storage.managed)', () => {
  beforeEach(() => fakeBrowser.reset());
  const POLICY = {
    role: 'indirect-provider',
    tenantId: '3F2504E0-4F89-41D3-9A0C-0305E82C3301',
    partnerId: '4847383',
    emailLanguage: 'de',
    uiLanguage: 'zh',
  };

  it('managed values win over what the user saved, and are reported as managed', async () => {
    await saveSettings({ role: 'direct', emailLanguage: 'en', tenantId: '' });
    await fakeBrowser.storage.managed.set(POLICY);
    const { settings, managed } = await loadEffectiveSettings();
    expect(settings).toEqual({
      role: 'indirect-provider',
      tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
      partnerId: '4847383',
      emailLanguage: 'de',
      uiLanguage: 'zh',
    });
    expect([...managed].sort()).toEqual([
      'emailLanguage',
      'partnerId',
      'role',
      'tenantId',
      'uiLanguage',
    ]);
  });

  it('a managed value cannot be changed or reset by the user; the others can', async () => {
    await fakeBrowser.storage.managed.set({ role: 'indirect-reseller' });
    expect((await saveSettings({ role: 'direct', uiLanguage: 'de' })).role).toBe(
      'indirect-reseller',
    );
    expect(await loadSettings()).toMatchObject({ role: 'indirect-reseller', uiLanguage: 'de' });
    expect((await resetSettings()).role).toBe('indirect-reseller');
  });

  it('an invalid policy value is no preset: the user keeps that setting', async () => {
    await fakeBrowser.storage.managed.set({ role: 'admin', tenantId: 'nope', uiLanguage: 'fr' });
    await saveSettings({ role: 'indirect-provider' });
    const { settings, managed } = await loadEffectiveSettings();
    expect(settings.role).toBe('indirect-provider');
    expect(managed.size).toBe(0);
  });

  it('tells open pages when a policy changes', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.role));
    await fakeBrowser.storage.managed.set({ role: 'indirect-reseller' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    expect(seen).toContain('indirect-reseller');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderInDom } from '../../ui/invitation/test-dom.ts';
import { loadSettings, saveSettings } from '../lib/settings.ts';
import { Options } from './OptionsPage.tsx';

/**
 * The options page with settings an organization presets (storage.managed): shown with their
 * value, marked "Set by your organization" and locked; the others stay the user's.
 */
let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());
beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no commands API: the page asks it for the keyboard shortcut.
  (fakeBrowser as unknown as { commands: unknown }).commands = {
    getAll: async () => [{ name: 'toggle-guide', shortcut: 'Alt+Shift+M' }],
  };
});

const TENANT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/**
 * A boolean state Preact set as a property or an attribute (linkedom reflects only some, and
 * keeps an attribute's camel case).
 */
const isSet = (element: Element, attribute: string, property: string) =>
  element.hasAttribute(attribute) ||
  element.hasAttribute(property) ||
  (element as unknown as Record<string, unknown>)[property] === true;

describe('options page with managed settings', () => {
  it('shows managed values as set by the organization and locked; the others stay editable', async () => {
    await saveSettings({ role: 'direct', uiLanguage: 'en' });
    await fakeBrowser.storage.managed.set({ role: 'indirect-provider', tenantId: TENANT });
    const dom = renderInDom(<Options />);
    cleanup = dom.cleanup;
    const note = await vi.waitFor(() => {
      const found = dom.container.querySelector('[data-managed-note]');
      if (!found) throw new Error('not rendered yet');
      return found;
    });
    expect(note.textContent).toContain('Your organization sets');
    const role = dom.container.querySelector<HTMLFieldSetElement>('[data-setting="role"]')!;
    expect(isSet(role, 'disabled', 'disabled')).toBe(true);
    expect(role.querySelector('[data-managed]')!.textContent).toBe('Set by your organization');
    const tenant = dom.container.querySelector<HTMLInputElement>('#tenantId')!;
    expect(tenant.value).toBe(TENANT);
    expect(isSet(tenant, 'readonly', 'readOnly')).toBe(true);
    const partner = dom.container.querySelector<HTMLInputElement>('#partnerId')!;
    expect(isSet(partner, 'readonly', 'readOnly')).toBe(false);
    expect(isSet(dom.container.querySelector('#ui-language')!, 'disabled', 'disabled')).toBe(false);
    // What the user saved stays under the organization's value.
    expect((await loadSettings()).role).toBe('indirect-provider');
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOGGLE_COMMAND } from './command.ts';
import { handleCommand, handleMessage, isMessage, sendMessage } from './messages.ts';

describe('messages between overlay and background', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('"open-options" from the overlay opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => handleMessage(message));
    await sendMessage({ type: 'open-options' });
    expect(open).toHaveBeenCalledOnce();
  });

  it('ignores anything else', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    for (const message of [
      undefined,
      null,
      'open-options',
      { type: 'open-tab' },
      { kind: 'open-options' },
    ]) {
      expect(isMessage(message)).toBe(false);
      expect(await handleMessage(message)).toBeUndefined();
    }
    expect(open).not.toHaveBeenCalled();
  });

  it('the keyboard shortcut toggles the entry point in the portal tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 } as never]);
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const popup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    await handleCommand(TOGGLE_COMMAND);
    expect(send).toHaveBeenCalledWith(7, { type: 'toggle-guide' });
    expect(popup).not.toHaveBeenCalled();
  });

  it('on a tab without the content script (not Partner Center) it opens the popup', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 8 } as never]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    const popup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    await handleCommand(TOGGLE_COMMAND);
    expect(popup).toHaveBeenCalledOnce();
    await handleCommand('something-else');
    expect(popup).toHaveBeenCalledOnce();
  });
});

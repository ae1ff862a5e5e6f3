import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, isMessage, sendMessage } from './messages.ts';

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
});

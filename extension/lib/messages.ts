import { browser } from 'wxt/browser';
import { TOGGLE_COMMAND } from './command.ts';

/**
 * Messages between the extension's parts. Content scripts cannot open the options page
 * themselves, so they ask the background to (`open-options`); the background passes the
 * keyboard shortcut (the `commands` API) to the portal tab's content script (`toggle-guide`).
 */
export type Message = { type: 'open-options' } | { type: 'toggle-guide' };

export function isMessage(value: unknown): value is Message {
  const type = typeof value === 'object' && value !== null && (value as { type?: unknown }).type;
  return type === 'open-options' || type === 'toggle-guide';
}

export async function sendMessage(message: Message): Promise<void> {
  await browser.runtime.sendMessage(message);
}

/** The background's answer to a message; unknown messages are ignored (undefined). */
export async function handleMessage(message: unknown): Promise<{ ok: true } | undefined> {
  if (!isMessage(message)) return undefined;
  switch (message.type) {
    case 'open-options':
      await browser.runtime.openOptionsPage();
      return { ok: true };
    case 'toggle-guide':
      // Meant for the content script in the portal tab, not for the background.
      return undefined;
  }
}

/**
 * The keyboard shortcut: on a Partner Center tab the content script opens or closes the entry
 * point; on any other tab the toolbar popup opens (the same check, without the page).
 */
export async function handleCommand(command: string): Promise<void> {
  if (command !== TOGGLE_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  try {
    if (tab?.id === undefined) throw new Error('no active tab');
    await browser.tabs.sendMessage(tab.id, { type: 'toggle-guide' } satisfies Message);
  } catch {
    // No content script in that tab (not Partner Center): the popup is the way in.
    await browser.action.openPopup().catch(() => undefined);
  }
}

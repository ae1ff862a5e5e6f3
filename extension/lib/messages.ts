import { browser } from 'wxt/browser';

/**
 * Messages between the extension's pages and its background script. Content scripts cannot
 * open the options page themselves, so they ask the background to.
 */
export type Message = { type: 'open-options' };

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'open-options'
  );
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
  }
}

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { LIFETIME_PORT } from '../lib/lifetime.ts';
import { handleCommand, handleMessage } from '../lib/messages.ts';
import { keepPolicyCopy } from '../lib/policy-copy.ts';

/**
 * Answers the overlay's request to open the options page, passes the keyboard shortcut to
 * the portal tab, keeps the content script's copy of the organization's policy current
 * (lib/policy-copy.ts), and holds the content scripts' lifetime ports open (lib/lifetime.ts: when
 * the extension is reloaded or updated, they disconnect and the old content script removes
 * its overlay). No network.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => handleMessage(message));
  browser.commands.onCommand.addListener((command) => void handleCommand(command));
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== LIFETIME_PORT) port.disconnect();
  });
  keepPolicyCopy();
});

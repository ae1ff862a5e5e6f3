/** The keyboard shortcut's command name (manifest `commands`, wxt.config.ts; lib/messages.ts). */
export const TOGGLE_COMMAND = 'toggle-guide';

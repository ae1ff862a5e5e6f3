/**
 * Environment that keeps the project's tools from calling home during build and test.
 * Checked tool by tool (docs/engineering.md "Telemetry"):
 * - Astro sends anonymous usage data on every build unless ASTRO_TELEMETRY_DISABLED is set.
 * - web-ext (its CLI) and npm look for newer versions of themselves on the npm registry
 *   (update-notifier); NO_UPDATE_NOTIFIER and npm_config_update_notifier turn that off.
 * WXT, Pagefind, Vite, Vitest, Playwright, ESLint, Prettier and tsc send nothing; Chromium's
 * background requests are off through CHROMIUM_ARGS (test/e2e/environment.ts).
 */
export const NO_TELEMETRY: Readonly<Record<string, string>> = {
  ASTRO_TELEMETRY_DISABLED: '1',
  NO_UPDATE_NOTIFIER: '1',
  npm_config_update_notifier: 'false',
};

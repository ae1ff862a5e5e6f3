/**
 * The extension's icon sizes. scripts/extension-icons.ts renders extension/assets/icon.svg to
 * public/icon/<size>.png at each; WXT lists those files in the manifest's `icons`, and
 * wxt.config.ts gives the toolbar button the small ones (`action.default_icon`).
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
/** Toolbar sizes: 16 and 32 px (1x and 2x displays), 48 for Firefox's menu panel. */
export const ACTION_ICON_SIZES = [16, 32, 48] as const;

export const iconPath = (size: number): string => `icon/${size}.png`;

export function iconSet(sizes: readonly number[]): Record<string, string> {
  return Object.fromEntries(sizes.map((size) => [String(size), iconPath(size)]));
}

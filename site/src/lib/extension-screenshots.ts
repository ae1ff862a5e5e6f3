import type { Language } from '../../../core/languages.ts';
import { formatList } from '../../../locales/text.ts';

/**
 * The extension's pictures on the site's extension page, one of each per language, taken by
 * `scripts/extension-screenshot.ts` with the imitation portal and the extension in that
 * language and kept as `docs/images/extension/<picture>-<language>.png` (README shows the
 * English ones):
 * - `overlay`: the multichannel check opened on a customer's page, with a verdict;
 * - `panel-help`: the extension's help inside the "Request a reseller relationship" panel.
 */
export const EXTENSION_SCREENSHOTS = ['overlay', 'panel-help'] as const;

export type ExtensionScreenshot = (typeof EXTENSION_SCREENSHOTS)[number];

/** What each picture shows, in words: the locale key of its alt text. */
export const SCREENSHOT_ALT = {
  overlay: 'site:extensionPage.shotCheck',
  'panel-help': 'site:extensionPage.shotPanel',
} as const satisfies Record<ExtensionScreenshot, string>;

/** A picture as the build writes it: its address and size. */
export interface Screenshot {
  src: string;
  width: number;
  height: number;
}

/** The pictures' folder, from the repository's root. */
export const SCREENSHOT_FOLDER = 'docs/images/extension';

/** The file name of a picture in one language, e.g. `overlay-de.png`. */
export function screenshotFile(picture: ExtensionScreenshot, lang: Language): string {
  return `${picture}-${lang}.png`;
}

/**
 * The pictures of `lang` among the files found in the folder (their paths, in any form that
 * ends with the file name, mapped to what the caller keeps for each). Throws, naming the
 * missing files and the command that takes them, when one is not there.
 */
export function screenshotsFor<T>(
  found: Record<string, T>,
  lang: Language,
): Record<ExtensionScreenshot, T> {
  const byName = new Map(Object.entries(found).map(([path, value]) => [baseName(path), value]));
  const missing = EXTENSION_SCREENSHOTS.filter((p) => !byName.has(screenshotFile(p, lang)));
  if (missing.length > 0) {
    const files = missing.map((p) => `${SCREENSHOT_FOLDER}/${screenshotFile(p, lang)}`);
    // A message for whoever builds the site: in English.
    const there = formatList('en', [...byName.keys()]) || 'none';
    throw new Error(
      `The extension page in "${lang}" lacks its pictures ${formatList('en', files)} (pictures there: ${there}). Take them with \`npx tsx scripts/extension-screenshot.ts\` after \`npm run build:extension\`.`,
    );
  }
  return Object.fromEntries(
    EXTENSION_SCREENSHOTS.map((p) => [p, byName.get(screenshotFile(p, lang))!]),
  ) as Record<ExtensionScreenshot, T>;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { Language } from '../../../core/languages.ts';
import {
  EXTENSION_SCREENSHOTS,
  screenshotsFor,
  type ExtensionScreenshot,
  type Screenshot,
} from './extension-screenshots.ts';

/**
 * Every language's pictures as the build imports them (lib/extension-screenshots.ts says which
 * there are); a page takes only its own language's, so only those reach its HTML.
 */
const FOUND = import.meta.glob<ImageMetadata>('../../../docs/images/extension/*.png', {
  eager: true,
  import: 'default',
});

/** The pictures of `lang` as the build writes them: WebP, about half the size of the PNGs. */
export async function extensionScreenshots(
  lang: Language,
): Promise<Record<ExtensionScreenshot, Screenshot>> {
  const own = screenshotsFor(FOUND, lang);
  const written = await Promise.all(
    EXTENSION_SCREENSHOTS.map(async (picture) => {
      const image = await getImage({ src: own[picture], format: 'webp', quality: 'high' });
      const { width, height } = image.attributes as { width: number; height: number };
      return [picture, { src: image.src, width, height }] as const;
    }),
  );
  return Object.fromEntries(written) as Record<ExtensionScreenshot, Screenshot>;
}

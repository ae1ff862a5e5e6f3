import type { Language } from '../../core/index.ts';
import { fileImport } from '../lib/file-import.ts';
import { loadOnce } from '../lib/load-once.ts';
import { addLanguagePack } from '../lib/i18n.ts';
import { languagePackPath, packOf } from '../lib/language-pack.ts';
import type { OverlayPart } from '../lib/overlay-parts.ts';
import type { EntryPart } from './entry-part.ts';
import type { LinkPart } from './link-part.ts';

/** What each part of the overlay gives (lib/overlay-parts.ts). */
export interface OverlayParts {
  entry: EntryPart;
  link: LinkPart;
}

/**
 * Each part's code. Rollup makes a chunk of each (`overlay/…`, wxt.config.ts), loaded with
 * `import()` relative to the UI chunk, so the parts share its one Preact and translator; the
 * build reads each part's strings from the modules these import (lib/overlay-strings.ts).
 */
const CODE: { [P in OverlayPart]: () => Promise<OverlayParts[P]> } = {
  entry: () => import('./entry-part.ts').then((module) => module.entryPart),
  link: () => import('./link-part.ts').then((module) => module.linkPart),
};

const code = new Map<OverlayPart, Promise<unknown>>();
const strings = new Map<string, Promise<void>>();
const loaded = new Map<OverlayPart, unknown>();
const speaks = new Set<string>();

/**
 * A part of the overlay, able to speak `language`: its code (once) and its strings in that
 * language (once per language, in parallel with the code). On the portal the strings come
 * through the content script's import of the extension's files (`/strings/<part>-<language>.js`);
 * the extension's own pages and the tests, which add every language's whole strings, lend no
 * import and load the code only.
 */
export async function loadPart<P extends OverlayPart>(
  part: P,
  language: Language,
): Promise<OverlayParts[P]> {
  const load = fileImport();
  const [module] = await Promise.all([
    loadOnce(code as Map<string, Promise<unknown>>, part, CODE[part]) as Promise<OverlayParts[P]>,
    load &&
      loadOnce(strings, `${part}|${language}`, async () => {
        addLanguagePack(
          language,
          packOf(await load(languagePackPath(part, language)), part, language),
        );
      }),
  ]);
  loaded.set(part, module);
  if (load) speaks.add(`${part}|${language}`);
  return module;
}

/**
 * The part, if its code is loaded and it can speak `language` (its strings are loaded, or
 * every language's are at hand: the extension's own pages); undefined otherwise.
 */
export function loadedPart<P extends OverlayPart>(
  part: P,
  language: Language,
): OverlayParts[P] | undefined {
  const module = loaded.get(part) as OverlayParts[P] | undefined;
  return module && (!fileImport() || speaks.has(`${part}|${language}`)) ? module : undefined;
}

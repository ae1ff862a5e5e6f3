import type { Language } from '../../core/index.ts';
import type { OverlayPart } from './overlay-parts.ts';

/**
 * A language pack: the strings of one language that one part of the overlay shows
 * (lib/overlay-parts.ts), built into `/strings/<part>-<language>.js` (wxt.config.ts) and loaded
 * with that part's code, so a portal page carries only the partner's language, and of its
 * namespaces only the keys the part's code can ask for (lib/overlay-strings.ts). The extension's own pages take whole namespaces
 * (lib/language-packs.ts). The customer e-mail's texts (`email`) come in the partner's
 * language; the partner may write the e-mail in another, whose texts alone are an e-mail pack
 * (`/strings/email-<language>.js`), loaded when the partner chooses it (lib/email-loader.ts).
 */
export const PACK_NAMESPACES = [
  'extension',
  'common',
  'rules',
  'link',
  'sources',
  'changes',
  'troubleshoot',
  'email',
] as const;

export type PackNamespace = (typeof PACK_NAMESPACES)[number];

export type LanguagePack = Record<PackNamespace, object>;

/** Where a part's pack of a language lies in the extension (listed in web_accessible_resources). */
export const languagePackPath = (
  part: OverlayPart,
  language: Language,
): `/strings/${OverlayPart}-${Language}.js` => `/strings/${part}-${language}.js`;

/** Where a language's e-mail pack lies (listed in web_accessible_resources). */
export const emailPackPath = (language: Language): `/strings/email-${Language}.js` =>
  `/strings/email-${language}.js`;

/** The e-mail pack of a language: its `email` namespace alone. */
export type EmailPack = Pick<LanguagePack, 'email'>;

/** The file's text: an ES module whose default export is the pack. */
export function languagePackModule(pack: LanguagePack | EmailPack): string {
  // JSON.parse of one string literal: parsed faster than an object literal, and never code.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(pack))});\n`;
}

/** A loaded module's default export, checked for `namespaces`: a clear error names what is missing. */
function checkedPack<P>(
  module: unknown,
  namespaces: readonly string[],
  what: string,
  path: string,
): P {
  const pack = (module as { default?: unknown } | undefined)?.default;
  const missing = namespaces.filter(
    (ns) => typeof (pack as Record<string, unknown> | undefined)?.[ns] !== 'object',
  );
  if (missing.length)
    throw new Error(
      namespaces.length === 1
        ? `The ${what} (${path}) lack the namespace ${namespaces[0]}.`
        : `The ${what} (${path}) lack the namespaces ${missing.join(', ')}; a pack holds ${namespaces.join(', ')}.`,
    );
  return pack as P;
}

/** The pack a loaded module holds, checked: a clear error names what is missing. */
export const packOf = (module: unknown, part: OverlayPart, language: Language): LanguagePack =>
  checkedPack(
    module,
    PACK_NAMESPACES,
    `${language} strings of the overlay's ${part} part`,
    languagePackPath(part, language),
  );

/** The e-mail pack a loaded module holds, checked like `packOf`. */
export const emailPackOf = (module: unknown, language: Language): EmailPack =>
  checkedPack(module, ['email'], `${language} e-mail texts`, emailPackPath(language));

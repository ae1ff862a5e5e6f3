import type { Language } from '../../core/index.ts';

/**
 * A language pack: the strings of one language that the overlay shows, built into
 * `/strings/<language>.js` (wxt.config.ts) and loaded with the UI chunk, so a portal page
 * carries only the partner's language, and of its namespaces only the keys the overlay's code
 * can ask for (lib/overlay-strings.ts). The extension's own pages take whole namespaces
 * (lib/language-packs.ts). The customer e-mail's own texts (`email`) are not in
 * a pack: the partner can write the e-mail in any of the three languages, so the UI chunk
 * keeps them for all three (lib/i18n.ts).
 */
export const PACK_NAMESPACES = [
  'extension',
  'common',
  'rules',
  'link',
  'sources',
  'changes',
  'troubleshoot',
] as const;

export type PackNamespace = (typeof PACK_NAMESPACES)[number];

export type LanguagePack = Record<PackNamespace, object>;

/** Where a language's pack lies in the extension (listed in web_accessible_resources). */
export const languagePackPath = (language: Language): `/strings/${Language}.js` =>
  `/strings/${language}.js`;

/** The file's text: an ES module whose default export is the pack. */
export function languagePackModule(pack: LanguagePack): string {
  // JSON.parse of one string literal: parsed faster than an object literal, and never code.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(pack))});\n`;
}

/** The pack a loaded module holds, checked: a clear error names what is missing. */
export function packOf(module: unknown, language: Language): LanguagePack {
  const pack = (module as { default?: unknown } | undefined)?.default;
  const missing = PACK_NAMESPACES.filter(
    (ns) => typeof (pack as Record<string, unknown> | undefined)?.[ns] !== 'object',
  );
  if (missing.length)
    throw new Error(
      `The ${language} strings (${languagePackPath(language)}) lack the namespaces ${missing.join(', ')}; a pack holds ${PACK_NAMESPACES.join(', ')}.`,
    );
  return pack as LanguagePack;
}

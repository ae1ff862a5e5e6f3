import { languageFromTag, DEFAULT_LANGUAGE, type Language } from '../../core/languages.ts';
import type { Settings } from './settings-schema.ts';

/**
 * The interface language: a fixed choice from the options wins; otherwise the portal's
 * language from the URL's locale segment (`/de-de/...`), then `<html lang>`, then the
 * browser's languages, then English.
 */
export function interfaceLanguage(input: {
  choice: Settings['uiLanguage'];
  urlLocale?: string | undefined;
  htmlLang?: string | null | undefined;
  browserLanguages?: readonly string[] | undefined;
}): Language {
  if (input.choice !== 'auto') return input.choice;
  const fromPage = languageFromTag(input.urlLocale) ?? languageFromTag(input.htmlLang);
  if (fromPage) return fromPage;
  for (const tag of input.browserLanguages ?? []) {
    const language = languageFromTag(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** The e-mail language a setting means, given the interface language. */
export function emailLanguage(choice: Settings['emailLanguage'], ui: Language): Language {
  return choice === 'auto' ? ui : choice;
}

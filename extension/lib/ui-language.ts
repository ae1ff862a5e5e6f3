import type { Language } from '../../core/index.ts';
import { interfaceLanguage } from './language.ts';
import type { Settings } from './settings-schema.ts';

/** The language of the popup and options page: the choice in the options, else the browser's. */
export function extensionPageLanguage(settings: Settings): Language {
  return interfaceLanguage({ choice: settings.uiLanguage, browserLanguages: navigator.languages });
}

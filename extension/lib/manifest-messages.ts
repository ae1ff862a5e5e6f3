import { LANGUAGES, type Language } from '../../core/languages.ts';
import { resources } from '../../locales/resources.ts';

/**
 * The manifest's `_locales/<folder>/messages.json`, generated at build time from the shared
 * locale files (see wxt.config.ts), one folder for each of the product's languages.
 */
type MessageKey =
  'extName' | 'extShortName' | 'extDescription' | 'extActionTitle' | 'extCommandToggle';

/**
 * The browsers' folder name for each language: Chrome and Firefox name Simplified Chinese
 * `zh_CN`. A language added to LANGUAGES needs its folder here (the type says so).
 */
export const MANIFEST_FOLDERS: Readonly<Record<Language, string>> = {
  de: 'de',
  en: 'en',
  zh: 'zh_CN',
};

export function manifestMessages(): {
  folder: string;
  language: Language;
  messages: Record<MessageKey, { message: string; description: string }>;
}[] {
  return LANGUAGES.map((language) => {
    const { extension: ext, common } = resources[language];
    return {
      folder: MANIFEST_FOLDERS[language],
      language,
      messages: {
        extName: {
          message: common.product.name,
          description: 'Extension name (common:product.name).',
        },
        extShortName: {
          message: ext.manifest.shortName,
          description: 'Short name (extension:manifest.shortName).',
        },
        extDescription: {
          message: ext.manifest.description,
          description:
            'Store and browser description (extension:manifest.description), at most 132 characters.',
        },
        extActionTitle: {
          message: ext.manifest.actionTitle,
          description: 'Tooltip of the toolbar button (extension:manifest.actionTitle).',
        },
        extCommandToggle: {
          message: ext.commands.toggle,
          description:
            "The keyboard shortcut, in the browser's shortcut settings (extension:commands.toggle).",
        },
      },
    };
  });
}

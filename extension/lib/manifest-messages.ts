import de from '../../locales/de/extension.json' with { type: 'json' };
import en from '../../locales/en/extension.json' with { type: 'json' };
import zh from '../../locales/zh/extension.json' with { type: 'json' };
import deCommon from '../../locales/de/common.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import zhCommon from '../../locales/zh/common.json' with { type: 'json' };

/**
 * The manifest's `_locales/<folder>/messages.json`, generated at build time from the shared
 * locale files (see wxt.config.ts). Chrome and Firefox name Simplified Chinese `zh_CN`.
 */
type MessageKey =
  'extName' | 'extShortName' | 'extDescription' | 'extActionTitle' | 'extCommandToggle';

export function manifestMessages(): {
  folder: string;
  messages: Record<MessageKey, { message: string; description: string }>;
}[] {
  const sets = [
    { folder: 'de', ext: de, common: deCommon },
    { folder: 'en', ext: en, common: enCommon },
    { folder: 'zh_CN', ext: zh, common: zhCommon },
  ];
  return sets.map(({ folder, ext, common }) => ({
    folder,
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
  }));
}

import type { Language } from '../../core/index.ts';
import deChanges from '../../locales/de/changes.json' with { type: 'json' };
import deCommon from '../../locales/de/common.json' with { type: 'json' };
import deEmail from '../../locales/de/email.json' with { type: 'json' };
import deExtension from '../../locales/de/extension.json' with { type: 'json' };
import deLink from '../../locales/de/link.json' with { type: 'json' };
import deRules from '../../locales/de/rules.json' with { type: 'json' };
import deSources from '../../locales/de/sources.json' with { type: 'json' };
import deTroubleshoot from '../../locales/de/troubleshoot.json' with { type: 'json' };
import enChanges from '../../locales/en/changes.json' with { type: 'json' };
import enCommon from '../../locales/en/common.json' with { type: 'json' };
import enEmail from '../../locales/en/email.json' with { type: 'json' };
import enExtension from '../../locales/en/extension.json' with { type: 'json' };
import enLink from '../../locales/en/link.json' with { type: 'json' };
import enRules from '../../locales/en/rules.json' with { type: 'json' };
import enSources from '../../locales/en/sources.json' with { type: 'json' };
import enTroubleshoot from '../../locales/en/troubleshoot.json' with { type: 'json' };
import zhChanges from '../../locales/zh/changes.json' with { type: 'json' };
import zhCommon from '../../locales/zh/common.json' with { type: 'json' };
import zhEmail from '../../locales/zh/email.json' with { type: 'json' };
import zhExtension from '../../locales/zh/extension.json' with { type: 'json' };
import zhLink from '../../locales/zh/link.json' with { type: 'json' };
import zhRules from '../../locales/zh/rules.json' with { type: 'json' };
import zhSources from '../../locales/zh/sources.json' with { type: 'json' };
import zhTroubleshoot from '../../locales/zh/troubleshoot.json' with { type: 'json' };
import type { LanguagePack } from './language-pack.ts';

/**
 * The language packs of all three languages, every string of each namespace, bundled: the
 * popup and the options page, which are the extension's own pages and not on the portal, take
 * them all at once. The build writes them into `/strings/<part>-<language>.js` trimmed to the
 * keys each part of the overlay can ask for (lib/overlay-strings.ts, wxt.config.ts).
 */
export const LANGUAGE_PACKS: Record<Language, LanguagePack> = {
  de: {
    extension: deExtension,
    common: deCommon,
    rules: deRules,
    link: deLink,
    sources: deSources,
    changes: deChanges,
    troubleshoot: deTroubleshoot,
    email: deEmail,
  },
  en: {
    extension: enExtension,
    common: enCommon,
    rules: enRules,
    link: enLink,
    sources: enSources,
    changes: enChanges,
    troubleshoot: enTroubleshoot,
    email: enEmail,
  },
  zh: {
    extension: zhExtension,
    common: zhCommon,
    rules: zhRules,
    link: zhLink,
    sources: zhSources,
    changes: zhChanges,
    troubleshoot: zhTroubleshoot,
    email: zhEmail,
  },
};

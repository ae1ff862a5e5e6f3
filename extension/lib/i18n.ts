import type { Language } from '../../core/index.ts';
import deChanges from '../../locales/de/changes.json';
import deCommon from '../../locales/de/common.json';
import deEmail from '../../locales/de/email.json';
import deExtension from '../../locales/de/extension.json';
import deLink from '../../locales/de/link.json';
import deRules from '../../locales/de/rules.json';
import deSources from '../../locales/de/sources.json';
import deTroubleshoot from '../../locales/de/troubleshoot.json';
import enChanges from '../../locales/en/changes.json';
import enCommon from '../../locales/en/common.json';
import enEmail from '../../locales/en/email.json';
import enExtension from '../../locales/en/extension.json';
import enLink from '../../locales/en/link.json';
import enRules from '../../locales/en/rules.json';
import enSources from '../../locales/en/sources.json';
import enTroubleshoot from '../../locales/en/troubleshoot.json';
import zhChanges from '../../locales/zh/changes.json';
import zhCommon from '../../locales/zh/common.json';
import zhEmail from '../../locales/zh/email.json';
import zhExtension from '../../locales/zh/extension.json';
import zhLink from '../../locales/zh/link.json';
import zhRules from '../../locales/zh/rules.json';
import zhSources from '../../locales/zh/sources.json';
import zhTroubleshoot from '../../locales/zh/troubleshoot.json';

import { createTranslator, type Translate } from '../../locales/translator.ts';

export type { Translate };

/**
 * The extension's translator: the product's one translator (locales/translator.ts) over only
 * the namespaces the extension shows, so the other dictionaries stay out of its bundle. Keys
 * are type-checked against the English files through locales/i18next.d.ts.
 */
export const EXTENSION_NAMESPACES = [
  'extension',
  'common',
  'rules',
  'link',
  'email',
  'sources',
  'changes',
  'troubleshoot',
] as const;

const DICTIONARIES = {
  de: {
    common: deCommon,
    extension: deExtension,
    link: deLink,
    email: deEmail,
    rules: deRules,
    sources: deSources,
    changes: deChanges,
    troubleshoot: deTroubleshoot,
  },
  en: {
    common: enCommon,
    extension: enExtension,
    link: enLink,
    email: enEmail,
    rules: enRules,
    sources: enSources,
    changes: enChanges,
    troubleshoot: enTroubleshoot,
  },
  zh: {
    common: zhCommon,
    extension: zhExtension,
    link: zhLink,
    email: zhEmail,
    rules: zhRules,
    sources: zhSources,
    changes: zhChanges,
    troubleshoot: zhTroubleshoot,
  },
};

const cache = new Map<Language, Translate>();

/** The translator of one language, keys written `ns:key`. */
export function translator(language: Language): Translate {
  let t = cache.get(language);
  if (!t) cache.set(language, (t = createTranslator(language, DICTIONARIES[language])));
  return t;
}

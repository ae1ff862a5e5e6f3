import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../core/index.ts';
import deChanges from '../../locales/de/changes.json';
import deCommon from '../../locales/de/common.json';
import deExtension from '../../locales/de/extension.json';
import deLink from '../../locales/de/link.json';
import deRules from '../../locales/de/rules.json';
import deSources from '../../locales/de/sources.json';
import deTroubleshoot from '../../locales/de/troubleshoot.json';
import enChanges from '../../locales/en/changes.json';
import enCommon from '../../locales/en/common.json';
import enExtension from '../../locales/en/extension.json';
import enLink from '../../locales/en/link.json';
import enRules from '../../locales/en/rules.json';
import enSources from '../../locales/en/sources.json';
import enTroubleshoot from '../../locales/en/troubleshoot.json';
import zhChanges from '../../locales/zh/changes.json';
import zhCommon from '../../locales/zh/common.json';
import zhExtension from '../../locales/zh/extension.json';
import zhLink from '../../locales/zh/link.json';
import zhRules from '../../locales/zh/rules.json';
import zhSources from '../../locales/zh/sources.json';
import zhTroubleshoot from '../../locales/zh/troubleshoot.json';

/**
 * i18next for the extension's UI, with only the namespaces it shows (the e-mail texts come
 * through the core's `composeInvitationEmail`). Keys are type-checked against the English
 * files through locales/i18next.d.ts.
 */
export const EXTENSION_NAMESPACES = [
  'extension',
  'common',
  'rules',
  'link',
  'sources',
  'changes',
  'troubleshoot',
] as const;

const instance = i18next.createInstance();
void instance.init({
  resources: {
    de: {
      common: deCommon,
      extension: deExtension,
      link: deLink,
      rules: deRules,
      sources: deSources,
      changes: deChanges,
      troubleshoot: deTroubleshoot,
    },
    en: {
      common: enCommon,
      extension: enExtension,
      link: enLink,
      rules: enRules,
      sources: enSources,
      changes: enChanges,
      troubleshoot: enTroubleshoot,
    },
    zh: {
      common: zhCommon,
      extension: zhExtension,
      link: zhLink,
      rules: zhRules,
      sources: zhSources,
      changes: zhChanges,
      troubleshoot: zhTroubleshoot,
    },
  },
  lng: 'en',
  fallbackLng: false,
  ns: [...EXTENSION_NAMESPACES],
  defaultNS: 'common',
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = TFunction<typeof EXTENSION_NAMESPACES>;

/** The `t` function of one language, keys written `ns:key`. */
export function translator(language: Language): Translate {
  return instance.getFixedT(language, [...EXTENSION_NAMESPACES]);
}

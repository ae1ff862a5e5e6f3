import i18next, { type i18n, type TFunction } from 'i18next';
import type { Language } from '../core/languages.ts';
import { NAMESPACES, resources } from './resources.ts';

/**
 * A ready i18next instance for one language, with every namespace loaded synchronously.
 * Used at build time by the site and at run time by the extension.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** Every namespace, so keys are written `ns:key` and checked by the compiler. */
export type Translate = TFunction<typeof NAMESPACES>;

/** The `t` function of one language; `t('rules:status.multichannel.title')`. */
export function translator(language: Language): Translate {
  return createI18n(language).getFixedT(language, NAMESPACES);
}

/**
 * The product's languages. One tag per language, used everywhere: locale folders, URL
 * prefixes, i18next, `<html lang>` and `hreflang`. `zh` means Simplified Chinese.
 */
export const LANGUAGES = ['de', 'en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * The product language for a BCP 47 tag such as `de-DE`, `zh-CN`, `zh-Hans` or `en-us`;
 * undefined when none fits. Traditional Chinese (`zh-TW`, `zh-HK`, `zh-Hant`) gets none:
 * we have no Traditional Chinese text and do not pretend Simplified is it.
 */
export function languageFromTag(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().toLowerCase().replace(/_/g, '-').split('-');
  const [primary] = parts;
  if (primary === 'zh') {
    const traditional = parts.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo');
    return traditional ? undefined : 'zh';
  }
  return isLanguage(primary) ? primary : undefined;
}

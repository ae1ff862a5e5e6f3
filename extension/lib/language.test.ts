import { describe, expect, it } from 'vitest';
import { emailLanguage, interfaceLanguage } from './language.ts';

describe('interface language', () => {
  it('follows the portal: the URL first, then <html lang>, then the browser, then English', () => {
    expect(interfaceLanguage({ choice: 'auto', urlLocale: 'de-de', htmlLang: 'zh-CN' })).toBe('de');
    expect(interfaceLanguage({ choice: 'auto', htmlLang: 'zh-CN', browserLanguages: ['de'] })).toBe(
      'zh',
    );
    expect(
      interfaceLanguage({
        choice: 'auto',
        urlLocale: 'fr-fr',
        htmlLang: 'fr',
        browserLanguages: ['fr', 'de-AT'],
      }),
    ).toBe('de');
    expect(interfaceLanguage({ choice: 'auto', htmlLang: 'zh-TW', browserLanguages: ['ja'] })).toBe(
      'en',
    );
  });

  it('a fixed choice in the options wins', () => {
    expect(interfaceLanguage({ choice: 'zh', urlLocale: 'de-de', htmlLang: 'de' })).toBe('zh');
  });

  it('the e-mail language follows the interface unless fixed', () => {
    expect(emailLanguage('auto', 'de')).toBe('de');
    expect(emailLanguage('en', 'de')).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../core/index.ts';
import zhEmail from '../../locales/zh/email.json' with { type: 'json' };
import { addEmailPack, addLanguagePack, emailTranslator, translator } from './i18n.ts';
import { LANGUAGE_PACKS } from './language-packs.ts';
import {
  PACK_NAMESPACES,
  emailPackOf,
  emailPackPath,
  languagePackModule,
  languagePackPath,
  packOf,
} from './language-pack.ts';

/** What `import()` of a built pack gives: the module's default export. */
async function importModule(text: string): Promise<unknown> {
  return import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`);
}

describe('language packs: one language per file', () => {
  it('a built pack is a module whose default export is that language’s strings', async () => {
    for (const language of LANGUAGES) {
      const pack = packOf(
        await importModule(languagePackModule(LANGUAGE_PACKS[language])),
        'entry',
        language,
      );
      expect(Object.keys(pack).sort()).toEqual([...PACK_NAMESPACES].sort());
      expect(pack).toEqual(LANGUAGE_PACKS[language]);
      expect(languagePackPath('entry', language)).toBe(`/strings/entry-${language}.js`);
      expect(languagePackPath('link', language)).toBe(`/strings/link-${language}.js`);
    }
  });

  it('a pack without its namespaces is refused with a message naming them', () => {
    expect(() => packOf({ default: { extension: {} } }, 'link', 'zh')).toThrow(
      /zh strings of the overlay's link part \(\/strings\/link-zh\.js\) lack the namespaces common, rules, link, sources, changes, troubleshoot, email/,
    );
    expect(() => packOf(undefined, 'entry', 'de')).toThrow(/lack the namespaces extension/);
  });

  it('an e-mail pack is that language’s e-mail texts alone, refused without them', async () => {
    const module = await importModule(languagePackModule({ email: zhEmail }));
    expect(emailPackOf(module, 'zh')).toEqual({ email: zhEmail });
    expect(emailPackPath('zh')).toBe('/strings/email-zh.js');
    expect(() => emailPackOf({ default: { link: {} } }, 'zh')).toThrow(
      /The zh e-mail texts \(\/strings\/email-zh\.js\) lack the namespace email/,
    );
  });

  it('speaks a language only once its pack is added; the e-mail texts once they are loaded', () => {
    expect(() => translator('de')).toThrow(/The de strings are not loaded/);
    expect(emailTranslator('zh')).toBeUndefined();
    // The partner may write the e-mail in another language than the one they read.
    addEmailPack('zh', { email: zhEmail });
    expect(emailTranslator('zh')?.('email:greeting')).toBe(zhEmail.greeting);
    expect(() => emailTranslator('zh')?.('extension:title')).toThrow(/namespace "extension"/);
    expect(() => translator('zh')).toThrow(/The zh strings are not loaded/);
    addLanguagePack('de', LANGUAGE_PACKS.de);
    expect(translator('de')('extension:title')).toBe(
      (LANGUAGE_PACKS.de.extension as { title: string }).title,
    );
    expect(translator('de')('email:greeting').length).toBeGreaterThan(0);
    // A language's pack brings its e-mail texts.
    expect(emailTranslator('de')?.('email:greeting')).toBe(translator('de')('email:greeting'));
  });

  it('the packs of a language add up, and a translator made before speaks what a later one brings', () => {
    const en = LANGUAGE_PACKS.en as unknown as Record<string, Record<string, unknown>>;
    const part = (ns: string, key: string) =>
      ({
        ...Object.fromEntries(PACK_NAMESPACES.map((n) => [n, {}])),
        [ns]: { [key]: en[ns]![key] },
      }) as unknown as typeof LANGUAGE_PACKS.en;
    addLanguagePack('en', part('extension', 'title'));
    const t = translator('en');
    expect(t('extension:title')).toBe(en.extension!.title);
    // The first pack held no e-mail texts: none are at hand yet.
    expect(emailTranslator('en')).toBeUndefined();
    expect(() => t('email:greeting')).toThrow(/No en text for "email:greeting"/);
    addLanguagePack('en', part('email', 'greeting'));
    expect(t('email:greeting')).toBe(en.email!.greeting);
    expect(t('extension:title')).toBe(en.extension!.title);
    expect(emailTranslator('en')?.('email:greeting')).toBe(en.email!.greeting);
    // What was added is not changed by what is added later.
    expect(part('extension', 'title').email).toEqual({});
  });
});

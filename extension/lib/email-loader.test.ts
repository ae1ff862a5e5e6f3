import { afterEach, describe, expect, it, vi } from 'vitest';
import deEmail from '../../locales/de/email.json' with { type: 'json' };
import { emailTemplates } from '../../locales/email.ts';
import { createTranslator } from '../../locales/translator.ts';
import { loadEmailTemplates } from './email-loader.ts';
import { provideFileImport } from './file-import.ts';
import { addLanguagePack } from './i18n.ts';
import { LANGUAGE_PACKS } from './language-packs.ts';

const imported = vi.fn<(path: string) => Promise<unknown>>();

afterEach(() => imported.mockReset());

describe('the e-mail texts of another language, loaded when the partner chooses it', () => {
  it('without the content script’s import, another language is refused in words', async () => {
    await expect(loadEmailTemplates('de')).rejects.toThrow(
      'The de e-mail texts are not loaded, and nothing here can load them.',
    );
    provideFileImport(imported);
  });

  it('the partner’s own language is at hand with its pack: nothing is loaded', async () => {
    addLanguagePack('en', LANGUAGE_PACKS.en);
    const texts = await loadEmailTemplates('en');
    expect(texts.greeting).toBe(LANGUAGE_PACKS.en.email['greeting' as never]);
    expect(imported).not.toHaveBeenCalled();
  });

  it('another language loads its e-mail pack once; a failed load is tried again', async () => {
    imported.mockRejectedValueOnce(new Error('network'));
    await expect(loadEmailTemplates('de')).rejects.toThrow('network');
    imported.mockResolvedValue({ default: { email: deEmail } });
    const [first, second] = await Promise.all([loadEmailTemplates('de'), loadEmailTemplates('de')]);
    expect(first).toEqual(emailTemplates(createTranslator('de', { email: deEmail })));
    expect(second).toEqual(first);
    expect(imported.mock.calls).toEqual([['/strings/email-de.js'], ['/strings/email-de.js']]);
    // Loaded once: the next call needs no file.
    await loadEmailTemplates('de');
    expect(imported).toHaveBeenCalledTimes(2);
  });

  it('a file without the e-mail texts is refused in words', async () => {
    imported.mockResolvedValue({ default: { link: {} } });
    await expect(loadEmailTemplates('zh')).rejects.toThrow(
      'The zh e-mail texts (/strings/email-zh.js) lack the namespace email.',
    );
  });
});

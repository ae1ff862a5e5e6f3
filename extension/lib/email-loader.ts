import type { Language } from '../../core/index.ts';
import type { EmailTemplates } from '../../core/invitation-email.ts';
import { emailTemplates } from '../../locales/email.ts';
import { fileImport } from './file-import.ts';
import { addEmailPack, emailTranslator } from './i18n.ts';
import { loadOnce } from './load-once.ts';
import { emailPackOf, emailPackPath } from './language-pack.ts';

const loading = new Map<string, Promise<EmailTemplates>>();

/**
 * The customer e-mail's texts in `language`: at hand when that language's pack is loaded,
 * else its e-mail pack (`/strings/email-<language>.js`) is loaded once; a failed load is tried
 * again on the next call. The composer calls it when the partner chooses that language.
 */
export function loadEmailTemplates(language: Language): Promise<EmailTemplates> {
  const ready = emailTranslator(language);
  if (ready) return Promise.resolve(emailTemplates(ready));
  const load = fileImport();
  if (!load)
    return Promise.reject(
      new Error(`The ${language} e-mail texts are not loaded, and nothing here can load them.`),
    );
  return loadOnce(loading, language, () =>
    load(emailPackPath(language)).then((module) => {
      addEmailPack(language, emailPackOf(module, language));
      const t = emailTranslator(language);
      if (!t) throw new Error(`The ${language} e-mail texts did not load.`);
      return emailTemplates(t);
    }),
  );
}

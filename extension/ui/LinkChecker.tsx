import type { Language, OwnIds } from '../../core/index.ts';
import type { Translate } from '../lib/i18n.ts';
import { LinkPaste } from './LinkPaste.tsx';

/**
 * "Check an invitation link" in the popup and the entry point: the paste-a-link checker under
 * its heading. The partner checks here any link the portal does not show as its own.
 */
export function LinkChecker({
  t,
  language,
  emailLanguage,
  idPrefix,
  own,
}: {
  t: Translate;
  language: Language;
  emailLanguage: Language;
  idPrefix: string;
  own: OwnIds;
}) {
  return (
    <section class="link-checker" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t('extension:linkCheck.title')}</h2>
      <LinkPaste
        language={language}
        emailLanguage={emailLanguage}
        idPrefix={idPrefix}
        own={own}
        label={t('extension:linkCheck.label')}
        hint={t('extension:linkCheck.hint')}
      />
    </section>
  );
}

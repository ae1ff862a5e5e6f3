import { useMemo, useState } from 'preact/hooks';
import { parseInvitationLink, type Language } from '../../core/index.ts';
import type { Translate } from '../lib/i18n.ts';
import { troubleshootLinkFor } from '../lib/troubleshoot-url.ts';
import { EmailComposer } from './EmailComposer.tsx';
import { LinkSummary } from './LinkSummary.tsx';

/**
 * The popup's paste-a-link checker, on any tab: paste an invitation or GDAP link as it came
 * (inside a sentence, from HTML mail, wrapped by Safe Links), read what it is, and get the
 * customer e-mail. Same shared components as the overlay and the site. "Customer can't
 * accept?" opens the guide's troubleshooting tree for the link's kind and cloud; a broken
 * link says which cause it points to (`troubleshootLinkFor`).
 */
export function LinkChecker({
  t,
  language,
  emailLanguage,
  idPrefix,
}: {
  t: Translate;
  language: Language;
  emailLanguage: Language;
  idPrefix: string;
}) {
  const [pasted, setPasted] = useState('');
  const result = useMemo(() => (pasted.trim() ? parseInvitationLink(pasted) : undefined), [pasted]);
  const help = useMemo(
    () => troubleshootLinkFor(language, pasted, result ?? parseInvitationLink('')),
    [language, pasted, result],
  );
  return (
    <section class="link-checker" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t('extension:linkCheck.title')}</h2>
      <div class="field">
        <label for={`${idPrefix}-paste`}>{t('extension:linkCheck.label')}</label>
        <p class="hint" id={`${idPrefix}-hint`}>
          {t('extension:linkCheck.hint')}
        </p>
        <textarea
          id={`${idPrefix}-paste`}
          rows={3}
          spellcheck={false}
          aria-describedby={`${idPrefix}-hint`}
          value={pasted}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
      </div>
      {result && <LinkSummary t={t} language={language} result={result} />}
      {help.cause && (
        <div class="notice notice--warn" data-link-cause={help.cause}>
          <p>
            {t('troubleshoot:link.pointsTo', {
              cause: t(`troubleshoot:cause.${help.cause}.title`),
            })}
          </p>
          {help.alterations.map((alteration) => (
            <p key={alteration} data-link-alteration={alteration}>
              {t(`troubleshoot:alteration.${alteration}`)}
            </p>
          ))}
        </div>
      )}
      <p class="troubleshoot-link">
        <a href={help.href} target="_blank" rel="noopener noreferrer" data-troubleshoot-link>
          {t('troubleshoot:link.offer')}
        </a>
      </p>
      {result?.ok && (
        <EmailComposer
          t={t}
          link={result.link}
          defaultLanguage={emailLanguage}
          idPrefix={`${idPrefix}-email`}
        />
      )}
    </section>
  );
}

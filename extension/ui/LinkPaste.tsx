import { useMemo, useState } from 'preact/hooks';
import { parseInvitationLink, type Language, type OwnIds } from '../../core/index.ts';
import type { Translate } from '../lib/i18n.ts';
import { readLink } from '../lib/link-reading.ts';
import { troubleshootLinkFor } from '../lib/troubleshoot-url.ts';
import { EmailComposer } from './EmailComposer.tsx';
import { LinkSummary } from './LinkSummary.tsx';

export interface LinkPasteProps {
  t: Translate;
  language: Language;
  emailLanguage: Language;
  /** Prefix for element ids, unique in the document. */
  idPrefix: string;
  /** The partner's own IDs: every pasted link says whether it is theirs. */
  own: OwnIds;
  label: string;
  hint?: string | undefined;
}

/**
 * The one paste-a-link checker (popup, entry point, indirect resellers): any text as it came
 * (inside a sentence, from HTML mail, wrapped by Safe Links) goes through the same reading as
 * the portal's own field (lib/link-reading.ts): what it is or what is wrong, whose link it is,
 * and the customer e-mail, never for someone else's link.
 */
export function LinkPaste({
  t,
  language,
  emailLanguage,
  idPrefix,
  own,
  label,
  hint,
}: LinkPasteProps) {
  const [pasted, setPasted] = useState('');
  const reading = useMemo(
    () => (pasted.trim() ? readLink(pasted, own) : undefined),
    [pasted, own.tenantId, own.partnerId],
  );
  // "Customer can't accept?": the troubleshooting step for the link's kind and cloud; a broken
  // link names the cause it points to.
  const help = useMemo(
    () => troubleshootLinkFor(language, pasted, reading?.result ?? parseInvitationLink('')),
    [language, pasted, reading],
  );
  const link = reading?.result.ok && reading.owner !== 'other' ? reading.result.link : undefined;
  return (
    <div class="link-paste" data-link-paste>
      <div class="field">
        <label for={`${idPrefix}-paste`}>{label}</label>
        {hint && (
          <p class="hint" id={`${idPrefix}-hint`}>
            {hint}
          </p>
        )}
        <textarea
          id={`${idPrefix}-paste`}
          rows={3}
          spellcheck={false}
          aria-describedby={hint ? `${idPrefix}-hint` : undefined}
          value={pasted}
          onInput={(event) => setPasted(event.currentTarget.value)}
        />
      </div>
      {reading && <LinkSummary t={t} language={language} reading={reading} />}
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
      {link && (
        <EmailComposer
          t={t}
          link={link}
          defaultLanguage={emailLanguage}
          idPrefix={`${idPrefix}-email`}
        />
      )}
    </div>
  );
}

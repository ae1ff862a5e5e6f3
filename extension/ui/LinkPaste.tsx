import { useMemo, useState } from 'preact/hooks';
import type { Language, OwnIds } from '../../core/index.ts';
import type { Translate } from '../lib/i18n.ts';
import { readLink } from '../lib/link-reading.ts';
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

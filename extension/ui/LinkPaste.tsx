import { useMemo } from 'preact/hooks';
import type { Language, OwnIds } from '../../core/index.ts';
import { LinkPaste as SharedLinkPaste } from '../../ui/invitation/LinkPaste.tsx';
import { LinkPasteResult } from '../../ui/invitation/LinkPasteResult.tsx';
import { invitationStrings, troubleshootPointerStrings } from '../../ui/invitation/strings.ts';
import { GUIDE_URL } from '../lib/guide-url.ts';
import { loadEmailTemplates } from '../lib/email-loader.ts';
import { emailTranslator, type Translate } from '../lib/i18n.ts';
import { usePartnerName } from './EmailComposer.tsx';
import { extensionOwnerStrings } from './owner-strings.ts';

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
 * The paste-a-link checker the site shows too (ui/invitation/LinkPaste.tsx), in the popup, the
 * entry point and the indirect resellers' help: read as the partner types, against the
 * partner's own IDs from the options, with the extension's words for a link whose owner
 * cannot be told yet and the company name remembered in this browser.
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
  const strings = useMemo(
    () => ({
      invitation: invitationStrings(t, emailTranslator, loadEmailTemplates),
      paste: {
        label,
        hint,
        owner: extensionOwnerStrings(t),
        troubleshoot: troubleshootPointerStrings(t),
      },
    }),
    [t, label, hint],
  );
  const name = usePartnerName();
  return (
    <SharedLinkPaste
      idPrefix={idPrefix}
      Result={LinkPasteResult}
      result={{
        own,
        lang: language,
        emailLanguage,
        guideBase: GUIDE_URL,
        troubleshootBase: GUIDE_URL,
        strings,
        ...name,
      }}
    />
  );
}

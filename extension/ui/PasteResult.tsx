import { useMemo } from 'preact/hooks';
import type { Language, OwnIds } from '../../core/index.ts';
import type { PasteResultBase } from '../../ui/invitation/LinkPaste.tsx';
import { LinkPasteResult } from '../../ui/invitation/LinkPasteResult.tsx';
import { invitationStrings, troubleshootPointerStrings } from '../../ui/invitation/strings.ts';
import { loadEmailTemplates } from '../lib/email-loader.ts';
import { GUIDE_URL } from '../lib/guide-url.ts';
import { emailTranslator, translator } from '../lib/i18n.ts';
import { usePartnerName } from './EmailComposer.tsx';
import { extensionOwnerStrings } from './owner-strings.ts';

export interface PasteResultProps extends PasteResultBase {
  /** The partner's own IDs: every pasted link says whether it is theirs. */
  own: OwnIds;
  lang: Language;
  emailLanguage: Language;
}

/**
 * What a text pasted into the extension's paste-a-link checker is (ui/invitation/LinkPasteResult.tsx),
 * with the extension's words for a link whose owner cannot be told yet and the company name
 * remembered in this browser. Part of the overlay's `link` part: the field (`LinkPaste`) is the
 * entry point's, this loads on its first use.
 */
export function PasteResult({
  text,
  idPrefix,
  own,
  lang,
  emailLanguage,
  strings: { paste },
}: PasteResultProps) {
  const t = translator(lang);
  const strings = useMemo(
    () => ({
      invitation: invitationStrings(t, emailTranslator, loadEmailTemplates),
      paste: {
        ...paste,
        owner: extensionOwnerStrings(t),
        troubleshoot: troubleshootPointerStrings(t),
      },
    }),
    [t, paste.label, paste.hint],
  );
  const name = usePartnerName();
  return (
    <LinkPasteResult
      text={text}
      idPrefix={idPrefix}
      own={own}
      lang={lang}
      emailLanguage={emailLanguage}
      guideBase={GUIDE_URL}
      troubleshootBase={GUIDE_URL}
      strings={strings}
      {...name}
    />
  );
}

import { useState } from 'preact/hooks';
import type { Language, OwnIds } from '../../core/index.ts';
import { publicUrl, troubleshootPath } from '../../core/guide-paths.ts';
import { LinkPaste as SharedLinkPaste } from '../../ui/invitation/LinkPaste.tsx';
import { TroubleshootOffer } from '../../ui/invitation/TroubleshootOffer.tsx';
import { GUIDE_URL } from '../lib/guide-url.ts';
import { translator } from '../lib/i18n.ts';
import type { PasteResultProps } from './PasteResult.tsx';
import { useLinkPart } from './use-link-part.ts';

export interface LinkPasteProps {
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
 * partner's own IDs from the options. Its result (`PasteResult`: the explanation, whose link it
 * is, the way into troubleshooting, the e-mail) is the overlay's `link` part, loaded when the
 * partner first focuses the field (`useLinkPart`).
 */
export function LinkPaste({ language, emailLanguage, idPrefix, own, label, hint }: LinkPasteProps) {
  const [wanted, setWanted] = useState(false);
  const link = useLinkPart(language, wanted);
  return (
    <SharedLinkPaste<PasteResultProps>
      idPrefix={idPrefix}
      Result={link?.PasteResult ?? EmptyField}
      onWantResult={() => setWanted(true)}
      result={{ own, lang: language, emailLanguage, strings: { paste: { label, hint } } }}
    />
  );
}

/**
 * Under the empty field, before the result view is loaded: the way into troubleshooting at its
 * start, as the result view shows it for an empty field (a partner may need it without a link).
 */
function EmptyField({ text, lang }: PasteResultProps) {
  if (text.trim() !== '') return null;
  return (
    <TroubleshootOffer
      href={publicUrl(GUIDE_URL, troubleshootPath(lang))}
      offer={translator(lang)('troubleshoot:link.offer')}
    />
  );
}

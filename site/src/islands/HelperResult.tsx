import { parseInvitationLink } from '../../../core/invitation-link.ts';
import type { Language } from '../../../core/languages.ts';
import { EmailComposer } from '../../../ui/invitation/EmailComposer.tsx';
import { LinkExplanation } from '../../../ui/invitation/LinkExplanation.tsx';
import type { HelperStrings } from './types.ts';

interface Props {
  /** What the partner pasted, as it was when they pressed Check. */
  input: string;
  lang: Language;
  guideBase: string;
  id: string;
  Sub: 'h3' | 'h4';
  strings: HelperStrings;
}

/**
 * The invitation helper's result: the link checked with the core parser and explained by the
 * shared component (ui/invitation, the same one the extension shows), then the customer
 * e-mail. Loaded on first use (see InvitationHelper.tsx). Nothing leaves the browser; the
 * pasted text is only ever rendered as text.
 */
export default function HelperResult({ input, lang, guideBase, id, Sub, strings: s }: Props) {
  const result = parseInvitationLink(input);
  const level = Sub === 'h3' ? 3 : 4;
  return (
    <>
      <Sub>{result.ok ? s.resultTitle : s.problemTitle}</Sub>
      <LinkExplanation
        result={result}
        strings={s.invitation.link}
        lang={lang}
        headingLevel={level === 3 ? 4 : 5}
      />
      {result.ok && (
        <EmailComposer
          link={result.link}
          strings={s.invitation.email}
          defaultLanguage={lang}
          guideBase={guideBase}
          idPrefix={id}
          headingLevel={level}
        />
      )}
    </>
  );
}

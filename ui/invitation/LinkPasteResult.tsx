import { useMemo } from 'preact/hooks';
import type { Language, OwnIds } from '../../core/index.ts';
import { fillText } from '../../locales/template.ts';
import { EmailComposer } from './EmailComposer.tsx';
import { ReadingExplanation } from './OwnerNote.tsx';
import { readLink, troubleshootPointer } from './reading.ts';
import { TroubleshootOffer } from './TroubleshootOffer.tsx';
import type { InvitationStrings, LinkPasteStrings } from './strings.ts';

export interface LinkPasteResultProps {
  /** The text to read, as the partner pasted it. */
  text: string;
  /**
   * The partner's own IDs where the reader keeps them (the extension's settings); `{}` where
   * nothing is known of the reader (the site): a link is then `unknown`, never `self`.
   */
  own: OwnIds;
  /** The reader's language. */
  lang: Language;
  /** The language the customer e-mail starts in; the reader's language by default. */
  emailLanguage?: Language | undefined;
  /** The site's address (`SITE_URL`): the customer e-mail links to its accept page. */
  guideBase: string;
  /**
   * Where the troubleshooting step is: the site's address in the extension; by default a path
   * (the site links its own pages so, and the link works wherever the site is served).
   */
  troubleshootBase?: string | undefined;
  /** Prefix for element ids, unique in the document. */
  idPrefix: string;
  /** Level of the result's heading and the e-mail composer's; the explanation's are one below. */
  headingLevel?: 3 | 4;
  strings: { invitation: InvitationStrings; paste: LinkPasteStrings };
  /** The partner's company name remembered from before, and where to remember it (extension). */
  initialName?: string | undefined;
  onNameChange?: ((name: string) => void) | undefined;
}

/**
 * What a pasted text is, read once (`readLink`: parser, owner, attributes): the explanation
 * with whose link it is, the cause a refused or altered link points to, the way into the
 * guide's troubleshooting ("Customer can't accept?"), and the customer e-mail, only for a link
 * that is not someone else's. The heavy half of the paste-a-link checker (`LinkPaste`): the
 * site loads it on first use.
 */
export function LinkPasteResult({
  text,
  own,
  lang,
  emailLanguage = lang,
  guideBase,
  troubleshootBase = '',
  idPrefix,
  headingLevel = 3,
  strings: { invitation, paste },
  initialName,
  onNameChange,
}: LinkPasteResultProps) {
  const reading = useMemo(() => readLink(text, own), [text, own.tenantId, own.partnerId, own.role]);
  const pointer = useMemo(
    () => troubleshootPointer(reading, lang, troubleshootBase),
    [reading, lang, troubleshootBase],
  );
  const { result, owner } = reading;
  // Where the partner presses Check, an empty text is explained too ("paste the link"); where
  // the text is read as the partner types, an empty field shows only the way into troubleshooting.
  const explained = !!paste.check || text.trim() !== '';
  const link = result.ok && owner !== 'other' ? result.link : undefined;
  const H = `h${headingLevel}` as 'h3';
  const cause = pointer.cause && paste.troubleshoot.cause[pointer.cause];
  return (
    <>
      {explained && paste.resultTitle && (
        <H>{result.ok ? paste.resultTitle.ok : paste.resultTitle.problem}</H>
      )}
      {explained && (
        <ReadingExplanation
          reading={reading}
          strings={{ link: invitation.link, owner: paste.owner }}
          lang={lang}
          headingLevel={headingLevel === 3 ? 4 : 5}
        />
      )}
      {pointer.cause && (
        <div class="notice notice--warn" data-link-cause={pointer.cause}>
          <p>{fillText(paste.troubleshoot.pointsTo, { cause: cause ?? pointer.cause }, lang)}</p>
          {pointer.alterations.map((alteration) => (
            <p key={alteration} data-link-alteration={alteration}>
              {paste.troubleshoot.alteration[alteration]}
            </p>
          ))}
        </div>
      )}
      <TroubleshootOffer href={pointer.href} offer={paste.troubleshoot.offer} />
      {link && (
        <EmailComposer
          link={link}
          strings={invitation.email}
          defaultLanguage={emailLanguage}
          guideBase={guideBase}
          idPrefix={`${idPrefix}-email`}
          headingLevel={headingLevel}
          initialName={initialName}
          onNameChange={onNameChange}
        />
      )}
    </>
  );
}

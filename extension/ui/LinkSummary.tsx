import { useMemo } from 'preact/hooks';
import type { Language } from '../../core/index.ts';
import { LinkExplanation } from '../../ui/invitation/LinkExplanation.tsx';
import { OwnerNote } from '../../ui/invitation/OwnerNote.tsx';
import type { LinkReading } from '../../ui/invitation/reading.ts';
import { invitationStrings, ownerStrings } from '../../ui/invitation/strings.ts';
import { emailTranslator, type Translate } from '../lib/i18n.ts';

/**
 * A reading of a link (ui/invitation/reading.ts) explained by the component the site shows too
 * (ui/invitation/LinkExplanation.tsx): kind, cloud, DAP with the old-link warning, GDAP facts,
 * Safe Links note, and whose link it is; or what is wrong, with `data-link-error`. For the
 * portal's own link and a link the partner built; pasted text goes through `LinkPaste`.
 */
export function LinkSummary({
  t,
  language,
  reading,
}: {
  t: Translate;
  language: Language;
  reading: Pick<LinkReading, 'result' | 'owner'>;
}) {
  const strings = useMemo(
    () => ({
      link: invitationStrings(t, emailTranslator).link,
      owner: ownerStrings(t, t('extension:owner.unknown')),
    }),
    [t],
  );
  const { result, owner } = reading;
  return (
    <LinkExplanation
      result={result}
      strings={strings.link}
      lang={language}
      headingLevel={4}
      owner={owner}
      ownerNote={
        result.ok && owner ? (
          <OwnerNote link={result.link} owner={owner} strings={strings.owner} lang={language} />
        ) : null
      }
    />
  );
}

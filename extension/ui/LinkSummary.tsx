import { useMemo } from 'preact/hooks';
import type { Language } from '../../core/index.ts';
import { LinkExplanation } from '../../ui/invitation/LinkExplanation.tsx';
import { invitationStrings } from '../../ui/invitation/strings.ts';
import { emailTranslator, type Translate } from '../lib/i18n.ts';
import type { LinkReading } from '../lib/link-reading.ts';
import { OwnerNote } from './OwnerNote.tsx';

/**
 * A reading of a link (lib/link-reading.ts) explained by the component the site shows too
 * (ui/invitation/LinkExplanation.tsx): kind, cloud, DAP with the old-link warning, GDAP facts,
 * Safe Links note, and whose link it is; or what is wrong, with `data-link-error`.
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
  const strings = useMemo(() => invitationStrings(t, emailTranslator).link, [t]);
  const { result, owner } = reading;
  return (
    <LinkExplanation
      result={result}
      strings={strings}
      lang={language}
      headingLevel={4}
      owner={owner}
      ownerNote={result.ok && owner ? <OwnerNote t={t} link={result.link} owner={owner} /> : null}
    />
  );
}

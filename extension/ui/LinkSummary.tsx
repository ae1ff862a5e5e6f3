import { useMemo } from 'preact/hooks';
import type { Language } from '../../core/index.ts';
import { ReadingExplanation } from '../../ui/invitation/OwnerNote.tsx';
import type { LinkReading } from '../../ui/invitation/reading.ts';
import { invitationStrings } from '../../ui/invitation/strings.ts';
import { extensionOwnerStrings } from './owner-strings.ts';
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
  reading: Pick<LinkReading, 'result' | 'owner' | 'ownerNeeds'>;
}) {
  const strings = useMemo(
    () => ({
      link: invitationStrings(t, emailTranslator).link,
      owner: extensionOwnerStrings(t),
    }),
    [t],
  );
  return (
    <ReadingExplanation reading={reading} strings={strings} lang={language} headingLevel={4} />
  );
}

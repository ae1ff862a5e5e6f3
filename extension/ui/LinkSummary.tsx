import { useMemo } from 'preact/hooks';
import type { InvitationLinkResult, Language } from '../../core/index.ts';
import { LinkExplanation } from '../../ui/invitation/LinkExplanation.tsx';
import { invitationStrings } from '../../ui/invitation/strings.ts';
import { translator, type Translate } from '../lib/i18n.ts';

/**
 * What `parseInvitationLink` found, explained by the component the site shows too
 * (ui/invitation/LinkExplanation.tsx): kind, cloud, DAP with the old-link warning, GDAP facts,
 * Safe Links note; or what is wrong, with `data-link-error`.
 */
export function LinkSummary({
  t,
  language,
  result,
}: {
  t: Translate;
  language: Language;
  result: InvitationLinkResult;
}) {
  const strings = useMemo(() => invitationStrings(t, translator).link, [t]);
  return <LinkExplanation result={result} strings={strings} lang={language} headingLevel={4} />;
}

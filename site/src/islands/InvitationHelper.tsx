import { useEffect, useId, useState } from 'preact/hooks';
import { LinkPaste } from '../../../ui/invitation/LinkPaste.tsx';
import type { HelperProps } from './types.ts';

/** The parser, the e-mail texts and the result view load on first use (focus or Check). */
const load = () =>
  import('../../../ui/invitation/LinkPasteResult.tsx').then((m) => m.LinkPasteResult);

/**
 * The invitation helper: the paste-a-link checker the extension shows too (ui/invitation), on
 * a Check button, for a reader the site knows nothing about (no own IDs: whose link it is
 * stays unknown). Its troubleshooting link is a path on this site; the e-mail starts in the
 * page's language.
 * Without JavaScript it says that the check needs it. Nothing typed is sent anywhere.
 */
export default function InvitationHelper({
  lang,
  guideBase,
  headingLevel,
  strings: s,
}: HelperProps) {
  const id = useId();
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <section class="helper" aria-labelledby={`${id}-title`} data-invitation-helper>
      <Heading id={`${id}-title`}>{s.title}</Heading>
      <p>{s.intro}</p>
      {!enhanced ? (
        <p class="notice">{s.needsJs}</p>
      ) : (
        <>
          <p class="privacy">{s.privacy}</p>
          <LinkPaste
            idPrefix={id}
            load={load}
            result={{
              own: {},
              lang,
              guideBase,
              headingLevel: headingLevel === 2 ? 3 : 4,
              strings: s,
            }}
          />
        </>
      )}
    </section>
  );
}

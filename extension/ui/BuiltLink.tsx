import { useMemo } from 'preact/hooks';
import type { Language, OwnIds } from '../../core/index.ts';
import { readLink } from '../../ui/invitation/reading.ts';
import type { Translate } from '../lib/i18n.ts';
import { EmailComposer } from './EmailComposer.tsx';
import { LinkSummary } from './LinkSummary.tsx';

/**
 * A link the indirect provider built (`ResellerLinkBuilder`), read like any other text: the
 * same parser, and whose link it is for this role (the provider tenant typed in the builder may
 * be someone else's); with its e-mail unless it is someone else's. Part of the overlay's `link`
 * part, loaded once a link is built.
 */
export function BuiltLink({
  t,
  url,
  language,
  emailLanguage,
  own,
}: {
  t: Translate;
  url: string;
  /** The language of the extension's UI (dates in the explanation). */
  language: Language;
  emailLanguage: Language;
  /** The partner's own IDs from the options, with the role on this page. */
  own: OwnIds;
}) {
  const reading = useMemo(() => readLink(url, own), [url, own.tenantId, own.partnerId, own.role]);
  return (
    <>
      <section class="built" data-built>
        <p class="link-text">
          <code>{url}</code>
        </p>
        <LinkSummary t={t} language={language} reading={reading} />
      </section>
      {reading.result.ok && reading.owner !== 'other' && (
        <EmailComposer
          t={t}
          link={reading.result.link}
          defaultLanguage={emailLanguage}
          idPrefix="cmg-email"
        />
      )}
    </>
  );
}

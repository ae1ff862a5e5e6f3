import { useState } from 'preact/hooks';
import type { Cloud, InvitationLink, Language, OwnIds, Role } from '../../core/index.ts';
import { nextStepKey } from '../../locales/keys.ts';
import type { Translate } from '../lib/i18n.ts';
import { LinkPaste } from './LinkPaste.tsx';
import { ResellerLinkBuilder } from './ResellerLinkBuilder.tsx';
import { useLinkPart } from './use-link-part.ts';

/**
 * For indirect resellers, what they do today (their own links from Partner Center, or one their
 * indirect provider sent) and the check of such a link, which says whose it is; for
 * indirect providers (and on the indirect resellers pages), the reseller-specific link built
 * from the provider's own tenant ID in the options (never from page text), explained like every
 * other link (whose it is: the provider tenant typed in the builder may be someone else's),
 * with its e-mail unless it is someone else's.
 */
export function InvitationHelper({
  t,
  cloud,
  role,
  language,
  emailLanguage,
  own,
}: {
  t: Translate;
  cloud: Cloud;
  role: Role;
  /** The language of the extension's UI (dates in the explanation). */
  language: Language;
  emailLanguage: Language;
  /** The partner's own IDs from the options. */
  own: OwnIds;
}) {
  const [built, setBuilt] = useState<InvitationLink | undefined>(undefined);
  // The built link is explained by the overlay's `link` part, loaded once there is one.
  const link = useLinkPart(language, built !== undefined);

  if (role === 'indirect-reseller') {
    return (
      <div class="invitation" data-helper="reseller">
        <h3>{t('extension:reseller.title')}</h3>
        <p>
          {t(nextStepKey('request-reseller-relationship', { role: 'indirect-reseller', cloud }))}
        </p>
        <LinkPaste
          language={language}
          emailLanguage={emailLanguage}
          idPrefix="cmg-provider-link"
          own={own}
          label={t('extension:reseller.linkLabel')}
        />
      </div>
    );
  }

  return (
    <div class="invitation" data-helper={role}>
      <ResellerLinkBuilder
        t={t}
        cloud={cloud}
        idPrefix="cmg-build"
        providerTenantId={own.tenantId || undefined}
        onBuilt={setBuilt}
      />
      {built && link && (
        <link.BuiltLink
          t={t}
          url={built.url}
          language={language}
          emailLanguage={emailLanguage}
          own={{ ...own, role }}
        />
      )}
    </div>
  );
}

import type { InvitationLink, LinkOwner } from '../../core/index.ts';
import type { Translate } from '../lib/i18n.ts';

/**
 * Whose link it is, in words: the partner tenant the link ties the customer to (and the
 * indirect reseller, for an indirect-reseller link), then whether that is the partner's own
 * organization, someone else's (a warning), or cannot be told yet. Nothing for a GDAP request,
 * which names no partner.
 */
export function OwnerNote({
  t,
  link,
  owner,
}: {
  t: Translate;
  link: InvitationLink;
  owner: LinkOwner;
}) {
  if (link.kind === 'gdap' || !link.partnerTenantId) return null;
  const ties =
    link.kind === 'indirect-reseller' && link.mpnId
      ? t('extension:owner.tiesIndirect', {
          tenantId: link.partnerTenantId,
          partnerId: link.mpnId,
        })
      : t('extension:owner.tiesReseller', { tenantId: link.partnerTenantId });
  return (
    <div class={`owner owner--${owner}`} data-owner-note={owner}>
      <p>{ties}</p>
      <p class={owner === 'other' ? 'owner-verdict warn' : 'owner-verdict'}>
        {t(`extension:owner.${owner}`)}
      </p>
    </div>
  );
}

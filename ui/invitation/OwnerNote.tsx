import type { InvitationLink, Language, LinkOwner } from '../../core/index.ts';
import { fillText } from '../../locales/template.ts';
import type { OwnerStrings } from './strings.ts';

/**
 * Whose link it is, in words: the partner tenant the link ties the customer to (and the
 * indirect reseller, for an indirect-reseller link), then whether that is the reader's own
 * organization, someone else's (a warning), or cannot be told. Nothing for a GDAP request,
 * which names no partner.
 */
export function OwnerNote({
  link,
  owner,
  strings: s,
  lang,
}: {
  link: InvitationLink;
  owner: LinkOwner;
  strings: OwnerStrings;
  lang: Language;
}) {
  if (link.kind === 'gdap' || !link.partnerTenantId) return null;
  const ties =
    link.kind === 'indirect-reseller' && link.mpnId
      ? fillText(s.tiesIndirect, { tenantId: link.partnerTenantId, partnerId: link.mpnId }, lang)
      : fillText(s.tiesReseller, { tenantId: link.partnerTenantId }, lang);
  return (
    <div class={`owner owner--${owner}`} data-owner-note={owner}>
      <p>{ties}</p>
      <p class={owner === 'other' ? 'owner-verdict warn' : 'owner-verdict'}>{s.verdict[owner]}</p>
    </div>
  );
}

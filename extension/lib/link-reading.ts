import type { InvitationLink, OwnIds, Role } from '../../core/index.ts';

/**
 * The IDs the portal's own panel link says are the partner's, to offer saving once: the
 * partner tenant of a reseller link (anyone's own "Request a reseller relationship" link);
 * for an indirect-reseller link, the provider's tenant when the partner is the indirect
 * provider, the reseller's Partner ID (and tenant, when the link names it) when the partner
 * is the indirect reseller. Nothing for a GDAP request or where the role cannot tell.
 */
export function offeredIds(link: InvitationLink, role: Role): OwnIds | undefined {
  if (link.kind === 'reseller') return { tenantId: link.partnerTenantId };
  if (link.kind !== 'indirect-reseller') return undefined;
  if (role === 'indirect-provider') return { tenantId: link.partnerTenantId };
  if (role === 'indirect-reseller')
    return { tenantId: link.resellerTenantId, partnerId: link.mpnId };
  return undefined;
}

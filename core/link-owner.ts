import type { InvitationLink } from './invitation-link.ts';

/**
 * Whose invitation link is this? A reseller-relationship link ties the customer to the partner
 * tenant in `partnerId` (a direct partner, or the indirect provider of an indirect-reseller
 * link) and, in an indirect-reseller link, to the indirect reseller named by its Partner ID
 * (`msppId`) and, where present, its tenant (`indirectCSPId`). The partner's own IDs come from
 * their settings (never from page text); this compares them. Pure.
 *
 * - `self`: one of the partner's own IDs is one the link ties the customer to;
 * - `other`: the link names a partner the partner's own IDs can be compared with, and none
 *   matches: the link would tie the customer to someone else;
 * - `unknown`: nothing to compare (no own IDs set, a GDAP request, which names no partner, or
 *   an indirect-reseller link whose reseller side cannot be compared).
 */
export type LinkOwner = 'self' | 'other' | 'unknown';

export interface OwnIds {
  /** The partner's own tenant ID (lower-case GUID), or empty. */
  tenantId?: string | undefined;
  /** The partner's own Partner ID (digits), or empty. */
  partnerId?: string | undefined;
}

export function linkOwner(link: InvitationLink, own: OwnIds): LinkOwner {
  if (link.kind === 'gdap') return 'unknown';
  const tenant = own.tenantId?.toLowerCase() || undefined;
  const partnerId = own.partnerId || undefined;
  const tenants = [link.partnerTenantId, link.resellerTenantId].filter(Boolean);
  if (tenant && tenants.includes(tenant)) return 'self';
  if (partnerId && link.mpnId === partnerId) return 'self';
  if (link.kind === 'reseller') return tenant ? 'other' : 'unknown';
  // An indirect-reseller link: "other" only when its reseller side could be compared.
  const resellerComparable =
    (tenant !== undefined && link.resellerTenantId !== undefined) ||
    (partnerId !== undefined && link.mpnId !== undefined);
  return resellerComparable ? 'other' : 'unknown';
}

/** The partner tenant the link ties the customer to (the `partnerId` of the link), if any. */
export function tiedTenant(link: InvitationLink): string | undefined {
  return link.kind === 'gdap' ? undefined : link.partnerTenantId;
}

import type { InvitationLink } from './invitation-link.ts';
import type { Role } from './situation.ts';

/**
 * Whose invitation link is this? A reseller-relationship link ties the customer to the partner
 * tenant in `partnerId` (a direct partner, or the indirect provider of an indirect-reseller
 * link) and, in an indirect-reseller link, to the indirect reseller named by its Partner ID
 * (`msppId`) and, where present, its tenant (`indirectCSPId`). The partner's own IDs and role
 * come from their settings (never from page text); this compares them. Pure.
 *
 * - `self`: one of the partner's own IDs is one the link ties the customer to;
 * - `other`: the link names a partner the partner's own IDs can be compared with, and none
 *   matches: the link would tie the customer to someone else;
 * - `unknown`: nothing to compare (no own IDs set, a GDAP request, which names no partner, or
 *   a link whose side that would be the partner's is named by an ID the partner has not set).
 */
export type LinkOwner = 'self' | 'other' | 'unknown';

/**
 * What the partner's settings lack to tell whose a link is (`unknown`): any of their IDs
 * (`ids`), their tenant ID (`tenant-id`: a reseller link, or an indirect provider's view of
 * an indirect-reseller link, names partners by tenant) or their Partner ID (`partner-id`: an
 * indirect-reseller link without `indirectCSPId` names the reseller by Partner ID only).
 */
export const OWNER_NEEDS = ['ids', 'tenant-id', 'partner-id'] as const;
export type OwnerNeed = (typeof OWNER_NEEDS)[number];

export interface OwnIds {
  /** The partner's own tenant ID (lower-case GUID), or empty. */
  tenantId?: string | undefined;
  /** The partner's own Partner ID (digits), or empty. */
  partnerId?: string | undefined;
  /**
   * The partner's role, where known: an indirect provider is the partner tenant of an
   * indirect-reseller link, never its reseller, so only its tenant ID tells.
   */
  role?: Role | undefined;
}

/** Whose link it is and, when that cannot be told, what the partner's settings lack. */
export interface Ownership {
  owner: LinkOwner;
  /** For `unknown` of a link that names a partner: the ID that would tell. */
  needs?: OwnerNeed;
}

const SELF: Ownership = { owner: 'self' };
const OTHER: Ownership = { owner: 'other' };

export function linkOwnership(link: InvitationLink, own: OwnIds): Ownership {
  if (link.kind === 'gdap') return { owner: 'unknown' };
  const tenant = own.tenantId?.toLowerCase() || undefined;
  const partnerId = own.partnerId || undefined;
  const tenants = [link.partnerTenantId, link.resellerTenantId].filter(Boolean);
  if (tenant && tenants.includes(tenant)) return SELF;
  if (partnerId && link.mpnId === partnerId) return SELF;
  if (!tenant && !partnerId) return { owner: 'unknown', needs: 'ids' };
  // A direct reseller link, or an indirect-reseller link read by its indirect provider: the
  // partner tenant alone tells (the Partner ID in it is the reseller's, never the provider's).
  if (link.kind === 'reseller' || own.role === 'indirect-provider')
    return tenant ? OTHER : { owner: 'unknown', needs: 'tenant-id' };
  // An indirect-reseller link: "other" only when its reseller side could be compared.
  const resellerComparable =
    (tenant !== undefined && link.resellerTenantId !== undefined) ||
    (partnerId !== undefined && link.mpnId !== undefined);
  if (resellerComparable) return OTHER;
  return { owner: 'unknown', needs: tenant ? 'partner-id' : 'tenant-id' };
}

export function linkOwner(link: InvitationLink, own: OwnIds): LinkOwner {
  return linkOwnership(link, own).owner;
}

/** The partner tenant the link ties the customer to (the `partnerId` of the link), if any. */
export function tiedTenant(link: InvitationLink): string | undefined {
  return link.kind === 'gdap' ? undefined : link.partnerTenantId;
}

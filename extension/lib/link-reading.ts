import {
  linkOwner,
  parseInvitationLink,
  type InvitationLink,
  type InvitationLinkResult,
  type LinkOwner,
  type OwnIds,
  type Role,
} from '../../core/index.ts';
import { linkAttributes } from '../../ui/invitation/attributes.ts';

/**
 * One reading of a text that may hold an invitation link, wherever the text comes from (the
 * portal's own field, the paste-a-link checker, the popup): the core's extraction and parser,
 * whose link it is against the partner's own IDs, and the automation attributes. Computed
 * once per text and passed on; nothing parses the same text again.
 */
export interface LinkReading {
  text: string;
  result: InvitationLinkResult;
  /** Whose link it is; undefined for a refused link. */
  owner: LinkOwner | undefined;
  /** The automation contract (ui/invitation/attributes.ts), for the host beside the field. */
  attributes: Record<string, string>;
}

export function readLink(text: string, own: OwnIds): LinkReading {
  const result = parseInvitationLink(text);
  const owner = result.ok ? linkOwner(result.link, own) : undefined;
  return { text, result, owner, attributes: linkAttributes(result, owner) };
}

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

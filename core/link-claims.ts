import { claimById, type ClaimId } from './claims.ts';
import type { Cloud } from './situation.ts';
import type { InvitationLink, LinkErrorCode } from './invitation-link.ts';

/**
 * Which claims of the register speak to an invitation link: the explanation shows each of
 * them (with its confirmation marker) and the customer e-mail words the ones a customer needs
 * (`EMAIL_CLAIMS`), so the two never say different things about the same link.
 */
export const LINK_CLAIM_IDS = [
  'indirect-reseller-creates-invitations',
  'indirect-reseller-link-format',
  'dap-retired',
  'vianet-relationship-adds-dap',
  'customer-accepts-mca',
  'business-store-retired',
  'gdap-facts',
  'gdap-not-in-21vianet',
] as const satisfies readonly ClaimId[];
export type LinkClaimId = (typeof LINK_CLAIM_IDS)[number];

/** The claims the customer e-mail words for the customer (`email:claim.<id>`). */
export const EMAIL_CLAIMS = [
  'dap-retired',
  'vianet-relationship-adds-dap',
  'customer-accepts-mca',
  'gdap-facts',
] as const satisfies readonly LinkClaimId[];
export type EmailClaimId = (typeof EMAIL_CLAIMS)[number];

/** The claims about a link, in the order the explanation shows them. */
export function linkClaims(link: InvitationLink): LinkClaimId[] {
  if (link.kind === 'gdap') return ['gdap-facts'];
  const claims: LinkClaimId[] = [];
  if (link.retiredHost === 'business-store-retired') claims.push('business-store-retired');
  if (link.kind === 'indirect-reseller') claims.push('indirect-reseller-link-format');
  if (link.cloud === 'global') {
    claims.push('indirect-reseller-creates-invitations', 'dap-retired', 'customer-accepts-mca');
  } else if (link.cloud === '21vianet') {
    // What a relationship grants there is known only from 2016 (never the global DAP fact).
    claims.push('vianet-relationship-adds-dap');
  }
  return claims;
}

/** The claims the customer e-mail for this link words, a subset of `linkClaims`. */
export function emailClaims(link: InvitationLink): EmailClaimId[] {
  return linkClaims(link).filter((id): id is EmailClaimId =>
    (EMAIL_CLAIMS as readonly string[]).includes(id),
  );
}

/** The claim that explains why a link was refused, where one does. */
export function refusalClaim(code: LinkErrorCode): LinkClaimId | undefined {
  return code === 'gdap-not-in-21vianet' ? 'gdap-not-in-21vianet' : undefined;
}

/**
 * What the reseller link builder says about the link it makes, before it is built: the link's
 * form and effect (a relationship with the provider and the reseller; third-party) and how the
 * reseller gets admin access (its own GDAP relationship). Each only in the clouds the register
 * says it speaks to: in Partner Center operated by 21Vianet no GDAP claim applies
 * (`gdap-not-in-21vianet`), so the builder gives no GDAP instruction there.
 */
const BUILDER_CLAIMS = [
  'indirect-reseller-link-format',
  'gdap-indirect-reseller',
] as const satisfies readonly ClaimId[];
export type BuilderClaimId = (typeof BUILDER_CLAIMS)[number];

export function builderClaims(cloud: Cloud): BuilderClaimId[] {
  return BUILDER_CLAIMS.filter((id) => claimById(id).affects.clouds.includes(cloud));
}

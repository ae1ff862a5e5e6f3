import { describe, expect, it } from 'vitest';
import { parseInvitationLink, type InvitationLink } from './invitation-link.ts';
import { linkOwner, linkOwnership, tiedTenant } from './link-owner.ts';

const PROVIDER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const RESELLER = 'c56a4180-65aa-42ec-a945-5fd21dec0538';
const SOMEONE = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';
const BASE = 'https://admin.microsoft.com/Adminportal/Home';
const FRAGMENT = '#/BillingAccounts/partner-invitation';

const link = (query: string): InvitationLink => {
  const result = parseInvitationLink(`${BASE}?${query}${FRAGMENT}`);
  if (!result.ok) throw new Error(result.error.message);
  return result.link;
};
const direct = link(`invType=ResellerRelationship&partnerId=${PROVIDER}&msppId=0&DAP=false`);
const indirect = link(
  `invType=IndirectResellerRelationship&partnerId=${PROVIDER}&msppId=4847383&indirectCSPId=${RESELLER}`,
);
const gdap = parseInvitationLink(
  `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${SOMEONE}`,
);

describe('whose invitation link it is', () => {
  it('a direct link: self for its partner tenant, other for anyone else, unknown without IDs', () => {
    expect(linkOwner(direct, { tenantId: PROVIDER })).toBe('self');
    expect(linkOwner(direct, { tenantId: PROVIDER.toUpperCase() })).toBe('self');
    expect(linkOwner(direct, { tenantId: SOMEONE })).toBe('other');
    expect(linkOwner(direct, {})).toBe('unknown');
    expect(linkOwner(direct, { partnerId: '123' })).toBe('unknown');
    expect(tiedTenant(direct)).toBe(PROVIDER);
  });

  it("an indirect reseller's link is the provider's and the reseller's own", () => {
    expect(linkOwner(indirect, { tenantId: PROVIDER })).toBe('self');
    expect(linkOwner(indirect, { tenantId: RESELLER })).toBe('self');
    expect(linkOwner(indirect, { partnerId: '4847383' })).toBe('self');
    expect(linkOwner(indirect, { tenantId: SOMEONE })).toBe('other');
    expect(linkOwner(indirect, { partnerId: '111' })).toBe('other');
    expect(linkOwner(indirect, {})).toBe('unknown');
  });

  it("an indirect reseller's own link without its tenant: told by its Partner ID only", () => {
    const own = link(`invType=IndirectResellerRelationship&partnerId=${PROVIDER}&msppId=4847383`);
    expect(linkOwner(own, { partnerId: '4847383' })).toBe('self');
    expect(linkOwner(own, { partnerId: '111' })).toBe('other');
    // The reseller's tenant cannot be compared with a link that does not name it.
    expect(linkOwner(own, { tenantId: RESELLER })).toBe('unknown');
  });

  it('an indirect provider is told by its tenant ID alone, also for a link without the reseller tenant', () => {
    const common = link(
      `invType=IndirectResellerRelationship&partnerId=${PROVIDER}&msppId=4847383`,
    );
    const provider = { role: 'indirect-provider' } as const;
    expect(linkOwner(common, { ...provider, tenantId: PROVIDER })).toBe('self');
    // Another provider's link: the customer would be tied to someone else's tenant.
    expect(linkOwnership(common, { ...provider, tenantId: SOMEONE })).toEqual({ owner: 'other' });
    expect(linkOwner(indirect, { ...provider, tenantId: SOMEONE })).toBe('other');
    // The Partner ID in the link is the reseller's: a provider's own Partner ID tells nothing.
    expect(linkOwnership(common, { ...provider, partnerId: '111' })).toEqual({
      owner: 'unknown',
      needs: 'tenant-id',
    });
    // Without the role, the reseller side of such a link cannot be compared by tenant.
    expect(linkOwnership(common, { tenantId: SOMEONE })).toEqual({
      owner: 'unknown',
      needs: 'partner-id',
    });
  });

  it('unknown says what is missing: any ID, the tenant ID or the Partner ID', () => {
    expect(linkOwnership(direct, {})).toEqual({ owner: 'unknown', needs: 'ids' });
    expect(linkOwnership(direct, { partnerId: '123' })).toEqual({
      owner: 'unknown',
      needs: 'tenant-id',
    });
    const own = link(`invType=IndirectResellerRelationship&partnerId=${PROVIDER}&msppId=4847383`);
    expect(linkOwnership(own, { role: 'indirect-reseller', tenantId: RESELLER })).toEqual({
      owner: 'unknown',
      needs: 'partner-id',
    });
    expect(linkOwnership(own, { role: 'indirect-reseller', partnerId: '4847383' })).toEqual({
      owner: 'self',
    });
    expect(linkOwnership(indirect, { role: 'indirect-reseller', partnerId: '111' })).toEqual({
      owner: 'other',
    });
  });

  it('a GDAP request names no partner: unknown', () => {
    expect(gdap.ok && linkOwner(gdap.link, { tenantId: SOMEONE })).toBe('unknown');
    expect(gdap.ok && linkOwnership(gdap.link, {}).needs).toBeUndefined();
  });
});

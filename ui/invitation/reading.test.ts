import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL } from '../../config/site-url.ts';
import { buildInvitationLink } from '../../core/index.ts';
import { readLink, troubleshootPointer } from './reading.ts';

/** The site's address as both products pass it (with a trailing slash, as SITE_URL may have). */
const GUIDE_URL = LOCAL_SITE_URL.replace(/\/$/, '');

const PARTNER = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const RESELLER = '11111111-2222-4333-8444-555555555555';
const GDAP_ID = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';

function built(request: Parameters<typeof buildInvitationLink>[0]): string {
  const result = buildInvitationLink(request);
  if (!result.ok) throw new Error('test link does not build');
  return result.link.url;
}
const open = (language: 'de' | 'en' | 'zh', text: string) =>
  troubleshootPointer(readLink(text, {}), language, LOCAL_SITE_URL);

describe("customer can't accept? from a pasted link", () => {
  it("opens the tree at the link's kind and cloud, in the reader's language, at the public address", () => {
    expect(open('de', built({ cloud: 'global', partnerTenantId: PARTNER }))).toEqual({
      href: `${GUIDE_URL}/de/troubleshoot/kind-reseller.cloud-global/`,
      alterations: [],
    });
    expect(open('zh', built({ cloud: '21vianet', partnerTenantId: PARTNER })).href).toBe(
      `${GUIDE_URL}/zh/troubleshoot/kind-reseller.cloud-21vianet/`,
    );
    const indirect = built({
      cloud: 'global',
      partnerTenantId: PARTNER,
      reseller: { tenantId: RESELLER, partnerId: '4847383' },
    });
    expect(open('en', indirect).href).toBe(
      `${GUIDE_URL}/en/troubleshoot/kind-indirect-reseller.cloud-global/`,
    );
    const gdap = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${GDAP_ID}`;
    expect(open('en', gdap).href).toBe(`${GUIDE_URL}/en/troubleshoot/kind-gdap.cloud-global/`);
  });

  it('sends a broken link to the cause it points to, saying what happened to it', () => {
    const url = built({ cloud: 'global', partnerTenantId: PARTNER });
    const cut = open('en', url.slice(0, url.indexOf('#')));
    expect(cut.cause).toBe('link-altered');
    expect(cut.alterations).toEqual(['truncated']);
    expect(cut.href).toMatch(/\/en\/troubleshoot\/kind-[a-z-]+\.cloud-[a-z0-9]+\..*stage-link\/$/);

    const broken = open('de', `${url.slice(0, 70)}\n${url.slice(70)}`);
    expect(broken).toEqual({
      href: `${GUIDE_URL}/de/troubleshoot/kind-reseller.cloud-global.tenant-global.stage-link/`,
      cause: 'link-altered',
      alterations: ['line-break'],
    });
    const safe = open(
      'en',
      `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=x&reserved=0`,
    );
    expect(safe.alterations).toEqual(['safe-links']);
    expect(safe.cause).toBe('link-altered');
  });

  it('opens the first question when nothing was pasted', () => {
    expect(open('en', '').href).toBe(`${GUIDE_URL}/en/troubleshoot/`);
  });
});

import { describe, expect, it } from 'vitest';
import { LANGUAGES, buildInvitationLink } from '../../core/index.ts';
import { translator } from '../../locales/i18n.ts';
import { offeredIds } from './link-reading.ts';

const PROVIDER = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const RESELLER = '11111111-2222-4333-8444-555555555555';

describe('where a partner finds its own tenant ID', () => {
  it("an indirect reseller's “Invite new customers” link carries the provider's tenant in partnerId=", () => {
    const built = buildInvitationLink({
      cloud: 'global',
      partnerTenantId: PROVIDER,
      reseller: { tenantId: RESELLER, partnerId: '4847383' },
    });
    if (!built.ok) throw new Error('test link did not build');
    expect(built.link.partnerTenantId).toBe(PROVIDER);
    expect(offeredIds(built.link, 'indirect-reseller')?.tenantId).toBe(RESELLER);
  });

  it('so the options point every role to the link whose partnerId= is its own: Customers → “Request a reseller relationship”', () => {
    const menu = {
      de: /Reseller-Beziehung anfordern/,
      en: /Request a reseller relationship/,
      zh: /请求经销商关系/,
    };
    for (const language of LANGUAGES) {
      const hint = translator(language)('extension:ids.tenantIdHint');
      expect(hint, language).toMatch(menu[language]);
      expect(hint, language).toMatch(/partnerId=/);
    }
  });
});

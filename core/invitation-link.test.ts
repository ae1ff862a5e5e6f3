import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  INVITATION_HOSTS,
  LINK_ERROR_CODES,
  buildInvitationLink,
  parseInvitationLink,
  type LinkErrorCode,
} from './index.ts';

const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const R = '11111111-2222-4333-8444-555555555555';
const DIRECT = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
const INDIRECT = `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${P}&msppId=4847383&indirectCSPId=${R}&DAP=false#/BillingAccounts/partner-invitation`;
const GDAP = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${R}`;

const code = (text: string): LinkErrorCode | 'ok' => {
  const result = parseInvitationLink(text);
  return result.ok ? 'ok' : result.error.code;
};

describe('parseInvitationLink: valid links', () => {
  it('reads a direct partner link', () => {
    expect(parseInvitationLink(DIRECT)).toEqual({
      ok: true,
      link: {
        kind: 'reseller',
        cloud: 'global',
        partnerTenantId: P,
        delegatedAdmin: true,
        url: DIRECT,
      },
    });
  });

  it('reads an indirect provider link naming a reseller', () => {
    expect(parseInvitationLink(INDIRECT)).toEqual({
      ok: true,
      link: {
        kind: 'indirect-reseller',
        cloud: 'global',
        partnerTenantId: P,
        resellerTenantId: R,
        mpnId: '4847383',
        delegatedAdmin: false,
        url: INDIRECT,
      },
    });
  });

  it('reads a GDAP request', () => {
    expect(parseInvitationLink(GDAP)).toEqual({
      ok: true,
      link: { kind: 'gdap', cloud: 'global', adminRelationshipId: R, url: GDAP },
    });
  });

  it.each([
    ['surrounding whitespace', `  \n\t${DIRECT}  \n`],
    ['a line of an e-mail', `Please click here: ${DIRECT} to accept.`],
    ['angle brackets', `<${DIRECT}>`],
    ['a Markdown link', `[Accept](${DIRECT})`],
    [
      'upper-case GUID and host',
      DIRECT.replace(P, P.toUpperCase()).replace('admin.microsoft.com', 'ADMIN.Microsoft.com'),
    ],
    [
      'the other fragment',
      DIRECT.replace('#/BillingAccounts/partner-invitation', '#/partners/invitation'),
    ],
  ])('accepts a link with %s', (_name, text) => {
    const result = parseInvitationLink(text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.link.partnerTenantId).toBe(P);
      expect(result.link.url.startsWith('https://admin.microsoft.com/')).toBe(true);
    }
  });

  it('reads the older portal.office.com and Business Store links', () => {
    const office = parseInvitationLink(
      `https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=${P}&msppId=0`,
    );
    expect(office.ok && office.link.kind).toBe('reseller');
    const store = parseInvitationLink(
      `https://businessstore.microsoft.com/manage/partner-invitation?invType=ResellerRelationship&partnerId=${P}`,
    );
    expect(store.ok && store.link.partnerTenantId).toBe(P);
  });

  it('reads a 21Vianet link as the 21Vianet cloud', () => {
    const result = parseInvitationLink(
      DIRECT.replace('admin.microsoft.com', 'portal.partner.microsoftonline.cn'),
    );
    expect(result.ok && result.link.cloud).toBe('21vianet');
  });

  it('leaves out DAP when the link does not say', () => {
    const result = parseInvitationLink(DIRECT.replace('&DAP=true', ''));
    expect(result.ok && 'delegatedAdmin' in result.link).toBe(false);
  });
});

describe('parseInvitationLink: problems are named with a stable code', () => {
  it.each<[string, string, LinkErrorCode]>([
    ['empty text', '   ', 'empty'],
    ['plain words', 'hello there', 'not-a-url'],
    ['http', DIRECT.replace('https:', 'http:'), 'not-https'],
    ['no scheme', DIRECT.replace('https://', ''), 'not-https'],
    [
      'javascript:',
      'javascript:alert(document.cookie)//https://admin.microsoft.com/Adminportal/Home',
      'not-https',
    ],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'not-https'],
    [
      'a look-alike host',
      DIRECT.replace('admin.microsoft.com', 'admin-microsoft.com'),
      'untrusted-host',
    ],
    [
      'a suffix host',
      DIRECT.replace('admin.microsoft.com', 'admin.microsoft.com.evil.example'),
      'untrusted-host',
    ],
    [
      'a sub-domain',
      DIRECT.replace('admin.microsoft.com', 'evil.admin.microsoft.com'),
      'untrusted-host',
    ],
    [
      'a prefix host',
      DIRECT.replace('admin.microsoft.com', 'notadmin.microsoft.com'),
      'untrusted-host',
    ],
    [
      'userinfo before the host',
      DIRECT.replace('admin.microsoft.com', 'admin.microsoft.com@evil.example'),
      'untrusted-host',
    ],
    [
      'userinfo on the real host',
      DIRECT.replace('admin.microsoft.com', 'evil@admin.microsoft.com'),
      'credentials-in-link',
    ],
    [
      'an embedded URL',
      `https://evil.example/redirect?to=${encodeURIComponent(DIRECT)}`,
      'untrusted-host',
    ],
    ['an embedded raw URL', `https://evil.example/?${DIRECT}`, 'untrusted-host'],
    ['a Cyrillic homoglyph', DIRECT.replace('admin', 'аdmin'), 'untrusted-host'],
    ['a Greek homoglyph', DIRECT.replace('microsoft', 'micrοsoft'), 'untrusted-host'],
    ['full-width letters', DIRECT.replace('admin', 'ａｄｍｉｎ'), 'untrusted-host'],
    ['percent-encoded host', DIRECT.replace('admin', '%61dmin'), 'untrusted-host'],
    [
      'a trailing dot',
      DIRECT.replace('admin.microsoft.com', 'admin.microsoft.com.'),
      'untrusted-host',
    ],
    ['a port', DIRECT.replace('admin.microsoft.com', 'admin.microsoft.com:8443'), 'untrusted-host'],
    [
      'a backslash trick',
      DIRECT.replace('admin.microsoft.com', 'evil.example\\@admin.microsoft.com'),
      'untrusted-host',
    ],
    [
      'the Partner Center host',
      DIRECT.replace('admin.microsoft.com', 'partner.microsoft.com'),
      'untrusted-host',
    ],
    [
      'another admin page',
      DIRECT.replace('/Adminportal/Home', '/Adminportal/Settings'),
      'unknown-invitation-type',
    ],
    [
      'an unknown invitation type',
      DIRECT.replace('ResellerRelationship', 'PartnerOfRecord'),
      'unknown-invitation-type',
    ],
    [
      'no invitation type',
      DIRECT.replace('invType=ResellerRelationship&', ''),
      'missing-parameter',
    ],
    ['no partner id', DIRECT.replace(`partnerId=${P}&`, ''), 'missing-parameter'],
    ['a bad partner id', DIRECT.replace(P, 'contoso'), 'invalid-partner-id'],
    [
      'the nil GUID',
      DIRECT.replace(P, '00000000-0000-0000-0000-000000000000'),
      'invalid-partner-id',
    ],
    ['a bad msppId', DIRECT.replace('msppId=0', 'msppId=abc'), 'invalid-mpn-id'],
    ['a bad DAP', DIRECT.replace('DAP=true', 'DAP=yes'), 'invalid-dap'],
    [
      'a repeated parameter',
      DIRECT.replace('&DAP=true', '&DAP=true&dap=false'),
      'duplicate-parameter',
    ],
    ['a cut-off fragment', DIRECT.split('#')[0]!, 'incomplete-link'],
    [
      'a GDAP link on the 21Vianet admin center',
      GDAP.replace('admin.microsoft.com', 'portal.partner.microsoftonline.cn'),
      'gdap-not-in-21vianet',
    ],
    ['an indirect link with a bad reseller', INDIRECT.replace(R, 'nope'), 'invalid-reseller-id'],
    [
      'an indirect link without Partner ID',
      INDIRECT.replace('msppId=4847383', 'msppId=0'),
      'missing-parameter',
    ],
    ['a GDAP link with a bad id', GDAP.replace(R, 'x'), 'invalid-relationship-id'],
    ['two different invitation links', `${DIRECT} ${INDIRECT}`, 'multiple-links'],
    ['a huge link', `${DIRECT}&x=${'a'.repeat(3000)}`, 'too-long'],
  ])('%s', (_name, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('every error carries a code from the list and an English message', () => {
    const result = parseInvitationLink('ftp://admin.microsoft.com');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(LINK_ERROR_CODES).toContain(result.error.code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('names the parameter at fault', () => {
    const result = parseInvitationLink(DIRECT.replace(`partnerId=${P}&`, ''));
    expect(!result.ok && result.error.parameter).toBe('partnerId');
  });
});

describe('parseInvitationLink: properties', () => {
  const RUNS = { numRuns: 10_000 };
  const allowedHosts = new Set(INVITATION_HOSTS.map((h) => h.host));

  it('never throws on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.webUrl(),
          fc.string({ unit: 'binary' }),
        ),
        (text) => {
          const result = parseInvitationLink(text);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      RUNS,
    );
  });

  it('never throws on mutations of a valid link', () => {
    const mutated = fc
      .tuple(
        fc.nat(DIRECT.length),
        fc.nat(DIRECT.length),
        fc.string({ maxLength: 8, unit: 'grapheme' }),
      )
      .map(
        ([a, b, insert]) => DIRECT.slice(0, Math.min(a, b)) + insert + DIRECT.slice(Math.max(a, b)),
      );
    fc.assert(
      fc.property(mutated, (text) => {
        const result = parseInvitationLink(text);
        if (result.ok) {
          const url = new URL(result.link.url);
          expect(url.protocol).toBe('https:');
          expect(allowedHosts.has(url.hostname)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('accepts only https on the exact allow-listed hosts', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (text) => {
        const result = parseInvitationLink(text);
        if (result.ok) {
          const url = new URL(result.link.url);
          expect(url.protocol).toBe('https:');
          expect(allowedHosts.has(url.hostname)).toBe(true);
          expect(url.username + url.password).toBe('');
        }
      }),
      RUNS,
    );
  });

  it('rejects any other host in front of a valid path and query', () => {
    const pathAndQuery = DIRECT.slice('https://admin.microsoft.com'.length);
    fc.assert(
      fc.property(fc.domain(), (domain) => {
        fc.pre(!allowedHosts.has(domain.toLowerCase()));
        expect(code(`https://${domain}${pathAndQuery}`)).toBe('untrusted-host');
        expect(code(`https://admin.microsoft.com.${domain}${pathAndQuery}`)).toBe('untrusted-host');
        expect(code(`https://${domain}@admin.microsoft.com${pathAndQuery}`)).toBe(
          'credentials-in-link',
        );
        expect(code(`https://admin.microsoft.com@${domain}${pathAndQuery}`)).toBe('untrusted-host');
      }),
      RUNS,
    );
  });

  it('build → parse round-trips for random valid ids', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.option(fc.tuple(fc.uuid(), fc.integer({ min: 1, max: 9_999_999_999 })), {
          nil: undefined,
        }),
        fc.constantFrom('global' as const, '21vianet' as const),
        (partner, reseller, cloud) => {
          fc.pre(
            partner !== '00000000-0000-0000-0000-000000000000' &&
              (!reseller || reseller[0] !== partner),
          );
          fc.pre(!reseller || reseller[0] !== '00000000-0000-0000-0000-000000000000');
          const built = buildInvitationLink({
            cloud,
            partnerTenantId: partner.toUpperCase(),
            ...(reseller
              ? { reseller: { tenantId: reseller[0], partnerId: String(reseller[1]) } }
              : {}),
          });
          expect(built.ok).toBe(true);
          if (!built.ok) return;
          const parsed = parseInvitationLink(built.link.url);
          expect(parsed).toEqual({ ok: true, link: built.link });
          expect(built.link.partnerTenantId).toBe(partner.toLowerCase());
          expect(built.link.cloud).toBe(cloud);
          // The builder offers no DAP opt-in: global links say DAP=false; 21Vianet links leave
          // DAP out (no current page says how it works there).
          expect(built.link.delegatedAdmin).toBe(cloud === 'global' ? false : undefined);
          expect(built.link.kind).toBe(reseller ? 'indirect-reseller' : 'reseller');
          if (reseller) {
            expect(built.link.resellerTenantId).toBe(reseller[0].toLowerCase());
            expect(built.link.mpnId).toBe(String(reseller[1]));
          }
        },
      ),
      RUNS,
    );
  });
});

describe('buildInvitationLink', () => {
  it('builds the documented direct link', () => {
    const built = buildInvitationLink({ cloud: 'global', partnerTenantId: P });
    expect(built.ok && built.link.url).toBe(
      `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`,
    );
  });

  it('accepts ids with spaces and braces around them', () => {
    const built = buildInvitationLink({
      cloud: 'global',
      partnerTenantId: ` {${P}} `,
      reseller: { tenantId: ` ${R.toUpperCase()}`, partnerId: ' 4847383 ' },
    });
    expect(built.ok && built.link.resellerTenantId).toBe(R);
  });

  it('names every field that is wrong, and what is allowed', () => {
    const built = buildInvitationLink({
      cloud: 'global',
      partnerTenantId: 'contoso',
      reseller: { tenantId: '', partnerId: '48-47' },
    });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.errors.map((e) => [e.field, e.code])).toEqual([
      ['partnerTenantId', 'invalid-tenant-id'],
      ['resellerTenantId', 'missing'],
      ['resellerPartnerId', 'invalid-partner-id'],
    ]);
    expect(built.errors[0]!.message).toMatch(/GUID/);
    expect(built.errors[2]!.message).toMatch(/digits/);
  });

  it('refuses the provider’s own tenant as reseller, and an unknown cloud', () => {
    const same = buildInvitationLink({
      cloud: 'global',
      partnerTenantId: P,
      reseller: { tenantId: P, partnerId: '1' },
    });
    expect(!same.ok && same.errors.map((e) => e.code)).toEqual(['same-tenant']);
    const cloud = buildInvitationLink({ cloud: 'mars' as 'global', partnerTenantId: P });
    expect(!cloud.ok && cloud.errors[0]!.message).toMatch(/Allowed: global, 21vianet/);
  });
});

describe('indirect resellers’ links as they really send them', () => {
  const PROVIDER = '22222222-3333-4444-8555-666666666666';
  const base = (query: string, fragment: string, host = 'admin.microsoft.com/Adminportal/Home') =>
    `https://${host}?invType=IndirectResellerRelationship&partnerId=${PROVIDER}&msppId=4847383${query}${fragment}`;
  const FRAGMENTS = ['#/BillingAccounts/partner-invitation', '#/partners/invitation'];
  const QUERIES: [string, { resellerTenantId?: string; delegatedAdmin?: boolean }][] = [
    ['', {}],
    [`&indirectCSPId=${R}`, { resellerTenantId: R }],
    ['&DAP=false', { delegatedAdmin: false }],
    [`&indirectCSPId=${R}&DAP=true`, { resellerTenantId: R, delegatedAdmin: true }],
  ];
  for (const fragment of FRAGMENTS) {
    for (const [query, expected] of QUERIES) {
      const link = base(query, fragment);
      it(`reads ${query || 'no indirectCSPId, no DAP'} with ${fragment}, also inside de/zh sentences and after &amp;`, () => {
        for (const text of [
          link,
          `Bitte öffnen Sie „${link}“.`,
          `请点击${link}。谢谢`,
          link.replace(/&/g, '&amp;'),
          `邀请链接：${link.replace(/&/g, '&amp;')}，谢谢！`,
        ]) {
          const result = parseInvitationLink(text);
          expect(result.ok, text).toBe(true);
          if (!result.ok) continue;
          expect(result.link).toMatchObject({
            kind: 'indirect-reseller',
            cloud: 'global',
            partnerTenantId: PROVIDER,
            mpnId: '4847383',
            ...expected,
          });
          if (!('resellerTenantId' in expected))
            expect(result.link.resellerTenantId).toBeUndefined();
          if (!('delegatedAdmin' in expected)) expect(result.link.delegatedAdmin).toBeUndefined();
        }
      });
    }
  }

  it('reads the old Store for Business host and marks it retired', () => {
    const result = parseInvitationLink(
      base(`&indirectCSPId=${R}`, '', 'businessstore.microsoft.com/manage/partner-invitation'),
    );
    expect(result.ok && result.link).toMatchObject({
      kind: 'indirect-reseller',
      partnerTenantId: PROVIDER,
      retiredHost: 'business-store-retired',
    });
    const admin = parseInvitationLink(base('', FRAGMENTS[0]!));
    expect(admin.ok && admin.link.retiredHost).toBeUndefined();
  });

  it('still needs the reseller Partner ID, and a reseller tenant ID that is a GUID', () => {
    const noPartnerId = parseInvitationLink(
      base('', FRAGMENTS[0]!).replace('msppId=4847383', 'msppId=0'),
    );
    expect(!noPartnerId.ok && noPartnerId.error).toMatchObject({
      code: 'missing-parameter',
      parameter: 'msppId',
    });
    const badTenant = parseInvitationLink(base('&indirectCSPId=nope', FRAGMENTS[0]!));
    expect(!badTenant.ok && badTenant.error.code).toBe('invalid-reseller-id');
  });
});

describe('21Vianet', () => {
  it('refuses a GDAP link on the 21Vianet host with its own code, in sentences too', () => {
    const link = `https://portal.partner.microsoftonline.cn/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${R}`;
    for (const text of [link, `请点击${link}。`]) {
      const result = parseInvitationLink(text);
      expect(!result.ok && result.error.code).toBe('gdap-not-in-21vianet');
    }
  });
});

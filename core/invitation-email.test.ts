import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  buildInvitationLink,
  checkPartnerName,
  composeInvitationEmail,
  languageFromTag,
  mailtoHref,
  parseInvitationLink,
  type InvitationLink,
} from './index.ts';

const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const R = '11111111-2222-4333-8444-555555555555';
const linkOf = (result: ReturnType<typeof buildInvitationLink>): InvitationLink => {
  if (!result.ok) throw new Error('test link did not build');
  return result.link;
};
const direct = linkOf(
  buildInvitationLink({ cloud: 'global', partnerTenantId: P, delegatedAdmin: true }),
);
const indirect = linkOf(
  buildInvitationLink({
    cloud: 'global',
    partnerTenantId: P,
    reseller: { tenantId: R, partnerId: '4847383' },
  }),
);
const vianet = linkOf(buildInvitationLink({ cloud: '21vianet', partnerTenantId: P }));

describe('composeInvitationEmail', () => {
  for (const language of LANGUAGES) {
    it(`${language}: names the partner, the Global admin, and carries the link unchanged`, () => {
      for (const link of [direct, indirect, vianet]) {
        const email = composeInvitationEmail(link, '  Contoso GmbH ', language);
        expect(email.subject).toContain('Contoso GmbH');
        expect(email.body).toContain('Contoso GmbH');
        expect(email.body).toContain(`\n${link.url}\n`);
        expect(email.body).not.toMatch(/\{\{|\}\}/);
        const globalAdmin = { de: 'Globaler Administrator', en: 'Global admin', zh: '全局管理员' }[
          language
        ];
        expect(email.body).toContain(globalAdmin);
      }
    });
  }

  it('differs by language', () => {
    const bodies = LANGUAGES.map((l) => composeInvitationEmail(direct, 'Contoso', l).body);
    expect(new Set(bodies).size).toBe(3);
  });

  it('says whether delegated admin privileges are asked for', () => {
    const on = composeInvitationEmail(direct, 'Contoso', 'en').body;
    const off = composeInvitationEmail(indirect, 'Contoso', 'en').body;
    expect(on).toMatch(/also asks for delegated admin privileges/);
    expect(off).toMatch(/does not include delegated admin privileges/);
  });

  it('explains the 21Vianet admin center for 21Vianet links', () => {
    expect(composeInvitationEmail(vianet, 'Contoso', 'en').body).toMatch(/operated by 21Vianet/);
    expect(composeInvitationEmail(direct, 'Contoso', 'en').body).not.toMatch(/21Vianet/);
  });

  it('writes a GDAP request e-mail for a GDAP link', () => {
    const parsed = parseInvitationLink(
      `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${R}`,
    );
    if (!parsed.ok) throw new Error('GDAP link did not parse');
    const email = composeInvitationEmail(parsed.link, 'Contoso', 'en');
    expect(email.subject).toMatch(/administrator access/);
    expect(email.body).toContain(parsed.link.url);
  });

  it('refuses an empty, multi-line or overlong partner name with a clear message', () => {
    expect(checkPartnerName('  ')).toBe('empty');
    expect(checkPartnerName('A\nB')).toBe('line-break');
    expect(checkPartnerName('x'.repeat(121))).toBe('too-long');
    expect(checkPartnerName('Contoso')).toBeUndefined();
    expect(() => composeInvitationEmail(direct, '', 'en')).toThrow(/Partner name is empty/);
    expect(() => composeInvitationEmail(direct, 'a', 'fr' as 'en')).toThrow(/Allowed: de, en, zh/);
  });
});

describe('mailtoHref', () => {
  it('encodes subject and body so the link survives', () => {
    const email = composeInvitationEmail(direct, 'Contoso & Co', 'de');
    const href = mailtoHref(email);
    expect(href.startsWith('mailto:?subject=')).toBe(true);
    const url = new URL(href);
    expect(url.searchParams.get('subject')).toBe(email.subject);
    expect(url.searchParams.get('body')).toBe(email.body.replace(/\n/g, '\r\n'));
  });
});

describe('languageFromTag', () => {
  it.each([
    ['de-DE', 'de'],
    ['en-us', 'en'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh_cn', 'zh'],
    ['zh-TW', undefined],
    ['zh-Hant-HK', undefined],
    ['fr-FR', undefined],
    ['', undefined],
  ])('%s → %s', (tag, expected) => {
    expect(languageFromTag(tag)).toBe(expected);
  });
});

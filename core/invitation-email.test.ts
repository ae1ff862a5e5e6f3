import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  buildInvitationLink,
  checkPartnerName,
  languageFromTag,
  mailtoHref,
  parseInvitationLink,
  type InvitationLink,
} from './index.ts';
import { translator } from '../locales/i18n.ts';
import { invitationEmail } from '../locales/email.ts';
import type { Language } from './languages.ts';

/** The e-mail with the product's texts in one language. */
const composeInvitationEmail = (
  link: InvitationLink,
  name: string,
  language: Language,
  guideBase: string,
) => invitationEmail(link, name, translator(language), guideBase);

const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const R = '11111111-2222-4333-8444-555555555555';
const linkOf = (result: ReturnType<typeof buildInvitationLink>): InvitationLink => {
  if (!result.ok) throw new Error('test link did not build');
  return result.link;
};
/** An old link that still asks for DAP, as partners have them in old mails. */
const oldDapLink = parseInvitationLink(
  `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`,
);
if (!oldDapLink.ok) throw new Error('test link did not parse');
const direct = oldDapLink.link;
const GRAPH_ID = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';
const gdapResult = parseInvitationLink(
  `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${GRAPH_ID}`,
);
if (!gdapResult.ok) throw new Error('GDAP test link did not parse');
const gdap = gdapResult.link;
const indirect = linkOf(
  buildInvitationLink({
    cloud: 'global',
    partnerTenantId: P,
    reseller: { tenantId: R, partnerId: '4847383' },
  }),
);
const vianet = linkOf(buildInvitationLink({ cloud: '21vianet', partnerTenantId: P }));
/** The site's public address, as SITE_URL gives it. */
const GUIDE = 'https://guide.example.com/';

describe('composeInvitationEmail', () => {
  for (const language of LANGUAGES) {
    it(`${language}: names the partner, the Global admin, and carries the link unchanged`, () => {
      for (const link of [direct, indirect, vianet]) {
        const email = composeInvitationEmail(link, '  Contoso GmbH ', language, GUIDE);
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
    const bodies = LANGUAGES.map((l) => composeInvitationEmail(direct, 'Contoso', l, GUIDE).body);
    expect(new Set(bodies).size).toBe(3);
  });

  it('never promises delegated admin privileges, even for an old DAP=true link', () => {
    const promises = {
      en: /asks for delegated admin privileges|we can manage your services/i,
      de: /fordert auch delegierte Administratorrechte|delegierte Administratorrechte an,/i,
      zh: /还包含委派的管理权限/,
    };
    for (const language of LANGUAGES) {
      const body = composeInvitationEmail(direct, 'Contoso', language, GUIDE).body;
      expect(body).not.toMatch(promises[language]);
      // Says instead that admin access would be a separate GDAP request.
      expect(body).toContain('GDAP');
      // DAP=true or DAP=false: the same e-mail apart from the link.
      const withoutDap = parseInvitationLink(direct.url.replace('DAP=true', 'DAP=false'));
      if (!withoutDap.ok) throw new Error('test link did not parse');
      expect(body).toBe(
        composeInvitationEmail(withoutDap.link, 'Contoso', language, GUIDE).body.replace(
          withoutDap.link.url,
          direct.url,
        ),
      );
    }
  });

  it('names both partners an indirect-reseller link ties the customer to, whoever sends it', () => {
    // The reseller sends its own link from "Invite new customers" today; the e-mail must not
    // speak as the provider ("our indirect reseller") nor leave the provider out.
    const terms: Record<Language, { reseller: RegExp; provider: RegExp }> = {
      de: { reseller: /indirekte[nr]? Reseller/, provider: /indirekte[mnr]? Anbieter/ },
      en: { reseller: /indirect reseller/, provider: /indirect provider/ },
      zh: { reseller: /间接经销商/, provider: /间接提供商/ },
    };
    for (const language of LANGUAGES) {
      const { body } = composeInvitationEmail(indirect, 'Contoso', language, GUIDE);
      expect(body, language).toMatch(terms[language].reseller);
      expect(body, language).toMatch(terms[language].provider);
      expect(body, language).not.toMatch(
        /our indirect reseller|unserem indirekten Reseller|我们的间接经销商/,
      );
    }
  });

  it('explains the 21Vianet admin center for 21Vianet links', () => {
    expect(composeInvitationEmail(vianet, 'Contoso', 'en', GUIDE).body).toMatch(
      /operated by 21Vianet/,
    );
    expect(composeInvitationEmail(direct, 'Contoso', 'en', GUIDE).body).not.toMatch(/21Vianet/);
  });

  it('writes the GDAP request e-mail in de, en and zh: roles, period, 90-day expiry', () => {
    const expected = {
      en: [/administrator access/, /within 90 days/, /two years/],
      de: [/Administratorzugriff/, /innerhalb von 90 Tagen/, /zwei Jahre/],
      zh: [/管理员访问权限/, /在 90 天内/, /两年/],
    };
    for (const language of LANGUAGES) {
      const email = composeInvitationEmail(gdap, 'Contoso', language, GUIDE);
      expect(email.subject).toMatch(expected[language][0]!);
      for (const pattern of expected[language]) expect(email.body).toMatch(pattern);
      expect(email.body).toContain(`\n${gdap.url}\n`);
      // Approving GDAP is not accepting the Customer Agreement.
      expect(email.body).not.toContain(
        composeInvitationEmail(direct, 'Contoso', language, GUIDE).body.split('\n\n')[3],
      );
      expect(email.body).not.toMatch(/\{\{/);
    }
  });

  it('calls a GDAP link a request that is approved, never an invitation that is accepted', () => {
    const invitationWords = {
      en: [/invitation link/i, /accepting/i],
      de: [/Einladungslink/, /Annahme/, /annehmen/],
      zh: [/邀请链接/, /无法接受/],
    };
    for (const language of LANGUAGES) {
      const email = composeInvitationEmail(gdap, 'Contoso', language, GUIDE);
      for (const word of invitationWords[language]) expect(email.body).not.toMatch(word);
      // The invitation e-mail keeps its own words.
      const invitation = composeInvitationEmail(direct, 'Contoso', language, GUIDE);
      expect(invitation.body).toMatch(invitationWords[language][0]!);
    }
  });

  it('spaces the partner name in Chinese by its script: none for a Chinese name, one for a Latin name', () => {
    for (const link of [direct, indirect, gdap]) {
      const chinese = composeInvitationEmail(link, '世纪云科技有限公司', 'zh', GUIDE);
      expect(chinese.subject).toMatch(/^世纪云科技有限公司(希望|请求)/);
      expect(chinese.body).not.toMatch(/世纪云科技有限公司 | 世纪云科技有限公司/);
      // docs/style-zh.md: a space between Chinese and Latin text, none inside Chinese text.
      const latin = composeInvitationEmail(link, 'Contoso GmbH', 'zh', GUIDE);
      expect(latin.subject).toMatch(/^Contoso GmbH (希望|请求)/);
    }
  });

  it('refuses an empty, multi-line or overlong partner name with a clear message', () => {
    expect(checkPartnerName('  ')).toBe('empty');
    expect(checkPartnerName('A\nB')).toBe('line-break');
    expect(checkPartnerName('x'.repeat(121))).toBe('too-long');
    expect(checkPartnerName('Contoso')).toBeUndefined();
    expect(() => composeInvitationEmail(direct, '', 'en', GUIDE)).toThrow(/Partner name is empty/);
    expect(() => composeInvitationEmail(direct, 'a', 'fr' as 'en', GUIDE)).toThrow(
      /Allowed: de, en, zh/,
    );
  });
});

describe('mailtoHref', () => {
  it('encodes subject and body so the link survives', () => {
    const email = composeInvitationEmail(direct, 'Contoso & Co', 'de', GUIDE);
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

  it("links every e-mail to the customer's page on accepting, in the e-mail's language, at the public address", () => {
    for (const link of [direct, indirect, gdap, vianet]) {
      for (const language of LANGUAGES) {
        const { body } = composeInvitationEmail(link, 'Contoso', language, GUIDE);
        const lines = body.split('\n');
        expect(lines, `${link.kind} ${link.cloud} ${language}`).toContain(
          `https://guide.example.com/${language}/accept/`,
        );
        for (const other of LANGUAGES.filter((l) => l !== language))
          expect(body).not.toContain(`/${other}/accept/`);
      }
    }
    expect(
      composeInvitationEmail(direct, 'Contoso', 'de', 'https://guide.example.com').body,
    ).toContain('https://guide.example.com/de/accept/\n');
    expect(() => composeInvitationEmail(direct, 'Contoso', 'en', 'guide.example.com/x')).toThrow(
      /must be the site's origin, like https:\/\/guide\.example\.com; got "guide\.example\.com\/x"/,
    );
  });
});

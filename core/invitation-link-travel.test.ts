import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_ERROR_CODES, parseInvitationLink, type InvitationLinkResult } from './index.ts';

/**
 * Invitation links as they travel: inside German and Chinese sentences, from HTML mail,
 * broken across lines, wrapped by Outlook Safe Links. Valid links survive every
 * transformation with the same result; hostile ones stay refused with the same code.
 */

const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const R = '11111111-2222-4333-8444-555555555555';
const DIRECT = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
const INDIRECT = `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${P}&msppId=4847383&indirectCSPId=${R}&DAP=false#/BillingAccounts/partner-invitation`;
const GRAPH_ID = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';
const GDAP_PREFIX =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/';
const GDAP_GRAPH = `${GDAP_PREFIX}${GRAPH_ID}`;
const GDAP_SINGLE = `${GDAP_PREFIX}${R}`;
const VIANET = `https://portal.partner.microsoftonline.cn/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
/** Indirect resellers' links as they really send them (domain brief, corrections). */
const INDIRECT_NO_TENANT = `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${P}&msppId=4847383#/partners/invitation`;
const INDIRECT_DAP_TRUE = `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${P}&msppId=4847383&indirectCSPId=${R}&DAP=true#/partners/invitation`;
const INDIRECT_STORE = `https://businessstore.microsoft.com/manage/partner-invitation?invType=IndirectResellerRelationship&partnerId=${P}&msppId=4847383`;
const VALID = [
  DIRECT,
  INDIRECT,
  INDIRECT_NO_TENANT,
  INDIRECT_DAP_TRUE,
  INDIRECT_STORE,
  GDAP_GRAPH,
  GDAP_SINGLE,
  VIANET,
];

const safeLinks = (link: string, region = 'eur02') =>
  `https://${region}.safelinks.protection.outlook.com/?url=${encodeURIComponent(link)}&data=05%7C02%7Cuser%40contoso.com%7Cabc%7C0&sdata=Zm9v%3D&reserved=0`;

const withoutWrapper = (result: InvitationLinkResult) => {
  if (!result.ok) return result;
  const link = { ...result.link };
  delete link.unwrapped;
  return { ok: true, link };
};

/** Ways a link reaches the partner: each takes a link and gives the text they paste. */
const TRAVEL: Record<string, (link: string) => string> = {
  'Chinese sentence, no spaces, full-width stop': (l) => `请点击${l}。`,
  'Chinese sentence with full-width colon and comma': (l) => `邀请链接：${l}，谢谢！`,
  'Chinese brackets': (l) => `「${l}」`,
  'German quotes': (l) => `Bitte öffnen Sie „${l}“.`,
  'German sentence with dash': (l) => `Hier der Link – ${l} – danke.`,
  'angle brackets from plain-text mail': (l) => `<${l}>`,
  'HTML mail with &amp;': (l) => l.replace(/&/g, '&amp;'),
  'HTML mail with &#38;': (l) => l.replace(/&/g, '&#38;'),
  'href attribute': (l) => `<a href="${l.replace(/&/g, '&amp;')}">Einladung</a>`,
  'Markdown link': (l) => `[Einladung](${l})`,
};

describe('links as they travel', () => {
  for (const link of VALID) {
    const expected = parseInvitationLink(link);
    it(`${link.slice(8, 40)}… is valid as pasted`, () => {
      expect(expected.ok).toBe(true);
    });
    for (const [name, transform] of Object.entries(TRAVEL)) {
      it(`reads ${link.includes('granular') ? 'a GDAP link' : 'a reseller link'}: ${name}`, () => {
        expect(parseInvitationLink(transform(link))).toEqual(expected);
      });
    }
  }

  it('reads the Microsoft Graph form of a GDAP id (two GUIDs) and the single GUID form', () => {
    const graph = parseInvitationLink(GDAP_GRAPH);
    expect(graph.ok && graph.link.adminRelationshipId).toBe(GRAPH_ID);
    const single = parseInvitationLink(
      GDAP_SINGLE.toUpperCase().replace(
        'HTTPS://ADMIN.MICROSOFT.COM',
        'https://admin.microsoft.com',
      ),
    );
    expect(single.ok && single.link.adminRelationshipId).toBe(R);
  });

  it.each([
    ['one GUID and a half', `${GDAP_PREFIX}${R}-8777b240`],
    ['three GUIDs', `${GDAP_PREFIX}${GRAPH_ID}-${R}`],
    ['an all-zero half', `${GDAP_PREFIX}${R}-00000000-0000-0000-0000-000000000000`],
    ['no id', GDAP_PREFIX],
  ])('refuses a GDAP id with %s', (_name, link) => {
    const result = parseInvitationLink(link);
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-relationship-id');
  });

  it('unwraps Outlook Safe Links and says so', () => {
    for (const region of ['eur02', 'nam12', 'apc01', 'EUR04']) {
      for (const link of VALID) {
        const result = parseInvitationLink(safeLinks(link, region));
        expect(result.ok && result.link.unwrapped).toBe('outlook-safe-links');
        expect(withoutWrapper(result)).toEqual(parseInvitationLink(link));
      }
    }
    // A Safe Links address inside a Chinese sentence, from HTML mail.
    const pasted = `请点击${safeLinks(DIRECT).replace(/&/g, '&amp;')}。`;
    expect(withoutWrapper(parseInvitationLink(pasted))).toEqual(parseInvitationLink(DIRECT));
  });

  it('joins a link broken across lines by plain-text mail', () => {
    for (const link of VALID) {
      for (const at of [30, 61, 76, link.length - 5]) {
        const broken = `Bitte klicken Sie:\n${link.slice(0, at)}\n${link.slice(at)}\nDanke`;
        expect(parseInvitationLink(broken)).toEqual(parseInvitationLink(link));
        const quoted = `> ${link.slice(0, at)}\n> ${link.slice(at)}`;
        expect(parseInvitationLink(quoted)).toEqual(parseInvitationLink(link));
      }
    }
  });

  it('does not join a complete link with the next line', () => {
    expect(parseInvitationLink(`${DIRECT}\nDanke`)).toEqual(parseInvitationLink(DIRECT));
    expect(parseInvitationLink(`${GDAP_SINGLE}\n- bitte bis Freitag`)).toEqual(
      parseInvitationLink(GDAP_SINGLE),
    );
  });

  it('keeps a Graph GDAP id whole when the line breaks between its two GUIDs', () => {
    // The first GUID alone is a valid id too: only the next line tells it goes on.
    const at = GDAP_PREFIX.length + 36;
    const broken = `${GDAP_GRAPH.slice(0, at)}\n${GDAP_GRAPH.slice(at)}`;
    expect(parseInvitationLink(broken)).toEqual(parseInvitationLink(GDAP_GRAPH));
  });

  it('keeps a Partner ID whole when the line breaks inside it', () => {
    const at = INDIRECT.indexOf('msppId=') + 'msppId=48'.length;
    const broken = `${INDIRECT.slice(0, at)}\n${INDIRECT.slice(at)}`;
    expect(parseInvitationLink(broken)).toEqual(parseInvitationLink(INDIRECT));
  });
});

describe('hostile links stay refused, also when they travel', () => {
  const code = (text: string) => {
    const result = parseInvitationLink(text);
    return result.ok ? 'ok' : result.error.code;
  };
  const HOSTILE: [string, string, string][] = [
    [
      'look-alike host',
      DIRECT.replace('admin.microsoft.com', 'admin-microsoft.com'),
      'untrusted-host',
    ],
    [
      'suffix host',
      DIRECT.replace('admin.microsoft.com', 'admin.microsoft.com.evil.example'),
      'untrusted-host',
    ],
    [
      'user-info',
      DIRECT.replace('https://', 'https://admin.microsoft.com@'),
      'credentials-in-link',
    ],
    [
      'user-info before another host',
      DIRECT.replace('admin.microsoft.com', 'admin.microsoft.com@evil.example'),
      'untrusted-host',
    ],
    ['Cyrillic homoglyph', DIRECT.replace('admin', 'аdmin'), 'untrusted-host'],
    ['full-width homoglyph', DIRECT.replace('admin', 'ａdmin'), 'untrusted-host'],
    ['javascript:', 'javascript:alert(document.domain)', 'not-https'],
    ['data:', 'data:text/html,<script>alert(1)</script>', 'not-https'],
    ['http', DIRECT.replace('https:', 'http:'), 'not-https'],
    ['Safe Links around another site', safeLinks('https://evil.example/login'), 'untrusted-host'],
    ['Safe Links around javascript:', safeLinks('javascript:alert(1)'), 'not-https'],
    [
      'look-alike Safe Links host',
      safeLinks(DIRECT).replace('.outlook.com', '.outlook.com.evil.example'),
      'untrusted-host',
    ],
    [
      'Safe Links host with two region labels',
      safeLinks(DIRECT).replace('eur02.', 'eur02.x1.'),
      'untrusted-host',
    ],
    [
      'Safe Links without a link',
      'https://eur02.safelinks.protection.outlook.com/?data=1',
      'missing-parameter',
    ],
  ];
  for (const [name, link, expected] of HOSTILE) {
    it(`refuses ${name} with ${expected}`, () => {
      expect(code(link)).toBe(expected);
      for (const transform of Object.values(TRAVEL)) expect(code(transform(link))).toBe(expected);
    });
  }

  it('says when a refused link came out of a Safe Links wrapper', () => {
    const result = parseInvitationLink(safeLinks('https://evil.example/login'));
    expect(!result.ok && result.error.unwrapped).toBe('outlook-safe-links');
  });
});

describe('properties of travelling links', () => {
  const RUNS = { numRuns: 300 };
  const transform = fc.constantFrom(...Object.values(TRAVEL));
  const text = fc.string({ unit: 'grapheme', maxLength: 40 });

  it('never throws on any text around, inside or wrapping a link', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID),
        text,
        text,
        transform,
        fc.boolean(),
        (link, a, b, t, wrap) => {
          const pasted = `${a}${t(wrap ? safeLinks(link) : link)}${b}`;
          const result = parseInvitationLink(pasted);
          expect(result.ok || LINK_ERROR_CODES.includes(result.error.code)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('valid links keep their meaning through any chain of transformations', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VALID),
        fc.array(transform, { maxLength: 2 }),
        fc.boolean(),
        fc.integer({ min: 10, max: 200 }),
        fc.boolean(),
        (link, transforms, wrap, breakAt, broken) => {
          let pasted = wrap ? safeLinks(link) : link;
          if (broken) {
            const at = Math.min(breakAt, pasted.length - 1);
            pasted = `${pasted.slice(0, at)}\n${pasted.slice(at)}`;
          }
          for (const t of transforms) pasted = t(pasted);
          expect(withoutWrapper(parseInvitationLink(pasted))).toEqual(parseInvitationLink(link));
        },
      ),
      RUNS,
    );
  });

  it('javascript:, data: and other schemes are refused wherever they sit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('javascript:', 'JavaScript:', 'data:', 'vbscript:', 'http://', 'ftp://'),
        fc.webPath(),
        transform,
        fc.boolean(),
        (scheme, payload, t, wrap) => {
          const link = `${scheme}${payload || 'alert(1)'}`;
          const result = parseInvitationLink(t(wrap ? safeLinks(link) : link));
          expect(result.ok ? 'ok' : result.error.code).toBe('not-https');
        },
      ),
      RUNS,
    );
  });

  it('a host that is not exactly allowed is refused wherever the link sits', () => {
    fc.assert(
      fc.property(
        fc
          .domain()
          .filter(
            (d) =>
              ![
                'admin.microsoft.com',
                'portal.office.com',
                'businessstore.microsoft.com',
                'portal.partner.microsoftonline.cn',
              ].includes(d.toLowerCase()) && !/safelinks/i.test(d),
          ),
        transform,
        fc.boolean(),
        (domain, t, wrap) => {
          const link = DIRECT.replace('admin.microsoft.com', domain);
          const result = parseInvitationLink(t(wrap ? safeLinks(link) : link));
          expect(result.ok ? 'ok' : result.error.code).toBe('untrusted-host');
        },
      ),
      RUNS,
    );
  });
});

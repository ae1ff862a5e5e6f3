import { afterEach, describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  LINK_CLAIM_IDS,
  composeInvitationEmail,
  parseInvitationLink,
} from '../../core/index.ts';
import { claimMarkerProblems } from '../../locales/claim-markers.ts';
import { translator } from '../../locales/i18n.ts';
import { LinkExplanation } from './LinkExplanation.tsx';
import { invitationStrings, type AnyTranslate } from './strings.ts';
import { renderInDom } from './test-dom.ts';

/**
 * The customer e-mail and the link explanation say the same thing about the same link: for
 * every link form, the claims the e-mail words are claims the explanation shows, with the
 * register's confirmation level, and the two never show different admin-rights claims.
 */

const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const R = '11111111-2222-4333-8444-555555555555';
const ADMIN = 'https://admin.microsoft.com/Adminportal/Home';
const VIANET = 'https://portal.partner.microsoftonline.cn/Adminportal/Home';
const STORE = 'https://businessstore.microsoft.com/manage/partner-invitation';
const direct = (host: string, dap: string, fragment = '#/BillingAccounts/partner-invitation') =>
  `${host}?invType=ResellerRelationship&partnerId=${P}&msppId=0${dap}${fragment}`;
const indirect = (host: string, extra: string, fragment = '#/partners/invitation') =>
  `${host}?invType=IndirectResellerRelationship&partnerId=${P}&msppId=4847383${extra}${fragment}`;

const LINKS: Record<string, string> = {
  'direct, DAP=true': direct(ADMIN, '&DAP=true'),
  'direct, DAP=false': direct(ADMIN, '&DAP=false'),
  'direct, no DAP, #/partners/invitation': direct(ADMIN, '', '#/partners/invitation'),
  'indirect with reseller tenant': indirect(ADMIN, `&indirectCSPId=${R}&DAP=false`),
  'indirect without reseller tenant': indirect(ADMIN, ''),
  'indirect, DAP=true, #/BillingAccounts/partner-invitation': indirect(
    ADMIN,
    `&indirectCSPId=${R}&DAP=true`,
    '#/BillingAccounts/partner-invitation',
  ),
  'Store for Business, direct': `${STORE}?invType=ResellerRelationship&partnerId=${P}`,
  'Store for Business, indirect': indirect(STORE, '', ''),
  'old portal.office.com': `https://portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=${P}&msppId=0`,
  '21Vianet, DAP=true': direct(VIANET, '&DAP=true'),
  '21Vianet, DAP=false': direct(VIANET, '&DAP=false'),
  '21Vianet, indirect': indirect(VIANET, `&indirectCSPId=${R}`),
  'GDAP, Graph id': `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${R}-${R}`,
};

const ADMIN_CLAIMS = ['dap-retired', 'vianet-relationship-adds-dap', 'gdap-facts'];

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('the e-mail and the explanation agree for every link form', () => {
  for (const language of LANGUAGES) {
    const strings = invitationStrings(translator(language) as unknown as AnyTranslate, language);
    const views = LINK_CLAIM_IDS.map((id) => strings.link.claims[id]);
    for (const [name, url] of Object.entries(LINKS)) {
      it(`${language}: ${name}`, () => {
        const result = parseInvitationLink(url);
        expect(result.ok, url).toBe(true);
        if (!result.ok) return;
        const dom = renderInDom(
          <LinkExplanation result={result} strings={strings.link} lang={language} />,
        );
        cleanup = dom.cleanup;
        const shown = Array.from(dom.container.querySelectorAll('[data-claim]')).map((el) =>
          el.getAttribute('data-claim')!,
        );
        const email = composeInvitationEmail(result.link, 'Contoso', language);
        for (const id of email.claims) expect(shown, `${name}: ${id}`).toContain(id);
        expect(shown.filter((id) => ADMIN_CLAIMS.includes(id))).toEqual(
          email.claims.filter((id) => ADMIN_CLAIMS.includes(id)),
        );
        // Same level everywhere: the explanation carries the register's level.
        for (const el of Array.from(dom.container.querySelectorAll('[data-claim]'))) {
          const id = el.getAttribute('data-claim') as (typeof LINK_CLAIM_IDS)[number];
          expect(el.getAttribute('data-confirmation')).toBe(strings.link.claims[id].confirmation);
        }
        expect(claimMarkerProblems(dom.container, views)).toEqual([]);
        if (result.link.cloud === '21vianet') {
          expect(shown).not.toContain('dap-retired');
          expect(email.claims).not.toContain('dap-retired');
        }
      });
    }
  }
});

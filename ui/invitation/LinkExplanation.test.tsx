import { afterEach, describe, expect, it } from 'vitest';
import {
  GDAP_FACT_IDS,
  LANGUAGES,
  LINK_CLAIM_IDS,
  LINK_ERROR_CODES,
  parseInvitationLink,
} from '../../core/index.ts';
import { claimMarkerProblems } from '../../locales/claim-markers.ts';
import { translator } from '../../locales/i18n.ts';
import { LinkExplanation } from './LinkExplanation.tsx';
import { invitationStrings } from './strings.ts';
import { renderInDom } from './test-dom.ts';

const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const OLD_DAP = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
const GRAPH_ID = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';
const GDAP = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${GRAPH_ID}`;
const safeLinks = (link: string) =>
  `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(link)}&data=05%7C02&reserved=0`;

const stringsFor = (language: (typeof LANGUAGES)[number]) =>
  invitationStrings(translator(language), translator);
const views = (language: (typeof LANGUAGES)[number]) =>
  LINK_CLAIM_IDS.map((id) => stringsFor(language).link.claims[id]);

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function show(text: string, language: (typeof LANGUAGES)[number], shadow = false) {
  const dom = renderInDom(
    <LinkExplanation
      result={parseInvitationLink(text)}
      strings={stringsFor(language).link}
      lang={language}
    />,
    { shadow },
  );
  cleanup = dom.cleanup;
  return dom.container.querySelector('.link-explanation')!;
}

describe('every string the shared invitation UI shows exists in de, en and zh', () => {
  for (const language of LANGUAGES) {
    it(language, () => {
      const strings = stringsFor(language);
      const values = JSON.stringify(strings);
      // An i18next miss returns the key itself: no value may look like "ns:key".
      expect(values).not.toMatch(/"(link|common):[\w.-]+"/);
      expect(Object.keys(strings.link.errors)).toEqual([...LINK_ERROR_CODES]);
      expect(Object.keys(strings.link.gdap.facts)).toEqual([...GDAP_FACT_IDS]);
    });
  }
});

describe('LinkExplanation', () => {
  for (const language of LANGUAGES) {
    const s = stringsFor(language).link;

    it(`${language}: an old DAP=true link is explained with the warning and how to ask for GDAP`, () => {
      const root = show(`请点击${OLD_DAP}。`, language);
      expect(root.getAttribute('data-link-kind')).toBe('reseller');
      expect(root.getAttribute('data-link-cloud')).toBe('global');
      expect(root.getAttribute('data-dap')).toBe('on');
      expect(root.textContent).toContain(s.valid.invitation);
      const warning = root.querySelector('[data-note="dap-retired"]')!;
      expect(warning.textContent).toContain(s.dapRetired.title);
      expect(warning.textContent).toContain(s.dapRetired.howToGdap);
      // The DAP fact is the register's one claim, with its marker (quoted, not confirmed).
      const dap = root.querySelector('[data-claim="dap-retired"]')!;
      expect(dap.getAttribute('data-confirmation')).toBe('quoted');
      expect(dap.textContent).toContain(s.claims['dap-retired'].dated);
      expect(dap.textContent).toContain(s.claims['dap-retired'].marker);
      expect(dap.querySelector('a')!.getAttribute('href')).toBe(
        s.claims['dap-retired'].sources[0]!.url,
      );
      expect(claimMarkerProblems(root, views(language))).toEqual([]);
    });

    it(`${language}: a GDAP request says what the customer approves, with its sources`, () => {
      const root = show(GDAP, language);
      expect(root.getAttribute('data-link-kind')).toBe('gdap');
      expect(root.hasAttribute('data-dap')).toBe(false);
      expect(root.textContent).toContain(GRAPH_ID);
      // A GDAP link is a request, not an invitation: its verdict says so.
      expect(root.textContent).toContain(s.valid.gdap);
      expect(root.textContent).not.toContain(s.valid.invitation);
      const facts = [...root.querySelectorAll('[data-gdap-fact]')].map((li) => li.textContent);
      expect(facts).toEqual(GDAP_FACT_IDS.map((id) => s.gdap.facts[id]));
      expect(root.textContent).toContain('90');
      const hrefs = [...root.querySelectorAll('.gdap-facts a')].map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(s.claims['gdap-facts'].sources.map((source) => source.url));
      expect(root.querySelector('[data-claim="gdap-facts"]')!.textContent).toContain(
        s.claims['gdap-facts'].marker,
      );
      expect(root.querySelector('[data-note="dap-retired"]')).toBeNull();
    });

    it(`${language}: a Safe Links address is unwrapped and the partner is told`, () => {
      const root = show(safeLinks(OLD_DAP), language);
      expect(root.getAttribute('data-unwrapped')).toBe('outlook-safe-links');
      expect(root.querySelector('[data-note="unwrapped"]')!.textContent).toBe(s.unwrapped);
      expect(root.querySelector('[data-fact="url"]')!.textContent).toContain(OLD_DAP);
    });

    it(`${language}: a refused link names its code and the problem`, () => {
      const root = show(safeLinks('https://evil.example/login'), language);
      expect(root.getAttribute('data-link-error')).toBe('untrusted-host');
      expect(root.textContent).toContain(s.errors['untrusted-host']);
      expect(root.textContent).toContain(s.unwrappedRefused);
      const missing = show(OLD_DAP.replace(`partnerId=${P}&`, ''), language);
      expect(missing.getAttribute('data-link-error')).toBe('missing-parameter');
      expect(missing.textContent).toContain('partnerId');
      expect(missing.textContent).not.toContain('{{');
    });
  }

  const PROVIDER = 'aaaaaaaa-1111-4222-8333-444444444444';
  const RESELLER = 'bbbbbbbb-5555-4666-8777-888888888888';
  const indirect = (query: string, fragment = '#/partners/invitation') =>
    `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${PROVIDER}&msppId=4847383${query}${fragment}`;

  for (const language of LANGUAGES) {
    const s = stringsFor(language).link;

    it(`${language}: an indirect reseller's link names the provider tenant, the reseller Partner ID and, when present, the reseller tenant`, () => {
      const withTenant = show(indirect(`&indirectCSPId=${RESELLER}&DAP=false`), language);
      const party = (field: string) =>
        withTenant.querySelector(`[data-party="${field}"]`)!.textContent;
      expect(party('partnerTenantId')).toBe(
        `${s.party['indirect-reseller'].partnerTenantId}${PROVIDER}`,
      );
      expect(party('mpnId')).toBe(`${s.party['indirect-reseller'].mpnId}4847383`);
      expect(party('resellerTenantId')).toBe(
        `${s.party['indirect-reseller'].resellerTenantId}${RESELLER}`,
      );
      expect(withTenant.textContent).toContain(s.parties['indirect-reseller']);
      expect(withTenant.querySelector('[data-note="no-reseller-tenant"]')).toBeNull();
      const without = show(indirect('', '#/BillingAccounts/partner-invitation'), language);
      expect(without.getAttribute('data-link-kind')).toBe('indirect-reseller');
      expect(without.querySelector('[data-party="resellerTenantId"]')).toBeNull();
      expect(without.querySelector('[data-note="no-reseller-tenant"]')!.textContent).toBe(
        s.parties.noResellerTenant,
      );
      // The format is seen in public code only: the claim says so with its marker.
      expect(
        without
          .querySelector('[data-claim="indirect-reseller-link-format"]')!
          .getAttribute('data-confirmation'),
      ).toBe('unconfirmed');
      expect(claimMarkerProblems(without, views(language))).toEqual([]);
    });

    it(`${language}: an old Store for Business link reads, and the store is said to be retired`, () => {
      const root = show(
        `https://businessstore.microsoft.com/manage/partner-invitation?invType=IndirectResellerRelationship&partnerId=${PROVIDER}&msppId=4847383`,
        language,
      );
      expect(root.getAttribute('data-link-kind')).toBe('indirect-reseller');
      const retired = root.querySelector('[data-claim="business-store-retired"]')!;
      expect(retired.textContent).toContain(s.claims['business-store-retired'].text);
      expect(claimMarkerProblems(root, views(language))).toEqual([]);
    });

    it(`${language}: a GDAP link on the 21Vianet host is refused with its own code and why`, () => {
      const root = show(
        GDAP.replace('admin.microsoft.com', 'portal.partner.microsoftonline.cn'),
        language,
      );
      expect(root.getAttribute('data-link-error')).toBe('gdap-not-in-21vianet');
      expect(root.textContent).toContain(s.errors['gdap-not-in-21vianet']);
      const why = root.querySelector('[data-claim="gdap-not-in-21vianet"]')!;
      expect(why.getAttribute('data-confirmation')).toBe('unconfirmed');
      expect(claimMarkerProblems(root, views(language))).toEqual([]);
    });

    it(`${language}: a 21Vianet DAP=true link never shows the global DAP fact, only the 2016 one, unconfirmed`, () => {
      const root = show(
        OLD_DAP.replace('admin.microsoft.com', 'portal.partner.microsoftonline.cn'),
        language,
      );
      expect(root.getAttribute('data-link-cloud')).toBe('21vianet');
      expect(root.querySelector('[data-claim="dap-retired"]')).toBeNull();
      expect(
        root
          .querySelector('[data-claim="vianet-relationship-adds-dap"]')!
          .getAttribute('data-confirmation'),
      ).toBe('unconfirmed');
      expect(root.textContent).not.toContain(s.dapRetired.howToGdap);
    });
  }

  it('renders inside a shadow root, as in the portal panel', () => {
    const root = show(GDAP, 'en', true);
    expect(root.getAttribute('data-link-kind')).toBe('gdap');
  });

  it('renders hostile text as text, never as markup', () => {
    const root = show('javascript:alert(1)<img src=x onerror=alert(1)>', 'en');
    expect(root.getAttribute('data-link-error')).toBe('not-https');
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
  });
});

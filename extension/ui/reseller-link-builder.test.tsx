import { parseHTML } from 'linkedom';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Cloud, type Language } from '../../core/index.ts';
import { claimView } from '../../locales/claims.ts';
import { addLanguagePacks, translator } from '../lib/i18n.ts';
import { LANGUAGE_PACKS } from '../lib/language-packs.ts';
import { InvitationHelper } from './InvitationHelper.tsx';
import { ResellerLinkBuilder } from './ResellerLinkBuilder.tsx';

addLanguagePacks(LANGUAGE_PACKS);

/**
 * The indirect provider's link builder before a link is built: what the link does comes from
 * the claims register with its marker; admin access (GDAP) only where the register's GDAP
 * claims speak, never on Partner Center operated by 21Vianet, where Microsoft's pages disagree.
 */
function builder(language: Language, cloud: Cloud) {
  const html = renderToString(
    <ResellerLinkBuilder
      t={translator(language)}
      cloud={cloud}
      idPrefix="b"
      onBuilt={() => undefined}
    />,
  );
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.body;
}

describe('the reseller link builder’s intro', () => {
  for (const language of LANGUAGES) {
    const t = translator(language);
    const format = claimView(t, 'indirect-reseller-link-format');

    it(`${language}, 21Vianet: no GDAP sentence; the link's effect as the claim with its marker`, () => {
      const body = builder(language, '21vianet');
      expect(body.textContent).not.toMatch(/GDAP/);
      const claim = body.querySelector('[data-claim="indirect-reseller-link-format"]')!;
      expect(claim.getAttribute('data-confirmation')).toBe('unconfirmed');
      expect(claim.textContent).toContain(format.text);
      expect(claim.textContent).toContain(format.marker);
      expect(body.querySelectorAll('[data-claim]')).toHaveLength(1);
    });

    it(`${language}, global: the link-format claim with its marker, and the reseller's own GDAP as a claim`, () => {
      const body = builder(language, 'global');
      const claim = body.querySelector('[data-claim="indirect-reseller-link-format"]')!;
      expect(claim.textContent).toContain(format.text);
      expect(claim.textContent).toContain(format.marker);
      expect(format.marker).toBe(t('changes:confirmation.unconfirmed'));
      const gdap = body.querySelector('[data-claim="gdap-indirect-reseller"]')!;
      expect(gdap.textContent).toContain(claimView(t, 'gdap-indirect-reseller').text);
      expect(gdap.getAttribute('data-confirmation')).toBe('confirmed');
      // The intro itself states no fact about the link: only what to build.
      expect(body.querySelector('p.muted')!.textContent).toBe(t('link:build.intro'));
    });
  }
});

describe('the indirect reseller’s helper', () => {
  for (const language of LANGUAGES) {
    const t = translator(language);
    for (const cloud of ['global', '21vianet'] as const) {
      it(`${language}, ${cloud}: tells the reseller its step for this cloud only`, () => {
        const html = renderToString(
          <InvitationHelper
            t={t}
            cloud={cloud}
            role="indirect-reseller"
            language={language}
            emailLanguage={language}
            own={{}}
          />,
        );
        const text = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body
          .textContent;
        const other = cloud === 'global' ? '21vianet' : 'global';
        expect(text).toContain(
          t(`rules:roleStep.request-reseller-relationship.indirect-reseller.${cloud}`),
        );
        expect(text).not.toContain(
          t(`rules:roleStep.request-reseller-relationship.indirect-reseller.${other}`),
        );
        if (cloud === '21vianet') expect(text).not.toMatch(/GDAP/);
      });
    }
  }
});

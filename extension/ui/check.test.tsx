import { parseHTML } from 'linkedom';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import {
  allSituations,
  evaluate,
  notCoveredReason,
  type Language,
  type Situation,
} from '../../core/index.ts';
import { visibleText } from '../../site/src/lib/visible-text.ts';
import { addLanguagePacks, translator } from '../lib/i18n.ts';
import { LANGUAGE_PACKS } from '../lib/language-packs.ts';
import { PAGE_KINDS, roleOnPage } from '../lib/page-kinds.ts';
import { DEFAULT_SETTINGS } from '../lib/settings.ts';
import { answerKey, nextStepKey } from '../../locales/keys.ts';
import { Check } from './Check.tsx';
import { Overlay } from './Overlay.tsx';

addLanguagePacks(LANGUAGE_PACKS);

/**
 * The check's verdict where the source does not speak of a case: the reader keeps the advice
 * to check Microsoft's current documentation before acting, in every language and for both
 * reasons (the source does not mention the case; its table has no row for the service).
 */
const ADVICE: Record<Language, string> = {
  en: "Check Microsoft's current Partner Center documentation or ask your Microsoft contact before you act.",
  de: 'Prüfen Sie die aktuelle Dokumentation von Microsoft zum Partner Center oder fragen Sie Ihren Ansprechpartner bei Microsoft, bevor Sie handeln.',
  zh: '采取行动前，请查阅 Microsoft 最新的合作伙伴中心文档，或咨询你的 Microsoft 联系人。',
};

function verdictText(language: Language, situation: Situation): string {
  const html = renderToString(
    <Check
      t={translator(language)}
      language={language}
      idPrefix="c"
      known={{
        cloud: { value: situation.cloud, from: 'page' },
        origin: { value: situation.origin, from: 'options' },
        service: { value: situation.service, from: 'options' },
        role: { value: situation.role, from: 'options' },
      }}
      ask={[]}
    />,
  );
  return visibleText(`<html lang="${language}"><body>${html}</body></html>`)
    .blocks.map((b) => b.text)
    .join('\n');
}

describe('the check’s not-covered verdict', () => {
  const first = (reason: 'no-row' | 'not-mentioned') =>
    allSituations().find((s) => notCoveredReason(evaluate(s)) === reason)!;

  for (const language of ['de', 'en', 'zh'] as const) {
    for (const reason of ['not-mentioned', 'no-row'] as const) {
      it(`${language}, ${reason}: keeps the advice to check before acting`, () => {
        const situation = first(reason);
        expect(situation, reason).toBeDefined();
        const text = verdictText(language, situation);
        const t = translator(language);
        expect(text).toContain(t('rules:status.not-covered.title'));
        expect(text).toContain(ADVICE[language]);
        expect(text).toContain(
          t(
            reason === 'no-row'
              ? 'extension:check.notCovered.noRow'
              : 'extension:check.notCovered.noSource',
          ),
        );
      });
    }
  }
});

describe('the role a page implies', () => {
  const kind = (id: string) => PAGE_KINDS.find((k) => k.id === id)!;
  /** The open entry point on a kind of portal page, with the default settings, as a document. */
  const openOverlay = (id: string, language: 'de' | 'en' | 'zh') => {
    const html = renderToString(
      <Overlay
        kind={kind(id)}
        pageKey="k"
        cloud="global"
        language={language}
        settings={DEFAULT_SETTINGS}
        collapsed={false}
        panelOpen={false}
        clearTop={0}
        onToggle={() => undefined}
        onOpenOptions={() => undefined}
        onCheck={() => undefined}
      />,
    );
    return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  };

  for (const language of ['de', 'en', 'zh'] as const) {
    const t = translator(language);
    it(`${language}: on Indirect resellers, with no role set, the panel is the indirect provider's`, () => {
      const document = openOverlay('indirect-resellers', language);
      const role = document.querySelector('[data-known="role"]')!;
      expect(role.textContent).toContain(t(answerKey('role', 'indirect-provider')));
      expect(role.textContent).toContain(t('extension:check.roleFromPage'));
      expect(role.textContent).not.toContain(t('extension:check.fromOptions'));
      // The same role for the builder beside it.
      expect(document.querySelector('[data-helper="indirect-provider"] .builder')).not.toBeNull();
    });
  }

  for (const language of ['de', 'en', 'zh'] as const) {
    const t = translator(language);
    it(`${language}: the check asks about "this customer" only on one customer's pages, not on the customer list`, () => {
      const intro = (id: string) =>
        openOverlay(id, language).querySelector('.check-section .intro')!.textContent;
      expect(intro('customer')).toBe(t('extension:check.intro'));
      expect(intro('customer-list')).toBe(t('extension:entry.intro'));
      expect(t('extension:entry.intro')).not.toBe(t('extension:check.intro'));
    });
  }

  it("the check then gives the provider's steps, not the direct partner's", () => {
    const situation: Situation = {
      cloud: 'global',
      origin: 'microsoft-direct',
      service: 'license-based',
      role: 'indirect-provider',
    };
    const t = translator('en');
    const html = renderToString(
      <Check
        t={t}
        language="en"
        idPrefix="c"
        known={{
          cloud: { value: 'global', from: 'page' },
          origin: { value: situation.origin, from: 'options' },
          service: { value: situation.service, from: 'options' },
          role: roleOnPage(kind('indirect-resellers'), 'direct'),
        }}
        ask={[]}
      />,
    );
    const outcomes = evaluate(situation).outcomes;
    expect(outcomes).toContain('provider-sends-invitation');
    for (const outcome of outcomes) {
      expect(html).toContain(`data-outcome="${outcome}"`);
    }
    const text = verdictText('en', situation);
    expect(text).toContain(t(nextStepKey('provider-names-admin-reseller', situation)));
  });

  it('the Indirect providers page is the indirect reseller’s; other pages take the options’ role', () => {
    expect(roleOnPage(kind('indirect-providers'), 'direct')).toEqual({
      value: 'indirect-reseller',
      from: 'page',
    });
    expect(roleOnPage(kind('request-relationship-indirect'), 'indirect-reseller').value).toBe(
      'indirect-provider',
    );
    expect(roleOnPage(kind('customer-list'), 'indirect-reseller')).toEqual({
      value: 'indirect-reseller',
      from: 'options',
    });
    expect(roleOnPage(undefined, 'direct').from).toBe('options');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, type OwnIds } from '../../core/index.ts';
import { renderInDom, userEvent } from '../../ui/invitation/test-dom.ts';
import { addLanguagePacks, translator } from '../lib/i18n.ts';
import { overlayPacks } from '../lib/overlay-strings.ts';
import { provideSettingsStore } from '../lib/settings-store.ts';
import { SETTINGS_STORE, partnerNameItem } from '../lib/settings.ts';
import { InvitationHelper } from './InvitationHelper.tsx';
import { LinkPaste } from './LinkPaste.tsx';

// The strings the overlay loads on the portal: the entry point's (the field, the builder) and,
// once a link is pasted or built, the link part's. A key their packs lack fails here.
addLanguagePacks(overlayPacks('entry'));
addLanguagePacks(overlayPacks('link'));
provideSettingsStore(SETTINGS_STORE);

/**
 * The one paste-a-link checker (LinkPaste) and the indirect reseller's helper, with the shared
 * link explanation and e-mail composer (ui/invitation) and the extension's own strings: paste
 * any text, read what it is and whose it is, get the e-mail. WXT's fake browser stands in for
 * storage.
 */

const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const OTHER = '5a3b1c2d-0e9f-4a8b-9c7d-6e5f4a3b2c1d';
const LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
const OLD_DAP = LINK.replace('DAP=false', 'DAP=true');
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function mount(tree: Parameters<typeof renderInDom>[0]) {
  const dom = renderInDom(tree, { shadow: true });
  cleanup = dom.cleanup;
  const paste = async (text: string) => {
    const area = dom.container.querySelector<HTMLTextAreaElement>('textarea')!;
    // The partner's focus loads the result view (the overlay's link part), which then reads the
    // text: wait for its explanation.
    area.dispatchEvent(userEvent(dom.document, 'focus'));
    area.value = text;
    area.dispatchEvent(userEvent(dom.document, 'input'));
    await dom.until('the pasted text read', () =>
      Boolean(dom.container.querySelector('[data-link-kind], [data-link-error]')),
    );
  };
  return { container: dom.container, paste, document: dom.document, until: dom.until };
}

const checker = (language: (typeof LANGUAGES)[number], own: OwnIds = {}) =>
  mount(
    <LinkPaste language={language} emailLanguage={language} idPrefix="t" own={own} label="Link" />,
  );

/** The indirect provider's helper, with the provider's tenant ID in the options. */
const providerHelper = () =>
  mount(
    <InvitationHelper
      t={translator('en')}
      cloud="global"
      role="indirect-provider"
      language="en"
      emailLanguage="en"
      own={{ tenantId: P }}
    />,
  );

describe('the paste-a-link checker', () => {
  for (const language of LANGUAGES) {
    const t = translator(language);

    it(`${language}: an old DAP link in a sentence is explained with the warning, in a shadow root`, async () => {
      const { container, paste } = await checker(language);
      await paste(`请点击${OLD_DAP}。`);
      const explained = container.querySelector('[data-link-kind]')!;
      expect(explained.getAttribute('data-dap')).toBe('on');
      expect(explained.getAttribute('data-link-owner')).toBe('unknown');
      expect(explained.textContent).toContain(t('link:dapRetired.title'));
    });

    it(`${language}: another partner's link is a warning, not a valid link, and gets no e-mail`, async () => {
      const { container, paste } = await checker(language, { tenantId: OTHER });
      await paste(`Contoso Ltd ${LINK}`);
      const explained = container.querySelector('[data-link-kind]')!;
      expect(explained.getAttribute('data-link-owner')).toBe('other');
      expect(explained.classList.contains('message--warn')).toBe(true);
      expect(explained.textContent).not.toContain(t('link:valid'));
      expect(explained.textContent).toContain(t('link:owner.other'));
      expect(container.querySelector('[data-email-composer]')).toBeNull();
    });

    it(`${language}: the partner's own link says so and offers the e-mail`, async () => {
      const { container, paste } = await checker(language, { tenantId: P });
      await paste(LINK);
      expect(container.querySelector('[data-link-owner="self"]')).not.toBeNull();
      expect(container.querySelector('[data-email-composer="customer"]')).not.toBeNull();
    });

    it(`${language}: javascript: in front of a real link is refused, as in the portal's field`, async () => {
      const { container, paste } = await checker(language);
      await paste(`javascript:alert(1)//${LINK}`);
      expect(container.querySelector('[data-link-error]')!.getAttribute('data-link-error')).toBe(
        'not-https',
      );
    });

    it(`${language}: a hostile Safe Link is refused with its code`, async () => {
      const { container, paste } = await checker(language);
      await paste(
        `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://evil.example/')}`,
      );
      const refused = container.querySelector('[data-link-error]')!;
      expect(refused.getAttribute('data-link-error')).toBe('untrusted-host');
      expect(refused.textContent).toContain(t('link:explain.unwrappedRefused'));
    });

    it(`${language}: an indirect reseller pastes a GDAP link and gets the GDAP e-mail`, async () => {
      await partnerNameItem.setValue('Fabrikam AG');
      const { container, paste } = await mount(
        <InvitationHelper
          t={t}
          cloud="global"
          role="indirect-reseller"
          language={language}
          emailLanguage={language}
          own={{}}
        />,
      );
      await paste(GDAP);
      const root = container.querySelector('[data-link-kind="gdap"]')!;
      expect(root.querySelectorAll('[data-gdap-fact]').length).toBeGreaterThan(3);
      // The remembered name arrives from storage, then the composer writes the e-mail.
      const body = await vi.waitFor(() => {
        const area = container.querySelector<HTMLTextAreaElement>('#cmg-provider-link-email-body');
        if (!area) throw new Error(`no e-mail yet: ${container.innerHTML.slice(-600)}`);
        return area;
      });
      expect(body.value).toContain('Fabrikam AG');
      expect(body.value).toContain(GDAP);
    });
  }

  it("an indirect provider with its tenant ID set: another provider's link is someone else's", async () => {
    const t = translator('en');
    const { container, paste } = await checker('en', { tenantId: P, role: 'indirect-provider' });
    // The form seen in the wild: no indirectCSPId; the Partner ID in it is the reseller's.
    await paste(
      `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${OTHER}&msppId=4847383#/partners/invitation`,
    );
    const explained = container.querySelector('[data-link-kind]')!;
    expect(explained.getAttribute('data-link-owner')).toBe('other');
    expect(explained.classList.contains('message--warn')).toBe(true);
    expect(explained.textContent).not.toContain(t('extension:owner.needsTenantId'));
  });

  for (const language of LANGUAGES) {
    const t = translator(language);
    it(`${language}: an owner that cannot be told is neutral, not green, and says which ID is missing`, async () => {
      const { container, paste } = await checker(language, {
        tenantId: P,
        role: 'indirect-reseller',
      });
      await paste(
        `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${OTHER}&msppId=4847383#/partners/invitation`,
      );
      const explained = container.querySelector('[data-link-kind]')!;
      expect(explained.getAttribute('data-link-owner')).toBe('unknown');
      expect(explained.getAttribute('data-link-result')).toBe('ok');
      expect(explained.classList.contains('message--neutral')).toBe(true);
      expect(explained.classList.contains('message--ok')).toBe(false);
      expect(explained.textContent).toContain(t('link:valid'));
      expect(explained.querySelector('[data-owner-note]')!.textContent).toContain(
        t('extension:owner.needsPartnerId'),
      );
      const { container: none, paste: pasteNone } = await checker(language);
      await pasteNone(LINK);
      expect(none.querySelector('[data-owner-note]')!.textContent).toContain(
        t('extension:owner.unknown'),
      );
    });
  }

  it('a link the provider builds says whose it is: its own tenant is yours, another tenant a warning without e-mail', async () => {
    const t = translator('en');
    const { container, document, until } = await providerHelper();
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    const type = async (id: string, value: string) => {
      const input = container.querySelector<HTMLInputElement>(`#cmg-build-${id}`)!;
      input.value = value;
      input.dispatchEvent(userEvent(document, 'input'));
      await tick();
    };
    const build = async () => {
      container.querySelector('form')!.dispatchEvent(userEvent(document, 'submit'));
      await tick();
    };
    await type('resellerTenantId', '6e8bc430-9c3a-11d9-9669-0800200c9a66');
    await type('resellerPartnerId', '4847383');
    await build();
    const built = () => container.querySelector('[data-built] [data-link-kind]')!;
    // The built link's explanation is the overlay's link part, loaded once there is a link.
    await until('the built link explained', () => !!built());
    expect(built().getAttribute('data-link-owner')).toBe('self');
    expect(built().querySelector('[data-owner-note]')!.textContent).toContain(t('link:owner.self'));
    expect(container.querySelector('[data-email-composer]')).not.toBeNull();

    await type('partnerTenantId', OTHER);
    await build();
    expect(built().getAttribute('data-link-owner')).toBe('other');
    expect(built().classList.contains('message--warn')).toBe(true);
    expect(container.querySelector('[data-email-composer]')).toBeNull();
  });

  it("the provider's link builder starts from the tenant ID in the options, never from the page", async () => {
    const { container } = await providerHelper();
    expect(container.querySelector<HTMLInputElement>('#cmg-build-partnerTenantId')!.value).toBe(P);
  });
});

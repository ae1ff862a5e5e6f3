import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES } from '../../core/index.ts';
import { renderInDom } from '../../ui/invitation/test-dom.ts';
import { translator } from '../lib/i18n.ts';
import { partnerNameItem } from '../lib/settings.ts';
import { InvitationHelper } from './InvitationHelper.tsx';

/**
 * The extension's invitation helper renders the shared link explanation and e-mail composer
 * (ui/invitation) with the extension's own strings: paste a link, read what it is, get the
 * e-mail. WXT's fake browser stands in for storage.
 */

const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const PAGE_LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
const OLD_DAP = PAGE_LINK.replace('DAP=false', 'DAP=true');
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function helper(language: (typeof LANGUAGES)[number], role: 'direct' | 'indirect-reseller') {
  const dom = renderInDom(
    <InvitationHelper
      t={translator(language)}
      cloud="global"
      role={role}
      language={language}
      pageText={role === 'direct' ? `Hallo,\n${PAGE_LINK}\n` : undefined}
      emailLanguage={language}
      showPageLink
    />,
    { shadow: true },
  );
  cleanup = dom.cleanup;
  const paste = async (text: string) => {
    const area = dom.container.querySelector<HTMLTextAreaElement>('textarea')!;
    area.value = text;
    area.dispatchEvent(new dom.document.defaultView!.Event('input', { bubbles: true }));
    await dom.settle();
  };
  return { container: dom.container, paste };
}

describe('extension invitation helper with the shared components', () => {
  for (const language of LANGUAGES) {
    const t = translator(language);

    it(`${language}: a pasted old DAP link is explained with the warning, inside a shadow root`, async () => {
      const { container, paste } = await helper(language, 'direct');
      const pageLink = container.querySelector('[data-link-kind]')!;
      expect(pageLink.getAttribute('data-dap')).toBe('off');
      await paste(`请点击${OLD_DAP}。`);
      const explained = container.querySelectorAll('[data-link-kind]');
      expect(explained).toHaveLength(2);
      expect(explained[1]!.getAttribute('data-dap')).toBe('on');
      expect(explained[1]!.textContent).toContain(t('link:dapRetired.title'));
    });

    it(`${language}: an indirect reseller pastes a GDAP link and gets the GDAP e-mail`, async () => {
      await partnerNameItem.setValue('Fabrikam AG');
      const { container, paste } = await helper(language, 'indirect-reseller');
      await paste(GDAP);
      const root = container.querySelector('[data-link-kind="gdap"]')!;
      expect(root.querySelectorAll('[data-gdap-fact]').length).toBeGreaterThan(3);
      // The remembered name arrives from storage, then the composer writes the e-mail.
      const body = await vi.waitFor(() => {
        const area = container.querySelector<HTMLTextAreaElement>('#cmg-reseller-email-body');
        if (!area) throw new Error(`no e-mail yet: ${container.innerHTML.slice(-600)}`);
        return area;
      });
      expect(body.value).toContain('Fabrikam AG');
      expect(body.value).toContain(GDAP);
    });

    it(`${language}: a hostile paste is refused with its code`, async () => {
      const { container, paste } = await helper(language, 'direct');
      await paste(
        `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent('https://evil.example/')}`,
      );
      const refused = container.querySelector('[data-link-error]')!;
      expect(refused.getAttribute('data-link-error')).toBe('untrusted-host');
      expect(refused.textContent).toContain(t('link:explain.unwrappedRefused'));
    });
  }
});

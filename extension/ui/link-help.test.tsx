import { afterEach, describe, expect, it } from 'vitest';
import { renderInDom, userEvent } from '../../ui/invitation/test-dom.ts';
import { readLink } from '../../ui/invitation/reading.ts';
import { addLanguagePacks, translator } from '../lib/i18n.ts';
import { overlayPacks } from '../lib/overlay-strings.ts';
import { provideSettingsStore } from '../lib/settings-store.ts';
import { PAGE_KINDS, roleOnPage } from '../lib/page-kinds.ts';
import { DEFAULT_SETTINGS, SETTINGS_STORE, ownIdsOfferItem } from '../lib/settings.ts';
import { LinkHelp, type LinkHelpProps } from './LinkHelp.tsx';

// The strings the overlay's link part loads on the portal: a key its packs lack fails here.
addLanguagePacks(overlayPacks('link'));
provideSettingsStore(SETTINGS_STORE);

/**
 * The help beside the portal's own link (LinkHelp): the IDs offer only where the portal shows
 * the partner's own link, and answering it keeps a status region and the help in place. WXT's
 * fake browser stands in for storage.
 */

const P = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const RESELLER = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';
/** The provider's panel on the Indirect resellers page: a link naming one of its resellers. */
const NAMING = `https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId=${P}&msppId=4847383&indirectCSPId=${RESELLER}#/BillingAccounts/partner-invitation`;
const LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function mount(props: Partial<LinkHelpProps>) {
  const dom = renderInDom(
    <LinkHelp
      reading={readLink(LINK, {})}
      language="en"
      settings={DEFAULT_SETTINGS}
      role={DEFAULT_SETTINGS.role}
      managed={new Set()}
      offerAnswered={false}
      ownLink
      emailLanguage="en"
      inDialog
      {...props}
    />,
    { shadow: true },
  );
  cleanup = dom.cleanup;
  return dom;
}

describe("the help beside the portal's own link", () => {
  it("offers the IDs only where the portal shows the partner's own link", () => {
    expect(mount({}).container.querySelector('[data-own-ids-offer]')).not.toBeNull();
    cleanup?.();
    const elsewhere = mount({ ownLink: false });
    expect(elsewhere.container.querySelector('[data-own-ids-offer]')).toBeNull();
    // The link is still explained there, neutral: whose it is cannot be told.
    expect(
      elsewhere.container
        .querySelector('.link-explanation')!
        .classList.contains('message--neutral'),
    ).toBe(true);
  });

  // Where focus goes (the help's title) is checked by keyboard in the portal (e2e scenarios).
  it('answering keeps the status region (filled on saving) and removes only the offer', async () => {
    const t = translator('en');
    const dom = mount({});
    const status = dom.container.querySelector('[data-own-ids-answer]')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    // A page script's click does nothing.
    dom.container
      .querySelector<HTMLButtonElement>('[data-own-ids-offer] .primary')!
      .dispatchEvent(new dom.document.defaultView!.Event('click', { bubbles: true }));
    await dom.settle();
    expect(dom.container.querySelector('[data-own-ids-offer]')).not.toBeNull();

    dom.container
      .querySelector('[data-own-ids-offer] .primary')!
      .dispatchEvent(userEvent(dom.document, 'click'));
    await dom.settle();
    await dom.settle();
    expect(dom.container.querySelector('[data-own-ids-offer]')).toBeNull();
    const after = dom.container.querySelector('[data-own-ids-answer]')!;
    expect(after).toBe(status);
    expect(after.textContent).toBe(t('extension:offer.saved'));
    expect(await ownIdsOfferItem.getValue()).toBe(true);
  });

  it("offers the provider's tenant ID on the Indirect resellers page, with no role set in the options", () => {
    const kind = PAGE_KINDS.find((k) => k.id === 'indirect-resellers')!;
    const role = roleOnPage(kind, DEFAULT_SETTINGS.role);
    expect(role).toEqual({ value: 'indirect-provider', from: 'page' });
    const dom = mount({ reading: readLink(NAMING, { role: role.value }), role: role.value });
    const offer = dom.container.querySelector('[data-own-ids-offer]')!;
    expect(offer.textContent).toContain(P);
    expect(offer.textContent).not.toContain(RESELLER);
    cleanup?.();
    // With the options' role alone (direct), the link names no IDs that are the partner's.
    const direct = mount({ reading: readLink(NAMING, {}), role: DEFAULT_SETTINGS.role });
    expect(direct.container.querySelector('[data-own-ids-offer]')).toBeNull();
  });
});

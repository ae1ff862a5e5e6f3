import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGES, type Language, type OwnIds } from '../../core/index.ts';
import { typographyProblems } from '../../locales/typography.ts';
import { addLanguagePacks, translator } from '../../extension/lib/i18n.ts';
import { overlayPacks } from '../../extension/lib/overlay-strings.ts';
import { provideSettingsStore, type SettingsStore } from '../../extension/lib/settings-store.ts';
import { LinkChecker } from '../../extension/ui/LinkChecker.tsx';
import InvitationHelper from '../../site/src/islands/InvitationHelper.tsx';
import { helperProps } from '../../site/src/view-models/helper.ts';
import { tFor } from '../../site/src/lib/i18n.ts';
import { renderInDom, userEvent } from './test-dom.ts';

/**
 * The one paste-a-link checker (LinkPaste) as each product uses it: the site's invitation
 * helper (a Check button, the result loaded on first use, nothing known of the reader) and the
 * extension's checker (read as the partner types, against the partner's own IDs from the
 * options). The same text gets the same verdict, the same owner attribute and the e-mail or
 * none; only the partner's own IDs, which only the extension keeps, make a link someone else's.
 */

// The strings the overlay's parts load on the portal (the field is the open entry point's, its
// result the link part's): a key their packs lack fails here.
addLanguagePacks(overlayPacks('entry'));
addLanguagePacks(overlayPacks('link'));
// The extension's storage for the company name, in memory (the fake of WXT is not loaded here).
const names: string[] = [];
const memoryStore: SettingsStore = {
  saveSettings: () => Promise.reject(new Error('the paste-a-link checker saves no settings')),
  partnerName: {
    getValue: () => Promise.resolve(names.at(-1) ?? ''),
    setValue: (name) => Promise.resolve(void names.push(name)),
  },
  ownIdsOffer: { setValue: () => Promise.resolve() },
};
provideSettingsStore(memoryStore);

const P = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const OTHER = '5a3b1c2d-0e9f-4a8b-9c7d-6e5f4a3b2c1d';
const LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=false#/BillingAccounts/partner-invitation`;
const GDAP =
  'https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';

/** What a reader and a test rely on: verdict, owner, cause, and whether an e-mail is offered. */
interface Verdict {
  result: string | null;
  kind: string | null;
  error: string | null;
  owner: string | null;
  cause: string | null;
  email: boolean;
  troubleshoot: string | null;
}

function verdictIn(container: Element): Verdict {
  const explained = container.querySelector('.link-explanation');
  const pointer = container.querySelector('[data-troubleshoot-link]')?.getAttribute('href');
  return {
    result: explained?.getAttribute('data-link-result') ?? null,
    kind: explained?.getAttribute('data-link-kind') ?? null,
    error: explained?.getAttribute('data-link-error') ?? null,
    owner: explained?.getAttribute('data-link-owner') ?? null,
    cause: container.querySelector('[data-link-cause]')?.getAttribute('data-link-cause') ?? null,
    email: container.querySelector('[data-email-composer]') !== null,
    // Both point into the same guide; the step is what matters.
    troubleshoot: pointer ? new URL(pointer, 'https://site.invalid').pathname : null,
  };
}

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.reverse()) cleanup();
  cleanups = [];
});

/** The site's helper, once its island is ready: its field, and its form's Check. */
async function siteHelper(language: Language) {
  const dom = renderInDom(<InvitationHelper {...helperProps(language, 2)} />);
  cleanups.push(dom.cleanup);
  const area = await vi.waitFor(() => {
    const found = dom.container.querySelector<HTMLTextAreaElement>('[data-link-paste] textarea');
    if (!found) throw new Error('the helper is not ready');
    return found;
  });
  const type = async (text: string) => {
    area.value = text;
    area.dispatchEvent(userEvent(dom.document, 'input'));
    await dom.settle();
  };
  const check = () =>
    dom.container
      .querySelector('form')!
      .dispatchEvent(new dom.document.defaultView!.Event('submit', { cancelable: true }));
  /** The result once the view has loaded (the first check loads it). */
  const result = (selector: string) =>
    vi.waitFor(() => {
      const found = dom.container.querySelector(selector);
      if (!found) throw new Error(`no ${selector} yet`);
      return found;
    });
  return { container: dom.container, type, check, result };
}

/** The site's helper: paste, press Check, wait for the result. */
async function onSite(language: Language, text: string) {
  const helper = await siteHelper(language);
  await helper.type(text);
  helper.check();
  await helper.result('.link-explanation');
  return helper.container;
}

/** The extension's checker (popup, entry point): paste, read as typed, in a shadow root. */
async function inExtension(language: Language, text: string, own: OwnIds = {}) {
  const dom = renderInDom(
    <LinkChecker
      t={translator(language)}
      language={language}
      emailLanguage={language}
      idPrefix="cmg-link"
      own={own}
    />,
    { shadow: true },
  );
  cleanups.push(dom.cleanup);
  const area = dom.container.querySelector<HTMLTextAreaElement>('[data-link-paste] textarea')!;
  // The partner's focus loads the result view (the overlay's link part), which then reads the
  // text: wait for its explanation.
  area.dispatchEvent(userEvent(dom.document, 'focus'));
  area.value = text;
  area.dispatchEvent(userEvent(dom.document, 'input'));
  await dom.until('the pasted text read', () =>
    Boolean(dom.container.querySelector('[data-link-kind], [data-link-error]')),
  );
  return dom.container;
}

const TEXTS = {
  'a link in a sentence': `Bitte klicken Sie auf ${LINK} – danke.`,
  'a GDAP request': GDAP,
  'javascript: in front of a real link': `javascript:alert(1)//${LINK}`,
  "another partner's link in a company name": `Contoso Ltd ${LINK.replace(P, OTHER)}`,
  'a cut-off link': LINK.slice(0, LINK.indexOf('#')),
};

describe('one paste-a-link checker on the site and in the extension', () => {
  for (const language of LANGUAGES) {
    for (const [name, text] of Object.entries(TEXTS)) {
      it(`${language}: ${name} reads the same on both`, async () => {
        const site = verdictIn(await onSite(language, text));
        const extension = verdictIn(await inExtension(language, text));
        expect(site).toEqual(extension);
        expect(site.result).not.toBeNull();
        expect(site.troubleshoot).toMatch(new RegExp(`^/${language}/troubleshoot/`));
      });
    }

    it(`${language}: javascript: text is refused on both, with no e-mail`, async () => {
      const text = TEXTS['javascript: in front of a real link'];
      for (const container of [await onSite(language, text), await inExtension(language, text)]) {
        expect(verdictIn(container)).toMatchObject({
          result: 'problem',
          error: 'not-https',
          owner: null,
          cause: 'link-altered',
          email: false,
        });
        expect(
          container.querySelector('[data-link-alteration="not-an-invitation"]'),
        ).not.toBeNull();
      }
    });

    it(`${language}: someone else's link is a warning without e-mail where the partner's IDs are known, and "cannot tell" on the site`, async () => {
      const text = TEXTS["another partner's link in a company name"];
      const own = await inExtension(language, text, { tenantId: P });
      expect(verdictIn(own)).toMatchObject({ result: 'warning', owner: 'other', email: false });
      expect(own.querySelector('[data-owner-note="other"]')!.textContent).toContain(
        translator(language)('link:owner.other'),
      );

      const site = await onSite(language, text);
      const t = tFor(language);
      expect(verdictIn(site)).toMatchObject({ result: 'ok', owner: 'unknown', email: true });
      const note = site.querySelector('[data-owner-note="unknown"]')!;
      expect(note.textContent).toContain(t('site:helper.ownerUnknown'));
      expect(note.textContent).not.toContain(t('extension:owner.unknown'));
      expect(typographyProblems(language, note.textContent ?? '')).toEqual([]);
    });

    it(`${language}: the partner's own link says so in the extension and gets the e-mail`, async () => {
      const own = verdictIn(await inExtension(language, LINK, { tenantId: P }));
      expect(own).toMatchObject({ result: 'ok', owner: 'self', email: true });
    });
  }

  it('the site explains nothing until Check, then an empty field asks for the link', async () => {
    const helper = await siteHelper('en');
    await helper.type(LINK);
    expect(helper.container.querySelector('.link-explanation')).toBeNull();
    await helper.type('');
    helper.check();
    const refused = await helper.result('[data-link-error]');
    expect(refused.getAttribute('data-link-error')).toBe('empty');
  });
});

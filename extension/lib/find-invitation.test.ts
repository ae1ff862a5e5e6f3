import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseInvitationLink } from '../../core/index.ts';
import { findInvitationText, findLinkHolders, linkIn } from './find-invitation.ts';

const doc = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

const LINK =
  'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=true#/BillingAccounts/partner-invitation';
const ESCAPED = LINK.replace(/&/g, '&amp;');

describe('finding invitation links by what the page shows', () => {
  it('reads a text box, an input, a link or plain text, with or without landmarks', () => {
    for (const html of [
      `<main><textarea>Dear customer,\n\n${LINK}\n</textarea></main>`,
      `<div role="main"><input type="text" value="${ESCAPED}"></div>`,
      `<div><div><a href="${ESCAPED}">Invitation</a></div></div>`,
      `<p>Link: ${ESCAPED}</p>`,
    ]) {
      expect(findInvitationText(doc(html)), html).toBe(LINK);
    }
  });

  it('finds the link in a panel layered on <body>, and names its field as the holder', () => {
    const page = doc(
      `<div id="root"><h1>Customers</h1></div><div class="ms-Layer"><div role="dialog" aria-modal="true"><textarea id="draft" readonly>${LINK}</textarea></div></div>`,
    );
    const found = new Set<Element>();
    findLinkHolders(page.body, found);
    expect([...found].map((e) => e.id)).toEqual(['draft']);
    expect(linkIn([...found][0]!)).toBe(LINK);
  });

  it('follows a field whose value the portal rewrote (no DOM change)', () => {
    const page = doc(`<textarea>${ESCAPED}</textarea>`);
    const field = page.querySelector('textarea')!;
    field.value = LINK.replace('DAP=true', 'DAP=false');
    expect(linkIn(field)).toContain('DAP=false');
  });

  it('recognises a look-alike host by what the address asks for, so its error can be named', () => {
    const bad =
      'https://admin.rnicrosoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301';
    const found = findInvitationText(doc(`<p>${bad.replace(/&/g, '&amp;')}</p>`));
    expect(found).toBe(bad);
    const result = parseInvitationLink(found!);
    expect(result.ok ? 'ok' : result.error.code).toBe('untrusted-host');
  });

  it("never looks inside the extension's own elements", () => {
    const found = new Set<Element>();
    const page = doc(
      `<csp-multichannel-guide-link><p>${ESCAPED}</p></csp-multichannel-guide-link><csp-multichannel-guide><textarea>${ESCAPED}</textarea></csp-multichannel-guide>`,
    );
    findLinkHolders(page.body, found);
    expect(found.size).toBe(0);
  });

  it('looks only at the node it is given (the nodes a mutation added)', () => {
    const page = doc(`<p id="old">${ESCAPED}</p><p id="new">Nothing here</p>`);
    const found = new Set<Element>();
    findLinkHolders(page.getElementById('new')!, found);
    expect(found.size).toBe(0);
    findLinkHolders(page.getElementById('old')!.firstChild!, found);
    expect([...found].map((e) => e.id)).toEqual(['old']);
  });

  it('finds nothing where the page shows no invitation link', () => {
    expect(
      findInvitationText(
        doc(
          '<main><textarea>Hello https://example.com/x https://admin.microsoft.com/</textarea></main>',
        ),
      ),
    ).toBeUndefined();
  });
});

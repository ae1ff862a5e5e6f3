import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  fieldText,
  findOwnLinkFields,
  mayHoldInvitation,
  showsPartnersOwnLink,
  type OwnLinkField,
} from './find-invitation.ts';
import { PAGE_KINDS, type PageKindId } from './page-kinds.ts';
import { readLink } from '../../ui/invitation/reading.ts';

const doc = (html: string) =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

const P = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const LINK = `https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}&msppId=0&DAP=true#/BillingAccounts/partner-invitation`;
const ESCAPED = LINK.replace(/&/g, '&amp;');
const PANEL = (field: string) =>
  `<div id="root"><h1>Customers</h1></div><div class="ms-Layer"><div role="dialog" aria-modal="true">${field}</div></div>`;

function ownFields(page: Document, invitationPage = false): string[] {
  const found = new Set<OwnLinkField>();
  findOwnLinkFields(page.body, invitationPage, found);
  return [...found].map((e) => e.id);
}

describe("finding the portal's own invitation link", () => {
  it('finds the read-only text box of a portal panel layered on <body>', () => {
    const page = doc(PANEL(`<textarea id="draft" readonly>Dear customer,\n\n${LINK}\n</textarea>`));
    expect(ownFields(page)).toEqual(['draft']);
    expect(fieldText(page.getElementById('draft') as OwnLinkField)).toContain(LINK);
  });

  it('refuses a read-only single-line box with a name around the link, and a read-only grid', () => {
    const page = doc(
      PANEL(
        `<input id="company" readonly value="Contoso ${ESCAPED}">` +
          `<div id="grid" role="grid" aria-readonly="true"><div role="row">` +
          `<div role="gridcell">Tailspin ${ESCAPED}</div></div></div>` +
          `<div id="region" role="textbox" aria-readonly="true">${ESCAPED}</div>`,
      ),
    );
    expect(ownFields(page)).toEqual([]);
  });

  it('takes a read-only single-line box that holds nothing but the link', () => {
    const page = doc(
      PANEL(
        `<input id="only" type="text" readonly value=" ${ESCAPED} "><input id="hidden" type="hidden" readonly value="${ESCAPED}">`,
      ),
    );
    expect(ownFields(page)).toEqual(['only']);
  });

  it('never explains a link in other page text: a company name, a grid cell, a link, a note', () => {
    const page = doc(
      `<main><div role="grid"><div role="gridcell" id="name">Contoso ${ESCAPED}</div></div>` +
        `<a id="a" href="${ESCAPED}">Invitation</a><p id="note">Link: ${ESCAPED}</p>` +
        `<input id="editable" value="${ESCAPED}"><textarea id="free">${ESCAPED}</textarea>` +
        `<input id="outside" readonly value="${ESCAPED}"></main>` +
        // An editable field in a panel is something someone typed, not the portal's own link.
        PANEL(`<input id="typed" value="${ESCAPED}"><p id="label">${ESCAPED}</p>`),
    );
    expect(ownFields(page)).toEqual([]);
  });

  it('on a page whose kind offers the invitation, its read-only text box counts', () => {
    const page = doc(`<main><textarea id="draft" readonly>${ESCAPED}</textarea></main>`);
    expect(ownFields(page, false)).toEqual([]);
    expect(ownFields(page, true)).toEqual(['draft']);
  });

  it('follows a field whose value the portal rewrote (no DOM change)', () => {
    const page = doc(PANEL(`<textarea id="draft" readonly>${ESCAPED}</textarea>`));
    const field = page.querySelector('textarea')!;
    field.value = LINK.replace('DAP=true', 'DAP=false');
    expect(fieldText(field)).toContain('DAP=false');
  });

  it('reads a look-alike host and javascript: text, so each is refused with its code', () => {
    const bad = `https://admin.rnicrosoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=${P}`;
    expect(mayHoldInvitation(bad)).toBe(true);
    expect(readLink(bad, {}).attributes).toEqual({ 'data-link-error': 'untrusted-host' });
    const hostile = `javascript:fetch('//evil.example')//${LINK}`;
    expect(mayHoldInvitation(hostile)).toBe(true);
    expect(readLink(hostile, {}).attributes).toEqual({ 'data-link-error': 'not-https' });
  });

  it("never looks inside the extension's own elements", () => {
    const page = doc(
      PANEL(
        `<csp-multichannel-guide-link><textarea id="ours" readonly>${ESCAPED}</textarea></csp-multichannel-guide-link>`,
      ),
    );
    expect(ownFields(page)).toEqual([]);
  });

  it('looks only at the node it is given (the nodes a mutation added)', () => {
    const page = doc(
      PANEL(`<textarea id="old" readonly>${ESCAPED}</textarea><p id="new">Nothing</p>`),
    );
    const found = new Set<OwnLinkField>();
    findOwnLinkFields(page.getElementById('new')!, false, found);
    expect(found.size).toBe(0);
    findOwnLinkFields(page.getElementById('old')!.firstChild!, false, found);
    expect([...found].map((e) => e.id)).toEqual(['old']);
  });

  it('finds nothing where the panel shows no invitation link', () => {
    const page = doc(PANEL('<textarea id="x" readonly>Hello https://example.com/x</textarea>'));
    expect(ownFields(page)).toEqual([]);
  });
});

describe("the partner's own link, whose IDs may be offered", () => {
  const kind = (id: PageKindId) => PAGE_KINDS.find((k) => k.id === id);
  /** A page as a browser draws it: an element inside `hidden` has no boxes. */
  const drawnPage = (html: string) => {
    const page = doc(html);
    for (const element of page.querySelectorAll('*'))
      Object.defineProperty(element, 'getClientRects', {
        value: () => (element.closest('[hidden]') ? [] : [{}]),
      });
    return page;
  };
  const fields = `<textarea id="draft" readonly>Dear customer,\n\n${ESCAPED}</textarea><input id="only" readonly value="${ESCAPED}">`;
  const page = drawnPage(PANEL(fields));
  const draft = page.getElementById('draft') as OwnLinkField;
  const only = page.getElementById('only') as OwnLinkField;
  const byPartner = () => true;

  it('only the draft e-mail, on the pages whose command opens the panel with that link', () => {
    for (const id of [
      'customer-list',
      'request-relationship-direct',
      'request-relationship-indirect',
      'indirect-resellers',
      'indirect-providers',
    ] as const)
      expect(showsPartnersOwnLink(draft, kind(id), byPartner), id).toBe(true);
    expect(showsPartnersOwnLink(draft, kind('customer'), byPartner)).toBe(false);
    expect(showsPartnersOwnLink(draft, undefined, byPartner)).toBe(false);
    // A single-line box is explained, never offered.
    expect(showsPartnersOwnLink(only, kind('customer-list'), byPartner)).toBe(false);
  });

  it('only in a drawn modal panel the partner opened', () => {
    const list = kind('customer-list');
    const draftIn = (html: string) => drawnPage(html).getElementById('draft') as OwnLinkField;
    // The panel a page script added without the partner's click.
    const panel = draftIn(PANEL(fields));
    expect(showsPartnersOwnLink(panel, list, () => false)).toBe(false);
    // The modal panel itself is what the partner opened.
    expect(showsPartnersOwnLink(panel, list, (p) => p.getAttribute('aria-modal') === 'true')).toBe(
      true,
    );
    // Hidden, or not modal (a chat or notes widget marked as a dialog).
    const hidden = `<div role="dialog" aria-modal="true" hidden>${fields}</div>`;
    const widget = `<div role="dialog">${fields}</div>`;
    expect(showsPartnersOwnLink(draftIn(hidden), list, byPartner)).toBe(false);
    expect(showsPartnersOwnLink(draftIn(widget), list, byPartner)).toBe(false);
  });
});

describe('one reading of a link, with its owner and automation attributes', () => {
  it("says whose link it is against the partner's own IDs", () => {
    expect(readLink(LINK, {}).attributes['data-link-owner']).toBe('unknown');
    expect(readLink(LINK, { tenantId: P }).attributes['data-link-owner']).toBe('self');
    expect(
      readLink(LINK, { tenantId: '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d' }).attributes[
        'data-link-owner'
      ],
    ).toBe('other');
    expect(readLink(LINK, {}).attributes).toMatchObject({
      'data-link-kind': 'reseller',
      'data-link-cloud': 'global',
      'data-dap': 'on',
    });
  });
});

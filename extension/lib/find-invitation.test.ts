import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseInvitationLink } from '../../core/index.ts';
import { findInvitationText } from './find-invitation.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'partner-center');
const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('finding the invitation link on the page', () => {
  it('reads the link from the draft e-mail on "Request a reseller relationship" in every language', () => {
    for (const lng of ['de', 'en', 'zh']) {
      const page = doc(
        readFileSync(join(FIXTURES, `request-relationship-direct.${lng}.html`), 'utf8'),
      );
      const result = parseInvitationLink(findInvitationText(page) ?? '');
      expect(result.ok && result.link.kind).toBe('reseller');
      expect(result.ok && result.link.delegatedAdmin).toBe(false);
    }
  });

  it('reads it from an input, a link or plain text', () => {
    const link =
      'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2504e0-4f89-41d3-9a0c-0305e82c3301&msppId=0&DAP=true#/BillingAccounts/partner-invitation';
    const escaped = link.replace(/&/g, '&amp;');
    for (const html of [
      `<main><input type="text" value="${escaped}"></main>`,
      `<main><a href="${escaped}">Invitation</a></main>`,
      `<main><p>Link: ${escaped}</p></main>`,
    ]) {
      expect(findInvitationText(doc(html)), html).toBe(link);
    }
  });

  it('finds nothing on a page without an invitation link', () => {
    expect(
      findInvitationText(doc('<main><textarea>Hello https://example.com/x</textarea></main>')),
    ).toBeUndefined();
  });
});

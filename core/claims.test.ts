import { describe, expect, it } from 'vitest';
import {
  CHANGES,
  CLAIMS,
  CLAIM_IDS,
  LANGUAGES,
  claimById,
  claimProblems,
  claimsForLink,
  claimsForOutcome,
  confirmationOf,
  contradictions,
  presentClaim,
  type Claim,
} from './index.ts';

describe('the claims register', () => {
  it('has one entry per id, and no entry has a problem (source, localized page, kind, date)', () => {
    expect(CLAIMS.map((c) => c.id).sort()).toEqual([...CLAIM_IDS].sort());
    for (const claim of CLAIMS) expect(claimProblems(claim), claim.id).toEqual([]);
  });

  it('fails a claim without a source', () => {
    const bare: Claim = { ...claimById('azure-into-csp'), sources: [] };
    expect(claimProblems(bare).join(' ')).toMatch(/has no source/);
  });

  it('fails a localized page that is not Microsoft’s page in that language', () => {
    const claim = claimById('indirect-reseller-creates-invitations');
    const [source] = claim.sources;
    const wrong: Claim = {
      ...claim,
      sources: [{ ...source!, pages: { ...source!.pages, de: { ...source!.pages.en } } }],
    };
    const problems = claimProblems(wrong).join(' ');
    expect(problems).toMatch(/a de entry must be a page in de, not en/);
    expect(problems).toMatch(/\/de-de\//);
  });

  it('fails a kind that no source supports, and a page date no source gives', () => {
    const quoted = claimById('dap-retired');
    expect(
      claimProblems({ ...quoted, kind: 'microsoft-page', sources: quoted.sources.slice(0, 1) }),
    ).toEqual([expect.stringMatching(/is of kind microsoft-page, but no source is/)]);
    const dated = claimById('azure-into-csp');
    expect(
      claimProblems({ ...dated, dates: [{ date: '2024-01-01', basis: 'page-date' }] }).join(' '),
    ).toMatch(/first source's own date/);
  });

  it('gives each reader the page in their language where Microsoft has it, else the English one', () => {
    const connect = presentClaim('indirect-reseller-creates-invitations', 'de');
    expect(connect.sources[0]).toMatchObject({
      url: 'https://learn.microsoft.com/de-de/partner-center/connect-with-your-customers',
      title: 'Kontakt zu Ihren Kunden',
      lang: 'de',
    });
    expect(presentClaim('indirect-reseller-creates-invitations', 'zh').sources[0]).toMatchObject({
      url: 'https://learn.microsoft.com/zh-cn/partner-center/connect-with-your-customers',
      title: '与客户联系',
      lang: 'zh',
    });
    // Only the English page was read: a Chinese reader gets it, marked English.
    expect(presentClaim('gdap-not-in-21vianet', 'zh').sources[0]!.lang).toBe('en');
    for (const id of CLAIM_IDS) {
      for (const language of LANGUAGES) {
        for (const source of presentClaim(id, language).sources) {
          expect([language, 'en', 'de']).toContain(source.lang);
        }
      }
    }
  });

  it('states DAP once: quoted (not confirmed), with the May and October 2023 dates', () => {
    const dap = claimById('dap-retired');
    expect(confirmationOf(dap)).toBe('quoted');
    expect(dap.dates.map((d) => d.date)).toEqual(['2023-05-22', '2023-10-09']);
    const dapClaims = CLAIMS.filter((c) => c.affects.links?.includes('dap'));
    // The global DAP fact and the 2016 21Vianet statement; no second global DAP claim.
    expect(dapClaims.map((c) => c.id).sort()).toEqual([
      'dap-retired',
      'vianet-relationship-adds-dap',
    ]);
    for (const change of CHANGES.filter((c) => c.linkFacts?.includes('dap-parameter'))) {
      expect(change.claim).toBe('dap-retired');
    }
  });

  it('never presents DAP or GDAP as confirmed current fact for 21Vianet', () => {
    for (const kind of ['reseller', 'indirect-reseller', 'gdap', 'dap'] as const) {
      for (const claim of claimsForLink(kind, '21vianet')) {
        if (
          claim.says?.some((s) => s.action === 'gdap-in-21vianet') ||
          claim.affects.links?.includes('dap')
        ) {
          expect(confirmationOf(claim), claim.id).toBe('unconfirmed');
        }
      }
    }
    expect(confirmationOf(claimById('vianet-relationship-adds-dap'))).toBe('unconfirmed');
    expect(confirmationOf(claimById('gdap-not-in-21vianet'))).toBe('unconfirmed');
  });

  it('says what Azure in an existing tenant needs first, with the 2023 Microsoft page', () => {
    const azure = claimsForOutcome('new-csp-azure-subscription', 'global', 'direct').map(
      (c) => c.id,
    );
    expect(azure).toContain('azure-needs-reseller-relationship');
    const claim = claimById('azure-needs-reseller-relationship');
    expect(confirmationOf(claim)).toBe('confirmed');
    expect(claim.sources[0]!.pages.en.pageDate).toBe('2023-03-29');
  });

  it('finds a contradiction when one place says a role can and another that it cannot', () => {
    const found = contradictions(
      [
        {
          by: 'claim',
          statements: [{ action: 'create-invitation', roles: ['indirect-reseller'], can: true }],
        },
        {
          by: 'step',
          statements: [{ action: 'create-invitation', roles: ['indirect-reseller'], can: false }],
        },
      ],
      'indirect-reseller',
    );
    expect(found).toEqual([
      { role: 'indirect-reseller', action: 'create-invitation', can: ['claim'], cannot: ['step'] },
    ]);
    expect(
      contradictions(
        [
          {
            by: 'step',
            statements: [{ action: 'create-invitation', roles: ['indirect-reseller'], can: false }],
          },
        ],
        'direct',
      ),
    ).toEqual([]);
  });

  it('the register itself never says opposite things to the same role', () => {
    for (const role of ['direct', 'indirect-provider', 'indirect-reseller'] as const) {
      expect(
        contradictions(
          CLAIMS.map((c) => ({ by: c.id, statements: c.says ?? [] })),
          role,
        ),
      ).toEqual([]);
    }
  });
});

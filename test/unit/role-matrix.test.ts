import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLAIMS,
  LANGUAGES,
  OUTCOME_IDS,
  ROLES,
  STEP_SAYS,
  contradictions,
  claimById,
  type Action,
  type Language,
} from '../../core/index.ts';
import { translator } from '../../locales/i18n.ts';
import { ROLE_MATRIX_PATH, roleMatrix, roleMatrixMarkdown } from '../../scripts/role-matrix.ts';

describe('the role matrix (docs/role-matrix.md)', () => {
  const rows = roleMatrix();

  it('is current: the checked-in file is what core generates (run `npm run role-matrix`)', () => {
    expect(readFileSync(ROLE_MATRIX_PATH, 'utf8')).toBe(roleMatrixMarkdown(rows));
  });

  it('covers every situation for every role, and every step shown has its statements', () => {
    expect(rows).toHaveLength(108);
    expect(rows.flatMap((r) => r.unchecked)).toEqual([]);
  });

  for (const role of ROLES) {
    it(`has no contradiction for ${role}`, () => {
      const found = rows.filter((r) => r.situation.role === role).flatMap((r) => r.contradictions);
      expect(found).toEqual([]);
    });
  }

  it('would catch the old reseller step ("do not create an invitation yourself")', () => {
    const claim = claimById('indirect-reseller-creates-invitations');
    expect(
      contradictions(
        [
          {
            by: 'old step',
            statements: [{ action: 'create-invitation', roles: ['indirect-reseller'], can: false }],
          },
          { by: claim.id, statements: claim.says ?? [] },
        ],
        'indirect-reseller',
      ),
    ).toHaveLength(1);
  });

  it('would catch the old licence explanation ("cannot be moved to another CSP partner") as today\'s fact', () => {
    const claim = claimById('new-commerce-license-transfer');
    for (const role of ['direct', 'indirect-provider'] as const) {
      expect(
        contradictions(
          [
            {
              by: 'rules:outcome.wait-for-term-end-or-cancel.explanation',
              statements: [{ action: 'transfer-subscription', roles: [role], can: false }],
            },
            { by: claim.id, statements: claim.says ?? [] },
          ],
          role,
        ),
      ).toHaveLength(1);
    }
  });

  it('reads every outcome explanation it shows, not only the steps', () => {
    const stepSays = Object.keys(STEP_SAYS);
    for (const id of OUTCOME_IDS) expect(stepSays).toContain(`rules:outcome.${id}.explanation`);
  });

  it('never tells an indirect reseller to buy, transfer or attest itself', () => {
    const reseller = rows.filter((r) => r.situation.role === 'indirect-reseller');
    for (const row of reseller) {
      for (const step of row.steps) {
        expect(step.key, step.text).not.toMatch(
          /outcome\.(new-csp-azure-subscription|wait-for-term-end-or-cancel|switch-azure-partner)\.nextStep/,
        );
      }
    }
  });

  it('sends nobody to the Sell page the product calls outdated', () => {
    for (const row of rows)
      for (const step of row.steps) expect(step.text).not.toMatch(/Sell page/);
  });

  it('names the reseller relationship and regional authorization before Azure comes into CSP', () => {
    for (const row of rows.filter(
      (r) => r.situation.cloud === 'global' && r.situation.service === 'usage-based',
    )) {
      if (!row.steps.some((s) => s.key.includes('new-csp-azure-subscription'))) continue;
      const azure = row.steps.find((s) => s.key.includes('new-csp-azure-subscription'))!;
      expect(azure.text).toMatch(/reseller relationship/);
      expect(azure.text).toMatch(/authorization/);
      expect(row.claims.map((c) => c.id)).toContain('azure-needs-reseller-relationship');
    }
  });

  it('reads an explanation as saying nothing about today only where it names the source (the invitation outcomes)', () => {
    // The register says what each role can do with an invitation today; an explanation of
    // those outcomes that states the source's model in the present tense would tell a role
    // the opposite without the matrix seeing it.
    const invitationActions: readonly Action[] = [
      'create-invitation',
      'admin-rights-through-invitation',
    ];
    const outcomes = new Set(
      CLAIMS.filter((c) => c.says?.some((s) => invitationActions.includes(s.action))).flatMap(
        (c) => c.affects.outcomes ?? [],
      ),
    );
    expect([...outcomes]).toContain('provider-sends-invitation');
    const namesSource: Record<Language, RegExp> = { de: /Quelle/, en: /\bsource\b/i, zh: /来源/ };
    for (const outcome of outcomes) {
      const key = `rules:outcome.${outcome}.explanation` as const;
      expect(STEP_SAYS[key], key).toEqual([]);
      for (const language of LANGUAGES) {
        expect(translator(language)(key), `${language} ${key}`).toMatch(namesSource[language]);
      }
    }
  });

  it('tells a 21Vianet partner nothing about the global Partner Center’s “Invite new customers”', () => {
    // No page describes "Invite new customers" in Partner Center operated by 21Vianet; a link
    // from global Partner Center cannot be accepted by a customer in the 21Vianet cloud. The
    // steps that differ by cloud are keyed by cloud, so a 21Vianet reader gets its own.
    const vianet = rows.filter((r) => r.situation.cloud === '21vianet');
    expect(vianet.some((r) => r.situation.role === 'indirect-reseller')).toBe(true);
    for (const row of vianet) {
      for (const step of row.steps) {
        expect(step.text, `${step.key} (row ${row.situation.role})`).not.toMatch(
          /Invite new customers|global Partner Center/,
        );
      }
    }
  });

  it('reads every outcome title it shows, and would catch a title that tells a role the opposite of a claim', () => {
    const stepSays = Object.keys(STEP_SAYS);
    for (const id of OUTCOME_IDS) expect(stepSays).toContain(`rules:outcome.${id}.title`);
    // The old title "Use your indirect provider's invitation", read as today's instruction.
    const key = 'rules:outcome.reseller-forwards-provider-invitation.title';
    const saved = STEP_SAYS[key]!;
    STEP_SAYS[key] = [{ action: 'create-invitation', can: false }];
    try {
      const found = roleMatrix()
        .filter((r) => r.situation.cloud === 'global' && r.situation.role === 'indirect-reseller')
        .flatMap((r) => r.contradictions);
      expect(found.some((c) => c.cannot.includes(key))).toBe(true);
    } finally {
      STEP_SAYS[key] = saved;
    }
  });

  it('gives the source’s rule as the source’s in the titles where later facts differ', () => {
    const namesSource: Record<Language, RegExp> = { de: /Quelle/, en: /\bsource\b/i, zh: /来源/ };
    for (const outcome of [
      'new-csp-azure-subscription',
      'wait-for-term-end-or-cancel',
      'reseller-forwards-provider-invitation',
      'provider-names-admin-reseller',
      'customer-grants-admin-to-reseller',
    ] as const) {
      const key = `rules:outcome.${outcome}.title` as const;
      expect(STEP_SAYS[key], key).toEqual([]);
      for (const language of LANGUAGES)
        expect(translator(language)(key), `${language} ${key}`).toMatch(namesSource[language]);
    }
  });
});

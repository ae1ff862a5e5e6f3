import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  GLOBAL_SEED,
  OUTCOME_IDS,
  RULES,
  SEEDS,
  VIANET_SEED,
  allSituations,
  evaluate,
  ruleApplies,
  type Cloud,
  type Origin,
  type Role,
  type Service,
  type Situation,
  type Verdict,
} from './index.ts';

const SEED_DIR = fileURLToPath(new URL('../../shared/seeds/', import.meta.url));
const ROLES_ALL: Role[] = ['direct', 'indirect-provider', 'indirect-reseller'];
const SERVICES_ALL: Service[] = ['license-based', 'usage-based'];

const at = (cloud: Cloud, origin: Origin, service: Service, role: Role): Verdict =>
  evaluate({ cloud, origin, service, role });
const cites = (verdict: Verdict, seed: { file: string }, part: string): boolean =>
  verdict.sources.some((s) => s.seed === seed.file && s.part === part);

/** Folds whitespace and strips HTML tags so quotes can be found in the seed text. */
const fold = (text: string): string =>
  text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('global seed (002), one test per bullet and table row', () => {
  const g = GLOBAL_SEED;

  it('cases-1: bought directly from Microsoft or through Advisor, Open or EA → multichannel', () => {
    for (const origin of ['microsoft-direct', 'advisor', 'open', 'ea'] as const) {
      for (const service of SERVICES_ALL) {
        const verdict = at('global', origin, service, 'direct');
        expect(verdict.status).toBe('multichannel');
        expect(cites(verdict, g, 'cases-1')).toBe(true);
      }
    }
  });

  it('cases-2: bought from you while you were an Advisor partner → multichannel', () => {
    for (const service of SERVICES_ALL) {
      const verdict = at('global', 'former-advisor-self', service, 'direct');
      expect(verdict.status).toBe('multichannel');
      expect(cites(verdict, g, 'cases-2')).toBe(true);
    }
  });

  it('cases-3: a third party is multichannel, a Syndication partner is excluded, CSP licences wait or cancel', () => {
    expect(at('global', 'third-party', 'license-based', 'direct').status).toBe('multichannel');
    expect(cites(at('global', 'third-party', 'license-based', 'direct'), g, 'cases-3')).toBe(true);
    for (const service of SERVICES_ALL) {
      const syndication = at('global', 'syndication-partner', service, 'direct');
      expect(syndication).toEqual({
        status: 'not-multichannel',
        outcomes: [],
        sources: [{ seed: g.file, part: 'cases-3' }],
      });
    }
    for (const role of ROLES_ALL) {
      expect(at('global', 'csp-partner', 'license-based', role)).toEqual({
        status: 'not-multichannel',
        outcomes: ['wait-for-term-end-or-cancel'],
        sources: [{ seed: g.file, part: 'cases-3' }],
      });
    }
  });

  it('table-license-based: every multichannel case with licences asks for the reseller relationship', () => {
    for (const origin of [
      'microsoft-direct',
      'advisor',
      'open',
      'ea',
      'former-advisor-self',
      'third-party',
    ] as const) {
      for (const role of ROLES_ALL) {
        const verdict = at('global', origin, 'license-based', role);
        expect(verdict.outcomes).toContain('request-reseller-relationship');
        expect(cites(verdict, g, 'table-license-based')).toBe(true);
      }
    }
  });

  it('table-usage-based-1: Azure from another channel has no migration path: new CSP subscription, check services', () => {
    for (const origin of [
      'advisor',
      'open',
      'ea',
      'microsoft-direct',
      'former-advisor-self',
      'third-party',
    ] as const) {
      for (const role of ROLES_ALL) {
        const verdict = at('global', origin, 'usage-based', role);
        expect(verdict.status).toBe('multichannel');
        expect([...verdict.outcomes].sort()).toEqual(
          ['check-azure-service-availability', 'new-csp-azure-subscription'].sort(),
        );
        expect(cites(verdict, g, 'table-usage-based-1')).toBe(true);
      }
    }
  });

  it('table-usage-based-2: Azure from a CSP partner can be moved to another partner', () => {
    for (const role of ROLES_ALL) {
      expect(at('global', 'csp-partner', 'usage-based', role)).toEqual({
        status: 'not-multichannel',
        outcomes: ['switch-azure-partner'],
        sources: [{ seed: g.file, part: 'table-usage-based-2' }],
      });
    }
  });

  it('table-indirect-1: the indirect provider sends the invitation', () => {
    const verdict = at('global', 'ea', 'license-based', 'indirect-provider');
    expect(verdict.outcomes).toContain('provider-sends-invitation');
    expect(cites(verdict, g, 'table-indirect-1')).toBe(true);
    expect(at('global', 'ea', 'license-based', 'direct').outcomes).not.toContain(
      'provider-sends-invitation',
    );
    expect(at('global', 'ea', 'license-based', 'indirect-reseller').outcomes).not.toContain(
      'provider-sends-invitation',
    );
  });

  it('table-indirect-2: an indirect reseller uses its provider’s invitation', () => {
    const verdict = at('global', 'open', 'license-based', 'indirect-reseller');
    expect(verdict.outcomes).toContain('reseller-forwards-provider-invitation');
    expect(cites(verdict, g, 'table-indirect-2')).toBe(true);
    expect(at('global', 'open', 'license-based', 'direct').outcomes).not.toContain(
      'reseller-forwards-provider-invitation',
    );
  });

  it('table-indirect-3: the indirect provider owns the relationship and names the admin reseller', () => {
    for (const role of ['indirect-provider', 'indirect-reseller'] as const) {
      const verdict = at('global', 'third-party', 'license-based', role);
      expect(verdict.outcomes).toContain('provider-names-admin-reseller');
      expect(verdict.outcomes).not.toContain('customer-grants-admin-to-reseller');
      expect(cites(verdict, g, 'table-indirect-3')).toBe(true);
    }
    expect(at('global', 'third-party', 'license-based', 'direct').outcomes).not.toContain(
      'provider-names-admin-reseller',
    );
  });

  it('says nothing about 21Vianet purchases → not-covered', () => {
    for (const service of SERVICES_ALL) {
      expect(at('global', '21vianet', service, 'direct')).toEqual({
        status: 'not-covered',
        outcomes: [],
        sources: [{ seed: g.file, part: 'scope' }],
      });
    }
  });
});

describe('21Vianet seed (000), one test per bullet and table row', () => {
  const v = VIANET_SEED;

  it('cases-1: subscriptions bought from 21Vianet → multichannel for licences', () => {
    const verdict = at('21vianet', '21vianet', 'license-based', 'direct');
    expect(verdict.status).toBe('multichannel');
    expect(cites(verdict, v, 'cases-1')).toBe(true);
  });

  it('cases-2: bought from you while you were an Advisor partner → multichannel for licences', () => {
    const verdict = at('21vianet', 'former-advisor-self', 'license-based', 'indirect-provider');
    expect(verdict.status).toBe('multichannel');
    expect(cites(verdict, v, 'cases-2')).toBe(true);
  });

  it('table-license-based: ask the customer for the reseller relationship', () => {
    for (const origin of ['21vianet', 'former-advisor-self'] as const) {
      for (const role of ROLES_ALL) {
        const verdict = at('21vianet', origin, 'license-based', role);
        expect(verdict.outcomes).toContain('request-reseller-relationship');
        expect(cites(verdict, v, 'table-license-based')).toBe(true);
      }
    }
  });

  it('table-indirect-1: the indirect provider sends the invitation', () => {
    const verdict = at('21vianet', '21vianet', 'license-based', 'indirect-provider');
    expect(verdict.outcomes).toContain('provider-sends-invitation');
    expect(cites(verdict, v, 'table-indirect-1')).toBe(true);
  });

  it('table-indirect-2: an indirect reseller uses its provider’s invitation', () => {
    const verdict = at('21vianet', '21vianet', 'license-based', 'indirect-reseller');
    expect(verdict.outcomes).toContain('reseller-forwards-provider-invitation');
    expect(cites(verdict, v, 'table-indirect-2')).toBe(true);
  });

  it('table-indirect-3: the customer may grant admin rights to another reseller', () => {
    for (const role of ['indirect-provider', 'indirect-reseller'] as const) {
      const verdict = at('21vianet', '21vianet', 'license-based', role);
      expect(verdict.outcomes).toContain('customer-grants-admin-to-reseller');
      expect(verdict.outcomes).not.toContain('provider-names-admin-reseller');
      expect(cites(verdict, v, 'table-indirect-3')).toBe(true);
    }
  });

  it('has no row for usage-based services → not-covered, whatever the channel', () => {
    for (const origin of ['21vianet', 'former-advisor-self', 'ea', 'csp-partner'] as const) {
      expect(at('21vianet', origin, 'usage-based', 'direct').status).toBe('not-covered');
    }
  });

  it('names no other channel → not-covered', () => {
    const others: Origin[] = [
      'microsoft-direct',
      'advisor',
      'open',
      'ea',
      'third-party',
      'syndication-partner',
      'csp-partner',
    ];
    for (const origin of others) {
      for (const role of ROLES_ALL) {
        expect(at('21vianet', origin, 'license-based', role)).toEqual({
          status: 'not-covered',
          outcomes: [],
          sources: [{ seed: v.file, part: 'scope' }],
        });
      }
    }
  });
});

describe('the seed quotes', () => {
  for (const seed of SEEDS) {
    const text = fold(readFileSync(SEED_DIR + seed.file, 'utf8'));
    for (const [part, { quote, kind }] of Object.entries(seed.parts)) {
      if (kind === 'document') continue;
      it(`${seed.file} ${part} is quoted word for word`, () => {
        expect(text).toContain(fold(quote));
      });
    }
    it(`${seed.file}: every bullet and table row is cited by a rule`, () => {
      const cited = new Set(
        RULES.filter((r) => r.source.seed === seed.file).map((r) => r.source.part),
      );
      const parts = Object.entries(seed.parts)
        .filter(([, p]) => p.kind !== 'document')
        .map(([id]) => id);
      expect(parts.filter((p) => !cited.has(p))).toEqual([]);
    });
  }
});

describe('evaluate() over all 108 situations', () => {
  const situations = allSituations();

  it('there are 108 situations and each gets a verdict', () => {
    expect(situations).toHaveLength(108);
    for (const situation of situations) expect(() => evaluate(situation)).not.toThrow();
  });

  it('never lists an outcome twice, and lists only known outcomes', () => {
    for (const situation of situations) {
      const { outcomes } = evaluate(situation);
      expect(new Set(outcomes).size).toBe(outcomes.length);
      for (const outcome of outcomes) expect(OUTCOME_IDS).toContain(outcome);
    }
  });

  it('cites only parts that exist, of the seed for the situation’s cloud', () => {
    for (const situation of situations) {
      const { sources } = evaluate(situation);
      expect(sources.length).toBeGreaterThan(0);
      const seed = situation.cloud === 'global' ? GLOBAL_SEED : VIANET_SEED;
      for (const source of sources) {
        expect(source.seed).toBe(seed.file);
        expect(Object.keys(seed.parts)).toContain(source.part);
      }
    }
  });

  it('a multichannel verdict always says what to do; a not-covered one never does', () => {
    for (const situation of situations) {
      const verdict = evaluate(situation);
      if (verdict.status === 'multichannel') expect(verdict.outcomes.length).toBeGreaterThan(0);
      if (verdict.status === 'not-covered') expect(verdict.outcomes).toEqual([]);
    }
  });

  it('every rule applies to at least one situation', () => {
    for (const rule of RULES) {
      expect(
        situations.some((s) => ruleApplies(rule, s)),
        rule.id,
      ).toBe(true);
    }
  });

  it('every outcome is reachable', () => {
    const reached = new Set(situations.flatMap((s) => evaluate(s).outcomes));
    expect([...reached].sort()).toEqual([...OUTCOME_IDS].sort());
  });
});

describe('evaluate() with bad input', () => {
  const good: Situation = {
    cloud: 'global',
    origin: 'ea',
    service: 'license-based',
    role: 'direct',
  };

  it.each([
    ['cloud', 'azure', /cloud.*"azure".*Allowed values for cloud: global, 21vianet/],
    ['origin', 'ebay', /origin.*"ebay".*Allowed values for origin: microsoft-direct, advisor/],
    ['service', 'Azure', /service.*"Azure".*license-based, usage-based/],
    ['role', 'distributor', /role.*"distributor".*direct, indirect-provider, indirect-reseller/],
  ])(
    'an unknown %s throws a TypeError naming the field and the allowed values',
    (field, value, message) => {
      const bad = { ...good, [field]: value } as unknown as Situation;
      expect(() => evaluate(bad)).toThrow(TypeError);
      expect(() => evaluate(bad)).toThrow(message);
    },
  );

  it('a missing answer throws a TypeError naming the field', () => {
    const rest: Partial<Situation> = { ...good };
    delete rest.role;
    expect(() => evaluate(rest as Situation)).toThrow(/Missing "role".*Allowed values for role/);
  });

  it('an unknown field throws a TypeError naming the allowed fields', () => {
    expect(() => evaluate({ ...good, colour: 'blue' } as unknown as Situation)).toThrow(
      /Unknown field "colour".*cloud, origin, service, role/,
    );
  });

  it('a non-object throws a TypeError', () => {
    expect(() => evaluate(null as unknown as Situation)).toThrow(TypeError);
    expect(() => evaluate('global' as unknown as Situation)).toThrow(TypeError);
  });
});

import { describe, expect, it } from 'vitest';
import {
  CHANGES,
  CHANGE_IDS,
  OUTCOME_IDS,
  allSituations,
  changeById,
  changesByDate,
  changesFor,
  changesForLinkFact,
  changesForOutcome,
  evaluate,
  formatChangeDate,
  nextStepKey,
  noteKind,
  notCoveredReason,
  readingRules,
  type Situation,
} from './index.ts';

const at = (s: Situation) => changesFor(evaluate(s), [s]).map((c) => c.id);

describe('the change log', () => {
  it('has one entry per id, each with a source, a date rule and at least one thing it affects', () => {
    expect(CHANGES.map((c) => c.id).sort()).toEqual([...CHANGE_IDS].sort());
    for (const change of CHANGES) {
      expect(change.sources.length, change.id).toBeGreaterThan(0);
      for (const source of change.sources) expect(source.url).toMatch(/^https:\/\//);
      if (change.effective) expect(change.effective.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const affectsSomething = allSituations().some((s) =>
        changesFor(evaluate(s), [s]).includes(change),
      );
      expect(affectsSomething, change.id).toBe(true);
    }
  });

  it('marks an entry confirmed only when its first source is a Microsoft page', () => {
    for (const change of CHANGES) {
      if (change.sources[0]!.publisher === 'third-party') expect(change.confirmed).toBe(false);
    }
    expect(changeById('open-license-ended').confirmed).toBe(false);
    // The DAP fact rests on Microsoft's announcement as quoted by distributors.
    expect(changeById('gdap-replaces-dap').confirmed).toBe(false);
    expect(changeById('indirect-reseller-invitations').confirmed).toBe(true);
  });

  it('uses the page date only as "by then at the latest", never as the date a change took effect', () => {
    for (const change of CHANGES) {
      const page = change.sources[0]!.pageDate;
      if (change.effective?.basis === 'page-date') expect(change.effective.date).toBe(page);
    }
    expect(noteKind(changeById('gdap-replaces-dap'))).toBe('since');
    expect(noteKind(changeById('azure-plan-partner-transfer'))).toBe('byLatest');
    expect(noteKind(changeById('new-commerce-license-transfer'))).toBe('undated');
  });

  it('lists the timeline oldest first, undated entries last', () => {
    const ordered = changesByDate();
    const dated = ordered.filter((c) => c.effective).map((c) => c.effective!.date);
    expect(dated).toEqual([...dated].sort());
    expect(ordered.findIndex((c) => !c.effective)).toBe(dated.length);
  });

  it('formats dates for each language with Intl', () => {
    const gdap = changeById('gdap-replaces-dap');
    expect(formatChangeDate(gdap, 'en')).toBe('October 9, 2023');
    expect(formatChangeDate(gdap, 'de')).toBe('9. Oktober 2023');
    expect(formatChangeDate(gdap, 'zh')).toBe('2023年10月9日');
    expect(formatChangeDate(changeById('azure-plan-partner-transfer'), 'de')).toBe('Juli 2020');
    expect(formatChangeDate(changeById('new-commerce-license-transfer'), 'en')).toBeUndefined();
  });
});

describe('which notes apply to a verdict', () => {
  it('a licence from another CSP partner (wait or cancel) gets the new-commerce transfer note', () => {
    for (const role of ['direct', 'indirect-provider', 'indirect-reseller'] as const) {
      expect(
        at({ cloud: 'global', origin: 'csp-partner', service: 'license-based', role }),
      ).toContain('new-commerce-license-transfer');
    }
  });

  it('Azure from another CSP partner gets the Azure plan transfer note', () => {
    expect(
      at({ cloud: 'global', origin: 'csp-partner', service: 'usage-based', role: 'direct' }),
    ).toEqual(['azure-plan-partner-transfer']);
  });

  it('every global verdict that asks for a reseller relationship gets the GDAP note', () => {
    for (const s of allSituations()) {
      const verdict = evaluate(s);
      if (s.cloud === 'global' && verdict.outcomes.includes('request-reseller-relationship')) {
        expect(at(s)).toContain('gdap-replaces-dap');
      }
    }
  });

  it('Azure from EA or Open gets the "how Azure comes into CSP today" note; Open also its end', () => {
    expect(at({ cloud: 'global', origin: 'ea', service: 'usage-based', role: 'direct' })).toEqual(
      expect.arrayContaining(['azure-into-csp', 'partner-center-page-names']),
    );
    expect(
      at({ cloud: 'global', origin: 'open', service: 'license-based', role: 'direct' }),
    ).toContain('open-license-ended');
  });

  it('21Vianet verdicts get only the 21Vianet notes (GDAP not confirmed there, DAP known from 2016)', () => {
    for (const s of allSituations().filter((x) => x.cloud === '21vianet')) {
      for (const id of at(s)) expect(['vianet-gdap-unconfirmed', 'vianet-dap-2016']).toContain(id);
    }
    expect(
      at({ cloud: '21vianet', origin: '21vianet', service: 'license-based', role: 'direct' }),
    ).toEqual(['vianet-gdap-unconfirmed', 'vianet-dap-2016']);
  });

  it('an indirect reseller sees beside the seed verdict that it creates invitations today', () => {
    expect(
      at({ cloud: 'global', origin: 'ea', service: 'license-based', role: 'indirect-reseller' }),
    ).toContain('indirect-reseller-invitations');
    expect(
      at({ cloud: 'global', origin: 'ea', service: 'license-based', role: 'direct' }),
    ).not.toContain('indirect-reseller-invitations');
  });

  it('outcome and link-fact lookups agree with the data', () => {
    expect(changesForOutcome('wait-for-term-end-or-cancel').map((c) => c.id)).toEqual([
      'new-commerce-license-transfer',
    ]);
    expect(changesForOutcome('request-reseller-relationship', '21vianet')).toEqual([]);
    expect(changesForLinkFact('dap-parameter').map((c) => c.id)).toEqual(['gdap-replaces-dap']);
    for (const outcome of OUTCOME_IDS) {
      for (const change of changesForOutcome(outcome)) expect(change.outcomes).toContain(outcome);
    }
  });
});

describe('role-specific next steps', () => {
  it('each role gets the step it can take today', () => {
    expect(nextStepKey('request-reseller-relationship', 'indirect-reseller')).toBe(
      'rules:roleStep.request-reseller-relationship.indirect-reseller',
    );
    expect(nextStepKey('request-reseller-relationship', 'direct')).toBe(
      'rules:outcome.request-reseller-relationship.nextStep',
    );
    expect(nextStepKey('provider-names-admin-reseller', 'indirect-provider')).toBe(
      'rules:roleStep.provider-names-admin-reseller.indirect-provider',
    );
    // The reseller orders and transfers through its indirect provider.
    expect(nextStepKey('wait-for-term-end-or-cancel', 'indirect-reseller')).toBe(
      'rules:roleStep.wait-for-term-end-or-cancel.indirect-reseller',
    );
    expect(nextStepKey('wait-for-term-end-or-cancel', 'direct')).toBe(
      'rules:outcome.wait-for-term-end-or-cancel.nextStep',
    );
  });
});

describe('seed readings that explain a verdict', () => {
  it('21Vianet Azure is not covered because the seed has no usage-based row, and cites what it has', () => {
    const verdict = evaluate({
      cloud: '21vianet',
      origin: '21vianet',
      service: 'usage-based',
      role: 'direct',
    });
    expect(verdict.status).toBe('not-covered');
    expect(notCoveredReason(verdict)).toBe('no-row');
    expect(verdict.sources.map((s) => s.part)).toEqual(['cases-1', 'table-license-based']);
    const other = evaluate({
      cloud: '21vianet',
      origin: 'ea',
      service: 'usage-based',
      role: 'direct',
    });
    expect(notCoveredReason(other)).toBe('not-mentioned');
  });

  it('indirect partners with Azure see why no invitation step is listed', () => {
    const ids = readingRules({
      cloud: 'global',
      origin: 'ea',
      service: 'usage-based',
      role: 'indirect-reseller',
    }).map((r) => r.id);
    expect(ids).toContain('global.provider-sends-invitation');
    expect(
      readingRules({ cloud: 'global', origin: 'ea', service: 'usage-based', role: 'direct' }).map(
        (r) => r.id,
      ),
    ).not.toContain('global.provider-sends-invitation');
  });
});

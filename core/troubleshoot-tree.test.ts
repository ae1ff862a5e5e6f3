import { describe, expect, it } from 'vitest';
import { resources } from '../locales/resources.ts';
import {
  ACCEPTANCE_CAUSES,
  ACCEPTANCE_SOURCES,
  ACCEPT_GUIDES,
  CAUSE_IDS,
  TROUBLESHOOT_QUESTIONS,
  TROUBLESHOOT_QUESTION_IDS,
  causesFor,
  sourceForReader,
  type AcceptanceCause,
  type TroubleshootAnswers,
} from './acceptance-causes.ts';
import { buildInvitationLink, parseInvitationLink } from './invitation-link.ts';
import { LANGUAGES } from './languages.ts';
import {
  LINK_ALTERATIONS,
  buildTroubleshootTree,
  causeLeaves,
  linkAlterations,
  troubleshootForLink,
  troubleshootPathTo,
  troubleshootTree,
  walkTroubleshoot,
  type TroubleshootCauseNode,
} from './troubleshoot-tree.ts';

const PARTNER = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const RESELLER = '11111111-2222-4333-8444-555555555555';
const GDAP_ID = '5d027261-d21f-4aa9-b7db-7fa1f56fb163-8777b240-c6f0-4469-9e98-a3205431b836';

function allAnswers(): TroubleshootAnswers[] {
  let combos: TroubleshootAnswers[] = [{}];
  for (const q of TROUBLESHOOT_QUESTION_IDS) {
    combos = combos.flatMap((c) =>
      (TROUBLESHOOT_QUESTIONS[q] as readonly string[]).map((a) => ({ ...c, [q]: a })),
    );
  }
  return combos;
}

const leaves = () =>
  troubleshootTree().nodes.filter((n): n is TroubleshootCauseNode => n.kind === 'cause');

describe('troubleshooting tree ≡ causes', () => {
  it('reaches every cause', () => {
    for (const id of CAUSE_IDS) expect(causeLeaves(id).length, id).toBeGreaterThan(0);
    expect(new Set(leaves().map((l) => l.cause))).toEqual(new Set(CAUSE_IDS));
  });

  it('ends every path in exactly one cause, the one the answers on the way fit', () => {
    for (const leaf of leaves()) {
      const answers = Object.fromEntries(leaf.steps.map((s) => [s.question, s.answer]));
      expect(
        causesFor(answers).map((c) => c.id),
        leaf.id,
      ).toEqual([leaf.cause]);
    }
  });

  it('leads every full set of answers that fits a cause to a cause that fits it', () => {
    let checked = 0;
    for (const answers of allAnswers()) {
      const fitting = causesFor(answers).map((c) => c.id);
      if (fitting.length === 0) continue;
      const node = walkTroubleshoot(answers);
      expect(node.kind, JSON.stringify(answers)).toBe('cause');
      if (node.kind === 'cause') expect(fitting).toContain(node.cause);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('offers only answers that lead somewhere and asks only questions that split the causes', () => {
    for (const node of troubleshootTree().nodes) {
      if (node.kind !== 'question') continue;
      expect(node.options.length, node.id).toBeGreaterThan(1);
      const ids = node.options.map((o) => o.next);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('keys every step by the answers that lead to it, from the root', () => {
    const tree = troubleshootTree();
    expect(tree.root).toBe('start');
    for (const node of tree.nodes) {
      const path = troubleshootPathTo(node.id);
      expect(path[0]!.id).toBe('start');
      expect(path.at(-1)!.id).toBe(node.id);
      expect(path.length).toBe(node.steps.length + 1);
    }
    expect(
      tree.nodes.some((n) => n.id === 'kind-gdap.cloud-global.tenant-global.stage-after'),
    ).toBe(true);
  });

  it('refuses causes it cannot tell apart, naming them', () => {
    const twin: AcceptanceCause = { ...ACCEPTANCE_CAUSES.find((c) => c.id === 'wrong-account')! };
    const other: AcceptanceCause = { ...twin, id: 'link-altered' };
    expect(() => buildTroubleshootTree([twin, other])).toThrow(
      /wrong-account, link-altered cannot be told apart at start/,
    );
  });
});

describe('causes: sources and texts', () => {
  it('every cause has at least one source, and one not confirmed by Microsoft is marked', () => {
    for (const cause of ACCEPTANCE_CAUSES) {
      expect(cause.sources.length, cause.id).toBeGreaterThan(0);
      const kinds = cause.sources.map((id) => ACCEPTANCE_SOURCES[id].kind);
      if (kinds.every((k) => k === 'third-party')) expect(cause.confirmed, cause.id).toBe(false);
    }
    expect(ACCEPTANCE_CAUSES.filter((c) => !c.confirmed).map((c) => c.id)).toEqual([
      'cloud-mismatch',
      'wrong-account',
    ]);
  });

  it('every source has an English or reader-language page on https, with a date read', () => {
    for (const [id, source] of Object.entries(ACCEPTANCE_SOURCES)) {
      expect(source.versions.length, id).toBeGreaterThan(0);
      for (const v of source.versions) expect(v.url).toMatch(/^https:\/\//);
      if (source.kind === 'microsoft-page') {
        for (const v of source.versions)
          expect(v.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
      }
      expect(source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives the reader the page in their language, else the English one', () => {
    expect(sourceForReader('create-customer', 'zh')).toMatchObject({
      language: 'zh',
      title: '创建客户',
    });
    expect(sourceForReader('gdap-faq', 'de')).toMatchObject({ language: 'en' });
    expect(sourceForReader('request-relationship', 'en')).toMatchObject({ language: 'de' });
  });

  it('every question, answer, cause, fixer and guide step has text in de, en and zh', () => {
    for (const language of LANGUAGES) {
      const r = resources[language].troubleshoot;
      const has = (value: unknown, what: string) =>
        expect(typeof value === 'string' && value.length > 0, `${language}: ${what}`).toBe(true);
      for (const q of TROUBLESHOOT_QUESTION_IDS) {
        has(r.question[q].title, `question ${q}`);
        for (const a of TROUBLESHOOT_QUESTIONS[q])
          has((r.answer[q] as Record<string, string>)[a], `answer ${q}.${a}`);
      }
      for (const cause of ACCEPTANCE_CAUSES) {
        const texts = r.cause[cause.id] as Record<string, string>;
        for (const key of ['title', 'sees', 'tell', 'do']) has(texts[key], `${cause.id}.${key}`);
        expect('customer' in texts, `${language}: ${cause.id}.customer`).toBe(cause.forCustomer);
        for (const fixer of cause.fixers) has(r.fixer[fixer], `fixer ${fixer}`);
      }
      for (const alteration of LINK_ALTERATIONS) has(r.alteration[alteration], alteration);
      for (const guide of ACCEPT_GUIDES) {
        const steps = r.accept.guide[guide.id].step as Record<string, string>;
        expect(Object.keys(steps), `${language}: ${guide.id}`).toEqual([...guide.steps]);
      }
    }
  });
});

describe('a pasted link and the tree', () => {
  const direct = buildInvitationLink({ cloud: 'global', partnerTenantId: PARTNER });
  if (!direct.ok) throw new Error('test link does not build');
  const url = direct.link.url;

  it('opens a whole link at its kind and cloud', () => {
    const result = parseInvitationLink(url);
    const found = troubleshootForLink(url, result);
    expect(found.step.id).toBe('kind-reseller.cloud-global');
    expect(found.cause).toBeUndefined();
    expect(found.alterations).toEqual([]);

    const vianet = buildInvitationLink({ cloud: '21vianet', partnerTenantId: PARTNER });
    if (!vianet.ok) throw new Error('test link does not build');
    const indirect = buildInvitationLink({
      cloud: '21vianet',
      partnerTenantId: PARTNER,
      reseller: { tenantId: RESELLER, partnerId: '4847383' },
    });
    if (!indirect.ok) throw new Error('test link does not build');
    expect(troubleshootForLink(vianet.link.url, { ok: true, link: vianet.link }).step.id).toBe(
      'kind-reseller.cloud-21vianet',
    );
    expect(troubleshootForLink(indirect.link.url, { ok: true, link: indirect.link }).step.id).toBe(
      'kind-indirect-reseller.cloud-21vianet',
    );
    const gdap = `https://admin.microsoft.com/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${GDAP_ID}`;
    expect(troubleshootForLink(gdap, parseInvitationLink(gdap)).step.id).toBe(
      'kind-gdap.cloud-global',
    );
  });

  it('points a GDAP link for 21Vianet to that cause', () => {
    const text = `https://portal.partner.microsoftonline.cn/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${GDAP_ID}`;
    const result = parseInvitationLink(text);
    const known = result.ok ? result.link : undefined;
    const found = troubleshootForLink(text, known ? { ok: true, link: known } : result);
    if (known) {
      expect(found.cause).toBe('gdap-not-in-21vianet');
      expect(found.step.id).toMatch(/^kind-gdap\.cloud-21vianet\./);
    } else expect(found.cause).toBe('link-altered');
  });

  it('says which alteration the parser repaired or found', () => {
    const safe = `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=x&reserved=0`;
    expect(linkAlterations(safe, parseInvitationLink(safe))).toEqual(['safe-links']);

    const amp = url.replace(/&/g, '&amp;');
    expect(linkAlterations(amp, parseInvitationLink(amp))).toEqual(['html-ampersand']);

    const broken = `${url.slice(0, 60)}\n${url.slice(60)}`;
    const brokenResult = parseInvitationLink(broken);
    expect(brokenResult.ok).toBe(true);
    expect(linkAlterations(broken, brokenResult)).toEqual(['line-break']);
    const found = troubleshootForLink(broken, brokenResult);
    expect(found.cause).toBe('link-altered');
    expect(found.step.id).toBe('kind-reseller.cloud-global.tenant-global.stage-link');

    const cut = url.slice(0, url.indexOf('#'));
    const cutResult = parseInvitationLink(cut);
    expect(cutResult.ok).toBe(false);
    expect(linkAlterations(cut, cutResult)).toEqual(['truncated']);
    expect(troubleshootForLink(cut, cutResult)).toMatchObject({ cause: 'link-altered' });

    const other = 'https://example.com/invite';
    expect(linkAlterations(other, parseInvitationLink(other))).toEqual(['not-an-invitation']);
    expect(linkAlterations(url, parseInvitationLink(url))).toEqual([]);
  });

  it('opens the first question when nothing was pasted', () => {
    expect(troubleshootForLink('', parseInvitationLink('')).step.id).toBe('start');
  });
});

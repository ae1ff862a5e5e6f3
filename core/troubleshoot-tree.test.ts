import { describe, expect, it } from 'vitest';
import { resources } from '../locales/resources.ts';
import {
  ACCEPTANCE_CAUSES,
  ACCEPTANCE_SOURCES,
  ACCEPT_GUIDES,
  CAUSE_IDS,
  TROUBLESHOOT_QUESTIONS,
  TROUBLESHOOT_QUESTION_IDS,
  acceptanceCause,
  causeConfirmation,
  causeMarker,
  causesFor,
  sourcesForReader,
  type AcceptanceCause,
  type TroubleshootAnswers,
} from './acceptance-causes.ts';
import { CLAIMS, claimById, claimProblems, confirmationOf } from './claims.ts';
import { LINK_ERROR_CODES, buildInvitationLink, parseInvitationLink } from './invitation-link.ts';
import { LANGUAGES } from './languages.ts';
import { acceptanceDeckSlides, acceptanceQuizCards } from './training.ts';
import {
  LINK_ALTERATIONS,
  LINK_ERROR_CAUSES,
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
  it('every cause has at least one source, through the register or of its own', () => {
    for (const cause of ACCEPTANCE_CAUSES) {
      expect(sourcesForReader(cause, 'en').length, cause.id).toBeGreaterThan(0);
      for (const id of cause.claims) expect(() => claimById(id), id).not.toThrow();
      if (cause.sources.length > 0) expect(cause.kind, cause.id).toBeDefined();
      // The kind must be one its own sources have, as the register requires of claims.
      if (cause.kind)
        expect(
          cause.sources.map((id) => ACCEPTANCE_SOURCES[id].kind),
          cause.id,
        ).toContain(cause.kind);
    }
    for (const guide of ACCEPT_GUIDES)
      expect(sourcesForReader(guide, 'en').length, guide.id).toBeGreaterThan(0);
  });

  it('rests "ask your indirect provider to create the customer" on the page that says so', () => {
    // The cause tells an indirect reseller that its provider creates a new customer's tenant:
    // Microsoft's page on indirect resellers says so, the API page on creating customers does not.
    expect(resources.en.troubleshoot.cause['no-tenant'].do).toMatch(/indirect reseller/);
    expect(sourcesForReader(acceptanceCause('no-tenant'), 'en').map((s) => s.url)).toContain(
      'https://learn.microsoft.com/en-us/partner-center/transition-direct-to-indirect',
    );
  });

  it("marks what only third parties say or what is our reading, by the register's rule", () => {
    const level = Object.fromEntries(ACCEPTANCE_CAUSES.map((c) => [c.id, causeConfirmation(c)]));
    expect(level['wrong-account']).toBe('unconfirmed');
    expect(level['cloud-mismatch']).toBe('unconfirmed');
    // The register says Microsoft's pages disagree on GDAP in 21Vianet: the cause follows.
    expect(level['gdap-not-in-21vianet']).toBe('unconfirmed');
    expect(causeMarker(acceptanceCause('gdap-not-in-21vianet'))).toBe('conflicting');
    expect(level['not-global-admin']).toBe('confirmed');
    // The same rule as the register's confirmationOf, for every kind and doubt.
    for (const claim of CLAIMS) {
      expect(
        causeConfirmation({
          claims: [],
          kind: claim.kind,
          ...(claim.doubt ? { doubt: claim.doubt } : {}),
        }),
        claim.id,
      ).toBe(confirmationOf(claim));
      expect(causeConfirmation({ claims: [claim.id] })).toBe(confirmationOf(claim));
    }
  });

  it("keeps its own pages in the register's shape, checked by the register's rules", () => {
    const [template] = CLAIMS;
    for (const [id, source] of Object.entries(ACCEPTANCE_SOURCES)) {
      expect(
        claimProblems({ ...template!, kind: source.kind, sources: [source], dates: [] }),
        id,
      ).toEqual([]);
    }
  });

  it('gives the reader the page in their language, else the English one, each page once', () => {
    const noTenant = acceptanceCause('no-tenant');
    expect(sourcesForReader(noTenant, 'zh')).toEqual([
      expect.objectContaining({ lang: 'zh', title: '创建客户' }),
      expect.objectContaining({ lang: 'en', kind: 'microsoft-page' }),
    ]);
    const mca = acceptanceCause('mca-not-accepted');
    const urls = sourcesForReader(mca, 'de').map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(sourcesForReader(acceptanceCause('gdap-expired'), 'de')[0]).toMatchObject({
      lang: 'en',
    });
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

  it('points a GDAP link for 21Vianet, which the parser refuses, to that cause', () => {
    const text = `https://portal.partner.microsoftonline.cn/AdminPortal/Home#/partners/invitation/granularAdminRelationships/${GDAP_ID}`;
    const result = parseInvitationLink(text);
    expect(result).toMatchObject({ ok: false, error: { code: 'gdap-not-in-21vianet' } });
    const found = troubleshootForLink(text, result);
    expect(found.cause).toBe('gdap-not-in-21vianet');
    expect(found.step.id).toMatch(/^kind-gdap\.cloud-21vianet\./);
    expect(found.alterations).toEqual([]);
  });

  it('maps every refusal of the parser to a cause (a Record: none can be left out)', () => {
    for (const code of LINK_ERROR_CODES) {
      if (code === 'empty') continue;
      expect(CAUSE_IDS).toContain(LINK_ERROR_CAUSES[code].cause);
    }
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

describe('training on acceptance problems', () => {
  it('has one quiz card per cause, its answer among the options, drawn from the tree', () => {
    const cards = acceptanceQuizCards();
    expect(cards.map((c) => c.cause)).toEqual([...CAUSE_IDS]);
    for (const card of cards) {
      expect(card.options).toContain(card.cause);
      expect(card.options.length).toBeGreaterThanOrEqual(2);
      expect(card.options.length).toBeLessThanOrEqual(4);
      expect(causeLeaves(card.cause).map((l) => l.id)).toContain(card.id);
      expect(card.context.every((s) => s.question !== 'stage' && s.question !== 'sign')).toBe(true);
    }
  });

  it('has one deck slide per cause, each with the step a trainer opens and the situation of its quiz card', () => {
    const slides = acceptanceDeckSlides();
    const cards = acceptanceQuizCards();
    expect(slides.map((s) => s.cause.id)).toEqual([...CAUSE_IDS]);
    for (const [i, slide] of slides.entries()) {
      expect(slide.paths).toBe(causeLeaves(slide.cause.id).length);
      expect(slide.confusedWith).not.toContain(slide.cause.id);
      // The slide asks what the card asks: the same path, without the steps that name the cause.
      expect(slide.step).toBe(cards[i]!.id);
      expect(slide.context).toEqual(cards[i]!.context);
      expect(slide.context.length).toBeGreaterThan(0);
    }
  });
});

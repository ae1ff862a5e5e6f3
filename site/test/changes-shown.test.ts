import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  CHANGES,
  CLOUDS,
  LANGUAGES,
  SCENARIO_IDS,
  allSituations,
  changesFor,
  changesForGlossaryTerm,
  changesForLinkFact,
  changesForOutcome,
  decisionTree,
  decisionTrees,
  evaluate,
  treePath,
  type Change,
  type Language,
} from '../../core/index.ts';
import { changeNote } from '../../locales/change-notes.ts';
import { claimView } from '../../locales/claims.ts';
import { translator } from '../../locales/i18n.ts';

/**
 * Every surface of the built site that shows an affected verdict or outcome shows its
 * "since the source" note, with its sentence, its Microsoft link and, where unconfirmed,
 * the warning; and none shows a note that does not apply. Run `npm run build:site` first.
 */
const DIST = resolve(import.meta.dirname, '..', 'dist');

function page(path: string): Document {
  const file = join(DIST, path, 'index.html');
  expect(existsSync(file), `${file} (run "npm run build:site" first)`).toBe(true);
  return parseHTML(readFileSync(file, 'utf8')).document;
}

const shownIds = (root: ParentNode) =>
  [...root.querySelectorAll('.change-note[data-change]')].map((el) =>
    el.getAttribute('data-change'),
  );

/** The note of `change` as the reader must see it, inside `root`. */
function expectNote(root: ParentNode, lang: Language, change: Change, where: string) {
  const note = changeNote(translator(lang), change);
  const el = root.querySelector(`.change-note[data-change="${change.id}"]`);
  expect(el, `${where}: note ${change.id}`).not.toBeNull();
  expect(el!.textContent, where).toContain(note.text);
  expect(el!.querySelector(`a[href="${note.source.href}"]`), `${where}: link`).not.toBeNull();
  if (note.unconfirmed) expect(el!.textContent, where).toContain(note.unconfirmed);
}

const uniq = (changes: Change[]) => [...new Map(changes.map((c) => [c.id, c])).values()];

describe.each(LANGUAGES)('notes on the built site (%s)', (lang) => {
  const t = translator(lang);

  it('every tree verdict page shows exactly the notes of its verdict', () => {
    for (const tree of decisionTrees())
      for (const node of tree.nodes) {
        if (node.kind !== 'verdict') continue;
        const where = treePath(lang, tree.id, node.id);
        const doc = page(where);
        const expected = changesFor(node.verdict, node.situations);
        expect(shownIds(doc).sort(), where).toEqual(expected.map((c) => c.id).sort());
        for (const change of expected) expectNote(doc, lang, change, where);
      }
  });

  it('an indirect reseller is never told to open “Request a reseller relationship” itself', () => {
    const general = t('rules:outcome.request-reseller-relationship.nextStep');
    const own = {
      global: t('rules:roleStep.request-reseller-relationship.indirect-reseller.global'),
      '21vianet': t('rules:roleStep.request-reseller-relationship.indirect-reseller.21vianet'),
    };
    const checked = { global: 0, '21vianet': 0 };
    for (const tree of decisionTrees())
      for (const node of tree.nodes) {
        if (node.kind !== 'verdict') continue;
        if (!node.verdict.outcomes.includes('request-reseller-relationship')) continue;
        if (!node.situations.every((s) => s.role === 'indirect-reseller')) continue;
        const cloud = node.situations[0]!.cloud;
        expect(node.situations.every((s) => s.cloud === cloud)).toBe(true);
        const text = page(treePath(lang, tree.id, node.id)).querySelector('.outcomes')!.textContent;
        expect(text).not.toContain(general);
        // Its step for the cloud of the page, and never the other cloud's.
        expect(text).toContain(own[cloud]);
        expect(text).not.toContain(own[cloud === 'global' ? '21vianet' : 'global']);
        checked[cloud]++;
      }
    expect(checked.global).toBeGreaterThan(0);
    expect(checked['21vianet']).toBeGreaterThan(0);
  });

  it('21Vianet Azure says why it is not covered, cites the parts the seed has, and shows the reading', () => {
    const doc = page(treePath(lang, '21vianet', 'cloud-21vianet.service-usage-based'));
    const text = doc.body.textContent;
    expect(doc.querySelector('h1')!.textContent).toBe(t('rules:notCovered.no-row.title'));
    expect(text).toContain(t('rules:notCovered.no-row.explanation'));
    expect(text).not.toContain(t('sources:part.21vianet.scope.text'));
    expect(text).toContain(t('sources:part.21vianet.cases-1.text'));
    expect(text).toContain(t('rules:reading.21vianet.case-21vianet'));
  });

  it('indirect partners with Azure see the reading that explains the missing invitation steps', () => {
    const tree = decisionTree('microsoft-programs');
    const node = tree.nodes.find(
      (n) =>
        n.kind === 'verdict' &&
        n.situations.every((s) => s.cloud === 'global' && s.service === 'usage-based') &&
        n.situations.some((s) => s.role === 'indirect-reseller'),
    )!;
    expect(page(treePath(lang, tree.id, node.id)).body.textContent).toContain(
      t('rules:reading.global.provider-sends-invitation'),
    );
  });

  it('the 21Vianet and other-sellers trees explain their questions', () => {
    expect(page(treePath(lang, '21vianet')).body.textContent).toContain(
      t('trees:scenarioQuestion.21vianet.cloud'),
    );
    const tree = decisionTree('other-sellers');
    const origin = tree.nodes.find((n) => n.kind === 'question' && n.question === 'origin')!;
    expect(page(treePath(lang, tree.id, origin.id)).body.textContent).toContain(
      t('trees:scenarioQuestion.other-sellers.origin'),
    );
  });

  it('the timeline lists every change with its sources and links to every affected verdict', () => {
    const doc = page(`/${lang}/changes/`);
    for (const change of CHANGES) {
      const entry = doc.getElementById(change.id);
      expect(entry, change.id).not.toBeNull();
      expect(entry!.textContent).toContain(t(`changes:change.${change.id}.title`));
      // The claim behind the entry: its pages in the reader's language, its marker, its level.
      const claim = claimView(t, change.claim);
      expect(entry!.getAttribute('data-claim')).toBe(change.claim);
      expect(entry!.getAttribute('data-confirmation')).toBe(claim.confirmation);
      expect(entry!.textContent).toContain(claim.text);
      expect(entry!.textContent).toContain(claim.marker);
      for (const source of claim.sources)
        expect(entry!.querySelector(`a[href="${source.url}"]`), source.url).not.toBeNull();
      for (const tree of decisionTrees())
        for (const node of tree.nodes)
          if (node.kind === 'verdict' && changesFor(node.verdict, node.situations).includes(change))
            expect(
              entry!.querySelector(`a[href="${treePath(lang, tree.id, node.id)}"]`),
              `${change.id} → ${node.id}`,
            ).not.toBeNull();
    }
  });

  it('guidance pages and the glossary show the notes of what they explain', () => {
    const expectations: [string, Change[]][] = [
      [
        `/${lang}/guide/indirect/`,
        uniq(
          (
            [
              'provider-sends-invitation',
              'reseller-forwards-provider-invitation',
              'provider-names-admin-reseller',
              'customer-grants-admin-to-reseller',
            ] as const
          ).flatMap((o) => changesForOutcome(o)),
        ),
      ],
      [`/${lang}/guide/invitation-link/`, changesForLinkFact('dap-parameter')],
      [
        `/${lang}/guide/license-vs-usage/`,
        uniq(
          (['ea', 'csp-partner'] as const).flatMap((origin) =>
            (['license-based', 'usage-based'] as const).flatMap((service) => {
              const s = { cloud: 'global', origin, service, role: 'direct' } as const;
              return changesFor(evaluate(s), [s]);
            }),
          ),
        ),
      ],
    ];
    for (const [path, changes] of expectations) {
      expect(changes.length, path).toBeGreaterThan(0);
      const doc = page(path);
      for (const change of changes) expectNote(doc, lang, change, path);
    }
    const glossary = page(`/${lang}/glossary/`);
    for (const term of ['dap', 'open']) {
      const entry = glossary.getElementById(term)!;
      for (const change of changesForGlossaryTerm(term))
        expectNote(entry, lang, change, `glossary ${term}`);
    }
  });

  it('every tree handout and cheat sheet shows the notes of the verdicts on it', () => {
    for (const scenario of SCENARIO_IDS) {
      const tree = decisionTree(scenario);
      const expected = uniq(
        tree.nodes.flatMap((n) =>
          n.kind === 'verdict' ? changesFor(n.verdict, n.situations) : [],
        ),
      );
      for (const paper of ['a4', 'letter']) {
        const path = `/${lang}/training/handouts/${scenario}/${paper}/`;
        const doc = page(path);
        expect(shownIds(doc).sort(), path).toEqual(expected.map((c) => c.id).sort());
        for (const change of expected) expectNote(doc, lang, change, path);
      }
    }
    for (const cloud of CLOUDS) {
      const expected = uniq(
        allSituations()
          .filter((s) => s.cloud === cloud)
          .flatMap((s) => changesFor(evaluate(s), [s])),
      );
      const path = `/${lang}/training/cheat-sheet/${cloud}/a4/`;
      const doc = page(path);
      expect(shownIds(doc).sort(), path).toEqual(expected.map((c) => c.id).sort());
      for (const change of expected) expectNote(doc, lang, change, path);
    }
  });
});

describe.each(LANGUAGES)('the quiz without JavaScript (%s)', (lang) => {
  it('every listed card with an affected verdict shows its notes in the answer', async () => {
    const { trainingCards } = await import('../../core/training.ts');
    const doc = page(`/${lang}/training/quiz/`);
    const listed = [...doc.querySelectorAll('.static-card')];
    const cards = trainingCards();
    expect(listed.length).toBe(cards.length);
    let withNotes = 0;
    for (const el of listed) {
      const ids = shownIds(el);
      withNotes += ids.length > 0 ? 1 : 0;
      for (const id of ids)
        expectNote(
          el,
          lang,
          CHANGES.find((c) => c.id === id)!,
          'quiz card',
        );
    }
    const expected = cards.filter((c) => changesFor(c.verdict, [c.situation]).length > 0).length;
    expect(withNotes).toBe(expected);
  });
});

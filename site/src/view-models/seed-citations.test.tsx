import { parseHTML } from 'linkedom';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import {
  GLOBAL_SEED,
  LANGUAGES,
  QUESTIONS,
  SCENARIO_IDS,
  decisionTrees,
  type SourceRef,
} from '../../../core/index.ts';
import { TOPIC_IDS, deckSlides, handoutRules } from '../../../core/training.ts';
import {
  addLanguagePacks,
  translator as extensionTranslator,
} from '../../../extension/lib/i18n.ts';
import { LANGUAGE_PACKS } from '../../../extension/lib/language-packs.ts';
import {
  seedCitationText,
  seedCitationsText,
  seedCitationStrings as stringsFor,
  seedPart,
  seedPartKey,
  type SeedCitationStrings,
  type SeedPartView,
} from '../../../locales/seed-citations.ts';
import { SeedCitation } from '../../../ui/sources/SeedCitation.tsx';
import { Notes } from '../components/training/SlideParts.tsx';
import { handoutRuleList } from './handout.ts';
import { seedCitation, seedDocumentName } from './seed-citations.ts';
import { deckProps, quizProps } from './training.ts';
import { treeWalkerProps } from './tree.ts';

// The extension's translator speaks the languages whose packs are loaded (as its UI does).
addLanguagePacks(LANGUAGE_PACKS);
/**
 * A seed part reads the same on every surface that cites it: the tree island, the quiz, the
 * deck (and its presenter view, which renders the deck's slides), the handouts and the
 * extension all build it with `seedPart` and write one citation line.
 */

const CASES_1: SourceRef = { seed: GLOBAL_SEED.file, part: 'cases-1' };

/** The citation line as a reader sees it (text only), rendered by the shared component. */
function renderedLine(source: SeedPartView, strings: SeedCitationStrings, lang: string): string {
  const html = render(<SeedCitation source={source} strings={strings} lang={lang} />);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.querySelector('.source-document')!.textContent!;
}

describe('one seed citation on every surface', () => {
  it('gives the Chinese citation of the first case its one form', () => {
    const view = seedCitation('zh', CASES_1);
    expect(seedCitationText(view, stringsFor(extensionTranslator('zh')), 'zh')).toBe(
      '合作伙伴中心文档《多渠道》（德语版），2016 年 11 月，情形列表，第 1 项',
    );
  });

  it('names a document once before several of its parts', () => {
    const parts = [
      seedCitation('zh', CASES_1),
      seedCitation('zh', { seed: GLOBAL_SEED.file, part: 'cases-2' }),
    ];
    expect(seedCitationsText(parts, stringsFor(extensionTranslator('zh')), '；', 'zh')).toBe(
      '合作伙伴中心文档《多渠道》（德语版），2016 年 11 月，情形列表，第 1 项；情形列表，第 2 项',
    );
    const en = [
      seedCitation('en', CASES_1),
      seedCitation('en', { seed: GLOBAL_SEED.file, part: 'cases-2' }),
    ];
    const line = seedCitationsText(en, stringsFor(extensionTranslator('en')), '; ', 'en');
    expect(
      line.startsWith(seedCitationText(en[0]!, stringsFor(extensionTranslator('en')), 'en')),
    ).toBe(true);
    expect(line.split(en[0]!.document)).toHaveLength(2);
  });

  for (const lang of LANGUAGES) {
    it(`${lang}: tree, quiz, deck, extension and handout cite a part identically`, () => {
      const expected = seedCitation(lang, CASES_1);
      const line = seedCitationText(expected, stringsFor(extensionTranslator(lang)), lang);

      const tree = decisionTrees().find((t) =>
        t.nodes.some(
          (n) => n.kind === 'verdict' && n.verdict.sources.some((s) => s.part === 'cases-1'),
        ),
      )!;
      const treeProps = treeWalkerProps(lang, tree, tree.nodes[0]!.id);
      const quiz = quizProps(lang);
      const topic = TOPIC_IDS.find((id) =>
        deckSlides(id).some((s) =>
          s.rules.some((r) => r.source.seed === CASES_1.seed && r.source.part === 'cases-1'),
        ),
      )!;
      const deck = deckProps(lang, topic);
      const deckSource = deck.slides
        .flatMap((s) => s.notes.rules.map((r) => r.source))
        .find((s) => s.key === expected.key)!;

      const surfaces: [string, SeedPartView, SeedCitationStrings][] = [
        ['tree', treeProps.sources[expected.key]!, treeProps.strings.seedCitation],
        ['quiz', quiz.sources[expected.key]!, quiz.strings.seedCitation],
        ['deck', deckSource, deck.strings.seedCitation],
      ];
      for (const [surface, view, strings] of surfaces) {
        expect(view, surface).toEqual(expected);
        expect(renderedLine(view, strings, lang), surface).toBe(line);
      }
      // The extension writes the line as text with its own translator (fewer namespaces).
      expect(seedPart(extensionTranslator(lang), CASES_1)).toEqual(expected);
      // The deck's speaker notes (also the presenter view's) render it through the component.
      const slide = deck.slides.find((s) =>
        s.notes.rules.some((r) => r.source.key === expected.key),
      )!;
      const notes = parseHTML(
        `<!doctype html><html><body>${render(<Notes slide={slide} strings={deck.strings} lang={lang} />)}</body></html>`,
      ).document;
      const lines = [...notes.querySelectorAll('.source-document')].map((p) => p.textContent);
      expect(lines).toContain(line);
      // A handout names the document once, as the line begins, then lists the parts.
      const scenario = SCENARIO_IDS.find((id) =>
        handoutRules(id).some((r) => seedPartKey(r.source) === expected.key),
      )!;
      const handout = handoutRuleList(lang, handoutRules(scenario), QUESTIONS.origin);
      const document = seedDocumentName(lang, GLOBAL_SEED.key);
      expect(line.startsWith(document)).toBe(true);
      expect(handout.documents.some((d) => d.includes(document))).toBe(true);
      expect(handout.rules.map((r) => r.part)).toContain(expected.part);
    });
  }

  it('names an unknown part and the parts that exist', () => {
    expect(() => seedCitation('en', { seed: GLOBAL_SEED.file, part: 'nope' })).toThrow(
      /Unknown part "nope".*Known: .*cases-1/,
    );
  });
});

import {
  CLOUDS,
  QUESTIONS,
  SEEDS,
  allSituations,
  evaluate,
  seedForCloud,
  type Cloud,
  type DecisionTree,
  type Language,
  type Origin,
  type QuestionId,
  type Rule,
} from '../../../core/index.ts';
import { handoutRules } from '../../../core/training.ts';
import type { ChangeNote } from '../../../locales/change-notes.ts';
import { outcomeKey, statusKey } from '../../../locales/keys.ts';
import { formatList } from '../../../locales/text.ts';
import { PAPERS, type Paper } from '../components/training/paths.ts';
import { tFor } from '../lib/i18n.ts';
import { verdictsChangeNotes } from './change-notes.ts';
import { seedCitation, seedDocumentName } from './seed-citations.ts';
import { answerLabel, readingOf } from './verdict.ts';

/**
 * The rules a printed handout rests on, finished for one reader: the seed documents named
 * once (with their date, as every seed citation names them), then per rule what it applies
 * to, what it gives, the seed part it comes from (translated) and our reading of it.
 */

const FIELDS = ['origin', 'service', 'role'] as const satisfies readonly QuestionId[];

export interface HandoutRule {
  id: string;
  number: number;
  cloud: string;
  /** What the rule applies to: a question's label and its answers (or "any answer"). */
  facts: { label: string; value: string }[];
  /** The status and outcome titles the rule gives; empty when it gives none. */
  gives: string[];
  /** The cited part's label and our translation of it. */
  part: string;
  text: string;
  reading?: string;
}

export interface HandoutRuleList {
  /** „Quelle: Multichannel-Dokumentation …, Stand November 2016“ per document cited. */
  documents: string[];
  rules: HandoutRule[];
}

/**
 * `origins`: the purchase channels of the tree; a rule's other channels are not named.
 * Answer labels are set apart with `common:punctuation.alternatives`, not joined into a
 * sentence (their capitals would stand mid-sentence: „Indirekter Anbieter oder Indirekter
 * Reseller“).
 */
export function handoutRuleList(
  lang: Language,
  rules: readonly Rule[],
  origins: readonly Origin[],
): HandoutRuleList {
  const t = tFor(lang);
  const answers = (rule: Rule, question: (typeof FIELDS)[number]) => {
    const listed =
      question === 'origin'
        ? (rule.when.origin ?? QUESTIONS.origin).filter((o) => origins.includes(o))
        : rule.when[question];
    return listed && listed.length < QUESTIONS[question].length
      ? listed.map((a) => answerLabel(lang, question, a)).join(t('common:punctuation.alternatives'))
      : t('training:handout.anyAnswer');
  };
  return {
    documents: SEEDS.filter((seed) => rules.some((r) => r.source.seed === seed.file)).map((seed) =>
      t('training:handout.source', { document: seedDocumentName(lang, seed.key) }),
    ),
    rules: rules.map((rule, i) => {
      const source = seedCitation(lang, rule.source);
      const reading = readingOf(lang, rule);
      return {
        id: rule.id,
        number: i + 1,
        cloud: answerLabel(lang, 'cloud', rule.cloud),
        facts: FIELDS.map((q) => ({
          label: t(`training:situation.${q}`),
          value: answers(rule, q),
        })),
        gives: [
          ...(rule.status ? [t(statusKey(rule.status, 'title'))] : []),
          ...rule.outcomes.map((o) => t(outcomeKey(o, 'title'))),
        ],
        part: source.part,
        text: source.text,
        ...(reading ? { reading } : {}),
      };
    }),
  };
}

/** A printed handout of one decision tree: its title, intro, rule sheets per cloud, notes. */
export interface TreeHandout {
  title: string;
  intro: string;
  /** One sheet of rules per Partner Center (cloud) the tree's rules belong to. */
  sheets: { cloud: Cloud; heading: string; rules: Rule[] }[];
  /** What changed since the source for every verdict of the tree. */
  notes: ChangeNote[];
}

export function treeHandout(lang: Language, tree: DecisionTree): TreeHandout {
  const t = tFor(lang);
  const rules = handoutRules(tree.id);
  return {
    title: t('training:handout.treeTitle', { tree: t(`trees:scenario.${tree.id}.title`) }),
    intro: t('common:punctuation.sentences', {
      first: t(`trees:scenario.${tree.id}.summary`),
      second: t('training:handout.treeIntro'),
    }),
    sheets: CLOUDS.filter((cloud) => rules.some((r) => r.cloud === cloud)).map((cloud) => ({
      cloud,
      heading: t('training:handout.rulesFor', { cloud: answerLabel(lang, 'cloud', cloud) }),
      rules: rules.filter((r) => r.cloud === cloud),
    })),
    notes: verdictsChangeNotes(
      lang,
      tree.nodes.flatMap((node) =>
        node.kind === 'verdict' ? [{ verdict: node.verdict, situations: node.situations }] : [],
      ),
    ),
  };
}

/** The one-page cheat sheet of one Partner Center (cloud). */
export interface CheatSheetHandout {
  title: string;
  /** „Quelle: <the cloud's seed document, dated>“. */
  source: string;
  /** What changed since the source for every verdict on the sheet. */
  notes: ChangeNote[];
}

export function cheatSheetHandout(lang: Language, cloud: Cloud): CheatSheetHandout {
  const t = tFor(lang);
  return {
    title: t('training:handout.cheatTitle', { cloud: answerLabel(lang, 'cloud', cloud) }),
    source: t('training:handout.source', {
      document: seedDocumentName(lang, seedForCloud(cloud).key),
    }),
    notes: verdictsChangeNotes(
      lang,
      allSituations()
        .filter((s) => s.cloud === cloud)
        .map((s) => ({ verdict: evaluate(s), situations: [s] })),
    ),
  };
}

/**
 * The frame of a printed handout: its `@page` rule (page-specific, so inline: the shared
 * stylesheet cannot know which paper a page is for) and the title search lists it under —
 * once (its first paper size), with every size it comes in.
 */
export function handoutFrame(
  lang: Language,
  title: string,
  paper: Paper,
  orientation: 'portrait' | 'landscape',
): { pageCss: string; searchTitle: string } {
  const t = tFor(lang);
  return {
    // eslint-disable-next-line no-restricted-syntax -- CSS, not text for readers
    pageCss: `@page { size: ${paper === 'a4' ? 'A4' : 'letter'} ${orientation}; margin: 12mm; }`,
    searchTitle: t('site:search.paperSizes', {
      handout: title,
      papers: formatList(
        lang,
        PAPERS.map((p) => t(`training:handout.${p}`)),
      ),
    }),
  };
}

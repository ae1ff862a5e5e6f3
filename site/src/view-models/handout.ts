import {
  QUESTIONS,
  SEEDS,
  type Language,
  type Origin,
  type QuestionId,
  type Rule,
} from '../../../core/index.ts';
import { outcomeKey, statusKey } from '../../../locales/keys.ts';
import { tFor } from '../lib/i18n.ts';
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

import {
  CLOUDS,
  OUTCOME_IDS,
  QUESTION_IDS,
  RULES,
  STATUSES,
  readingRules,
  type Cloud,
  type Language,
  type OutcomeId,
  type QuestionId,
  type Role,
  type Rule,
  type Situation,
  type Status,
  type Verdict,
} from '../../../core/index.ts';
import { ROLE_STEPS } from '../../../core/next-steps.ts';
import {
  answerKey,
  nextStepKey,
  outcomeKey,
  readingKey,
  statusKey,
  verdictExplanationKey,
} from '../../../locales/keys.ts';
import type { ClientOutcome } from '../islands/types.ts';
import type { SituationRow } from '../components/training/types.ts';
import type { Key } from '../../../locales/translator.ts';
import { tFor } from '../lib/i18n.ts';

/**
 * The texts of a verdict for one reader, shared by the tree island, the quiz, the deck and the
 * handouts: status and outcome texts, answer labels, the situation as rows, the readings
 * behind a verdict and the verdict's own explanation where its status's would mislead.
 */

export interface TitledText {
  title: string;
  explanation: string;
}

export function answerLabel(lang: Language, question: QuestionId, answer: string): string {
  return tFor(lang)(answerKey(question, answer));
}

/** Title and explanation of each id, from a key builder (`statusKey`, `outcomeKey`). */
function titledTexts<I extends string>(
  lang: Language,
  ids: readonly I[],
  key: (id: I, field: 'title' | 'explanation') => Key,
): Record<I, TitledText> {
  const t = tFor(lang);
  return Object.fromEntries(
    ids.map((id) => [id, { title: t(key(id, 'title')), explanation: t(key(id, 'explanation')) }]),
  ) as Record<I, TitledText>;
}

export function statusTexts(lang: Language): Record<Status, TitledText> {
  return titledTexts(lang, STATUSES, statusKey);
}

export function outcomeTexts(lang: Language): Record<OutcomeId, TitledText> {
  return titledTexts(lang, OUTCOME_IDS, outcomeKey);
}

/**
 * An outcome's texts, with the next steps of the roles that act differently, per cloud (a role's
 * step may differ between the clouds: `core/next-steps.ts`), for the clouds a page can show.
 */
export function outcomeView(
  lang: Language,
  id: OutcomeId,
  clouds: readonly Cloud[] = CLOUDS,
): ClientOutcome {
  const t = tFor(lang);
  const roles = Object.keys(
    (ROLE_STEPS as Partial<Record<OutcomeId, Partial<Record<Role, unknown>>>>)[id] ?? {},
  ) as Role[];
  const roleSteps = Object.fromEntries(
    clouds.map((cloud) => [
      cloud,
      Object.fromEntries(roles.map((role) => [role, t(nextStepKey(id, { role, cloud }))])),
    ]),
  ) as ClientOutcome['roleSteps'];
  return {
    title: t(outcomeKey(id, 'title')),
    explanation: t(outcomeKey(id, 'explanation')),
    nextStep: t(outcomeKey(id, 'nextStep')),
    ...(roles.length > 0 ? { roleSteps } : {}),
  };
}

/** A situation as rows of question label and answer label, in question order. */
export function situationRows(lang: Language, situation: Situation): SituationRow[] {
  const t = tFor(lang);
  return QUESTION_IDS.map((question) => ({
    question,
    label: t(`training:situation.${question}`),
    value: answerLabel(lang, question, situation[question]),
  }));
}

/** A rule's reading of a vague seed passage, where it has one. */
export function readingOf(lang: Language, rule: Rule): string | undefined {
  return rule.reading ? tFor(lang)(readingKey(rule.id)) : undefined;
}

/**
 * The readings (our interpretation of vague passages) behind a verdict: those of the rules
 * that apply, and those that explain what is missing (core `readingRules`), in rule order.
 */
export function readingsFor(lang: Language, situations: readonly Situation[]): string[] {
  const ids = new Set<string>();
  for (const situation of situations) for (const rule of readingRules(situation)) ids.add(rule.id);
  return RULES.filter((r) => ids.has(r.id)).flatMap((r) => readingOf(lang, r) ?? []);
}

/** The verdict's own explanation where its status's would mislead (`verdictExplanationKey`). */
export function explanationOf(lang: Language, verdict: Verdict): { explanation?: string } {
  const key = verdictExplanationKey(verdict);
  return key ? { explanation: tFor(lang)(key) } : {};
}

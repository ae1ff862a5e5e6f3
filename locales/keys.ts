import type { Cloud, QuestionId, Role } from '../core/situation.ts';
import type { OutcomeId, Status, Verdict } from '../core/verdict.ts';
import { notCoveredReason } from '../core/evaluate.ts';
import { roleStepKey } from '../core/next-steps.ts';
import type { Language } from '../core/languages.ts';
import type { Key } from './translator.ts';

/**
 * Locale keys built from data (an answer, a seed part, a reading, an outcome). The compiler
 * cannot prove that a key made from a question id and an answer id exists, so every builder
 * lives here, makes its key in one place, and `locales/keys.test.ts` walks all the data and
 * proves each key resolves in de, en and zh. Callers never cast. The troubleshooting tree's
 * keys are in locales/troubleshoot-keys.ts: the extension's check, which shows no
 * troubleshooting, then carries none of its texts (extension/lib/overlay-strings.ts reads keys
 * per module).
 */

const key = (k: string) => k as Key;

export type AnswerField = 'label' | 'hint';
export const answerKey = (question: QuestionId, answer: string, field: AnswerField = 'label') =>
  key(`rules:answer.${question}.${answer}.${field}`);

export const questionTitleKey = (question: QuestionId) => key(`rules:question.${question}.title`);

export const statusKey = (status: Status, field: 'title' | 'explanation') =>
  key(`rules:status.${status}.${field}`);

export type OutcomeField = 'title' | 'explanation' | 'nextStep';
export const outcomeKey = (outcome: OutcomeId, field: OutcomeField) =>
  key(`rules:outcome.${outcome}.${field}`);

/** A rule's reading of a vague seed passage (`rules:reading.<ruleId>`). */
export const readingKey = (ruleId: string) => key(`rules:reading.${ruleId}`);

/**
 * The next step a role sees for an outcome in a cloud: the role's own step where there is one
 * (`core/next-steps.ts` ROLE_STEPS, per cloud where the clouds differ), else the general step.
 */
export function nextStepKey(outcome: OutcomeId, reader?: { role: Role; cloud: Cloud }): Key {
  const own = reader && roleStepKey(outcome, reader.role, reader.cloud);
  return own ? key(own) : outcomeKey(outcome, 'nextStep');
}

export const sourceDocumentKey = (seed: Cloud, field: 'name' | 'date' = 'name') =>
  key(`sources:document.${seed}.${field}`);

export const sourcePartKey = (seed: Cloud, part: string, field: 'label' | 'text') =>
  key(`sources:part.${seed}.${part}.${field}`);

export const scenarioQuestionKey = (tree: string, question: QuestionId) =>
  key(`trees:scenarioQuestion.${tree}.${question}`);

export const languageNameKey = (language: Language) => key(`common:language.${language}`);

/**
 * The explanation a verdict shows instead of its status's own, where that would mislead: a
 * not-covered verdict whose seed has no row for the service, and a not-multichannel verdict
 * without steps (the status text announces steps). Undefined: the status's explanation.
 */
export function verdictExplanationKey(verdict: Verdict): Key | undefined {
  if (notCoveredReason(verdict) === 'no-row') return key('rules:notCovered.no-row.explanation');
  if (verdict.status === 'not-multichannel' && verdict.outcomes.length === 0)
    return key('rules:status.not-multichannel.noSteps');
  return undefined;
}

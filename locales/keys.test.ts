import { describe, expect, it } from 'vitest';
import {
  CLOUDS,
  OUTCOME_IDS,
  QUESTIONS,
  QUESTION_IDS,
  ROLES,
  RULES,
  SEEDS,
  STATUSES,
  LANGUAGES,
  ACCEPT_GUIDES,
  TROUBLESHOOT_QUESTIONS,
  customerCauses,
  decisionTrees,
  scenarioQuestionHints,
  roleStepKeys,
  type Role,
} from '../core/index.ts';
import { translator } from './i18n.ts';
import { resources } from './resources.ts';
import {
  answerKey,
  languageNameKey,
  nextStepKey,
  outcomeKey,
  questionTitleKey,
  readingKey,
  scenarioQuestionKey,
  sourceDocumentKey,
  sourcePartKey,
  statusKey,
} from './keys.ts';
import { acceptStepKey, causeCustomerKey, troubleshootAnswerKey } from './troubleshoot-keys.ts';

describe('keys built from data', () => {
  it('every key a builder makes from the data exists in de, en and zh', () => {
    const keys = [
      ...QUESTION_IDS.flatMap((q) => [
        questionTitleKey(q),
        ...(QUESTIONS[q] as readonly string[]).flatMap((a) => [
          answerKey(q, a),
          answerKey(q, a, 'hint'),
        ]),
      ]),
      ...STATUSES.flatMap((s) => [statusKey(s, 'title'), statusKey(s, 'explanation')]),
      ...OUTCOME_IDS.flatMap((o) => [
        outcomeKey(o, 'title'),
        outcomeKey(o, 'explanation'),
        ...ROLES.flatMap((role) => CLOUDS.map((cloud) => nextStepKey(o, { role, cloud }))),
      ]),
      ...RULES.filter((r) => r.reading).map((r) => readingKey(r.id)),
      ...SEEDS.flatMap((seed) => [
        sourceDocumentKey(seed.key),
        sourceDocumentKey(seed.key, 'date'),
        ...Object.keys(seed.parts).flatMap((part) => [
          sourcePartKey(seed.key, part, 'label'),
          sourcePartKey(seed.key, part, 'text'),
        ]),
      ]),
      ...decisionTrees().flatMap((tree) =>
        scenarioQuestionHints(tree.id).map((q) => scenarioQuestionKey(tree.id, q)),
      ),
      ...LANGUAGES.map(languageNameKey),
      ...Object.entries(TROUBLESHOOT_QUESTIONS).flatMap(([q, answers]) =>
        answers.map((a) => troubleshootAnswerKey(q as keyof typeof TROUBLESHOOT_QUESTIONS, a)),
      ),
      ...customerCauses().map((c) => causeCustomerKey(c.id)),
      ...ACCEPT_GUIDES.flatMap((g) => g.steps.map((step) => acceptStepKey(g.id, step))),
    ];
    for (const language of LANGUAGES) {
      const t = translator(language);
      for (const key of keys) expect(() => t.template(key), key).not.toThrow();
    }
  });

  it('each role gets the step it can take today, in its cloud', () => {
    const g = (role: Role) => ({ role, cloud: 'global' as const });
    const v = (role: Role) => ({ role, cloud: '21vianet' as const });
    expect(nextStepKey('request-reseller-relationship', g('indirect-reseller'))).toBe(
      'rules:roleStep.request-reseller-relationship.indirect-reseller.global',
    );
    expect(nextStepKey('request-reseller-relationship', v('indirect-reseller'))).toBe(
      'rules:roleStep.request-reseller-relationship.indirect-reseller.21vianet',
    );
    // The provider's 21Vianet step is the general one (no reseller invitations documented there).
    expect(nextStepKey('request-reseller-relationship', v('indirect-provider'))).toBe(
      'rules:outcome.request-reseller-relationship.nextStep',
    );
    expect(nextStepKey('request-reseller-relationship', g('direct'))).toBe(
      'rules:outcome.request-reseller-relationship.nextStep',
    );
    expect(nextStepKey('request-reseller-relationship')).toBe(
      'rules:outcome.request-reseller-relationship.nextStep',
    );
    expect(nextStepKey('provider-names-admin-reseller', g('indirect-provider'))).toBe(
      'rules:roleStep.provider-names-admin-reseller.indirect-provider',
    );
    // The reseller orders and transfers through its indirect provider.
    expect(nextStepKey('wait-for-term-end-or-cancel', g('indirect-reseller'))).toBe(
      'rules:roleStep.wait-for-term-end-or-cancel.indirect-reseller',
    );
    expect(nextStepKey('wait-for-term-end-or-cancel', g('direct'))).toBe(
      'rules:outcome.wait-for-term-end-or-cancel.nextStep',
    );
  });

  it('every role step has a key in every language, and none is left over', () => {
    const leaves = (value: unknown, path: string): string[] =>
      typeof value === 'string'
        ? [path]
        : Object.entries(value as object).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
    const keys = roleStepKeys().sort();
    for (const language of LANGUAGES)
      expect(leaves(resources[language].rules.roleStep, 'rules:roleStep').sort(), language).toEqual(
        keys,
      );
  });
});

/**
 * The four answers that describe a multichannel situation, and the values each may take.
 * Order matters: it is the order in which questions are asked and answers are listed.
 */

export const CLOUDS = ['global', '21vianet'] as const;
export const ORIGINS = [
  'microsoft-direct',
  'advisor',
  'open',
  'ea',
  'former-advisor-self',
  'third-party',
  'syndication-partner',
  'csp-partner',
  '21vianet',
] as const;
export const SERVICES = ['license-based', 'usage-based'] as const;
export const ROLES = ['direct', 'indirect-provider', 'indirect-reseller'] as const;

export type Cloud = (typeof CLOUDS)[number];
export type Origin = (typeof ORIGINS)[number];
export type Service = (typeof SERVICES)[number];
export type Role = (typeof ROLES)[number];

export interface Situation {
  cloud: Cloud;
  origin: Origin;
  service: Service;
  role: Role;
}

/** A question id is the name of the answer it collects. */
export type QuestionId = keyof Situation;

/** Every question with its allowed answers, in asking order. */
export const QUESTIONS = {
  cloud: CLOUDS,
  origin: ORIGINS,
  service: SERVICES,
  role: ROLES,
} as const satisfies { [Q in QuestionId]: readonly Situation[Q][] };

export const QUESTION_IDS = /* @__PURE__ */ Object.keys(QUESTIONS) as QuestionId[];

export type Answer<Q extends QuestionId = QuestionId> = Situation[Q];
export type PartialSituation = Partial<Situation>;

/** True when `value` is one of the allowed answers to `question`. */
export function isAnswer<Q extends QuestionId>(question: Q, value: unknown): value is Situation[Q] {
  return (QUESTIONS[question] as readonly unknown[]).includes(value);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value === undefined) return 'nothing';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Checks an untrusted situation. Throws a TypeError that names the field and the
 * allowed values; never fills in a default.
 */
export function assertSituation(input: unknown): asserts input is Situation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new TypeError(
      `A situation must be an object with the fields ${QUESTION_IDS.join(', ')}; got ${describe(input)}.`,
    );
  }
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(QUESTION_IDS as string[]).includes(key)) {
      throw new TypeError(
        `Unknown field "${key}" in situation. Allowed fields: ${QUESTION_IDS.join(', ')}.`,
      );
    }
  }
  for (const question of QUESTION_IDS) {
    const value = record[question];
    if (!isAnswer(question, value)) {
      const what =
        value === undefined ? `Missing "${question}"` : `Unknown ${question} ${describe(value)}`;
      throw new TypeError(
        `${what}. Allowed values for ${question}: ${QUESTIONS[question].join(', ')}.`,
      );
    }
  }
}

/** All 108 situations, in question order. */
export function allSituations(): Situation[] {
  const result: Situation[] = [];
  for (const cloud of CLOUDS)
    for (const origin of ORIGINS)
      for (const service of SERVICES)
        for (const role of ROLES) result.push({ cloud, origin, service, role });
  return result;
}

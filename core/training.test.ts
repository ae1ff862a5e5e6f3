import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ORIGINS,
  OUTCOME_IDS,
  ROLES,
  SCENARIO_IDS,
  STATUSES,
  allSituations,
  evaluate,
  sameVerdict,
  scenarioForOrigin,
  type OutcomeId,
  type Situation,
} from './index.ts';
import {
  CREDIT_POINTS,
  DEFAULT_COUNT,
  TOPICS,
  TOPIC_IDS,
  cardId,
  checkAnswer,
  cheatSheet,
  deckSlides,
  drawQuiz,
  handoutRules,
  hashSeed,
  mulberry32,
  parseProgress,
  parseQuizQuery,
  poolSize,
  progressKey,
  quizQuery,
  randomSeed,
  scoreQuiz,
  serializeProgress,
  shuffle,
  topicCards,
  trainingCards,
  type QuizConfig,
  type TopicId,
} from './training.ts';
import * as runtime from './training-runtime.ts';
import { seedForCloud } from './seeds.ts';
import { readFileSync } from 'node:fs';

const cards = trainingCards();
const fixedSeed = () => 'fixed1';

const arbTopics = fc.subarray([...TOPIC_IDS], { minLength: 1 });
const arbSeed = fc.stringMatching(/^[a-z0-9-]{1,32}$/);
const arbConfig: fc.Arbitrary<QuizConfig> = fc
  .tuple(arbSeed, arbTopics)
  .chain(([seed, topics]) =>
    fc.integer({ min: 1, max: poolSize(cards, topics) }).map((count) => ({ seed, count, topics })),
  );

describe('topics', () => {
  it('are data in TOPIC_IDS order, and every topic has cards', () => {
    expect(TOPICS.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    for (const id of TOPIC_IDS) expect(topicCards(id).length, id).toBeGreaterThan(0);
  });

  it('each card is one of the 108 situations, with the verdict the engine gives', () => {
    const ids = new Set(allSituations().map(cardId));
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    for (const card of cards) {
      expect(ids.has(card.id)).toBe(true);
      expect(sameVerdict(card.verdict, evaluate(card.situation))).toBe(true);
      expect(card.status).toBe(card.verdict.status);
      expect(card.outcomes).toEqual(card.verdict.outcomes);
      expect(card.topics.length).toBeGreaterThan(0);
    }
  });

  it('license vs usage: global cards where the service changes the answer', () => {
    for (const card of topicCards('license-vs-usage')) {
      const other = card.situation.service === 'license-based' ? 'usage-based' : 'license-based';
      expect(card.situation.cloud).toBe('global');
      expect(sameVerdict(card.verdict, evaluate({ ...card.situation, service: other }))).toBe(
        false,
      );
    }
    // Both services of each such channel are in the topic.
    const services = new Set(topicCards('license-vs-usage').map((c) => c.situation.service));
    expect([...services].sort()).toEqual(['license-based', 'usage-based']);
  });

  it('indirect roles: every role of a channel where the role changes the steps', () => {
    const roleCards = topicCards('indirect-roles');
    expect(new Set(roleCards.map((c) => c.situation.role))).toEqual(new Set(ROLES));
    expect(
      roleCards.some((c) => c.outcomes.includes('reseller-forwards-provider-invitation')),
    ).toBe(true);
  });

  it('21Vianet: only that cloud, and both multichannel and not-covered cases', () => {
    const vianet = topicCards('21vianet');
    expect(vianet.every((c) => c.situation.cloud === '21vianet')).toBe(true);
    expect(new Set(vianet.map((c) => c.status))).toEqual(new Set(['multichannel', 'not-covered']));
  });

  it('edge cases include Syndication partners, CSP-to-CSP and cases the seeds do not cover', () => {
    const edge = topicCards('edge-cases');
    expect(edge.some((c) => c.situation.origin === 'syndication-partner')).toBe(true);
    expect(edge.some((c) => c.situation.origin === 'csp-partner')).toBe(true);
    expect(edge.some((c) => c.status === 'not-covered')).toBe(true);
  });

  it('a not-covered verdict never depends on the role (why edge cases show it once)', () => {
    for (const s of allSituations()) {
      if (evaluate(s).status !== 'not-covered') continue;
      for (const role of ROLES) expect(evaluate({ ...s, role }).status).toBe('not-covered');
    }
  });
});

describe('seeded shuffle', () => {
  it('mulberry32 gives the same numbers for the same seed, all in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = mulberry32(seed);
        const b = mulberry32(seed);
        for (let i = 0; i < 20; i++) {
          const x = a();
          expect(x).toBe(b());
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('pins the sequence, so a class link keeps its quiz across releases', () => {
    // If this changes, every shared quiz URL shows other cards: change it only on purpose.
    const random = mulberry32(hashSeed('class-7'));
    expect([random(), random(), random()].map((x) => x.toFixed(6))).toMatchInlineSnapshot(`
      [
        "0.762799",
        "0.685665",
        "0.394068",
      ]
    `);
    expect(
      drawQuiz(cards, { seed: 'class-7', count: 5, topics: [...TOPIC_IDS] }).map((d) => d.card.id),
    ).toMatchInlineSnapshot(`
      [
        "global.microsoft-direct.license-based.indirect-reseller",
        "global.csp-partner.license-based.direct",
        "global.syndication-partner.license-based.indirect-reseller",
        "global.ea.usage-based.direct",
        "21vianet.former-advisor-self.usage-based.indirect-reseller",
      ]
    `);
  });

  it('Fisher–Yates keeps every item exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const shuffled = shuffle(items, mulberry32(seed));
        expect([...shuffled].sort()).toEqual([...items].sort());
      }),
    );
  });
});

describe('drawing a quiz', () => {
  it('the same seed, count and topics give the same cards in the same order', () => {
    fc.assert(
      fc.property(arbConfig, (config) => {
        expect(drawQuiz(cards, config)).toEqual(drawQuiz(cards, { ...config }));
      }),
    );
  });

  it('draws exactly `count` different cards, only from the chosen topics, each counted once', () => {
    fc.assert(
      fc.property(arbConfig, (config) => {
        const drawn = drawQuiz(cards, config);
        expect(drawn).toHaveLength(config.count);
        expect(new Set(drawn.map((d) => d.card.id)).size).toBe(config.count);
        for (const { card, topic } of drawn) {
          expect(config.topics).toContain(topic);
          expect(card.topics).toContain(topic);
          // The first chosen topic the card belongs to.
          expect(card.topics.find((t) => config.topics.includes(t))).toBe(topic);
        }
      }),
    );
  });

  it('represents every chosen topic when there are at least as many cards as topics', () => {
    fc.assert(
      fc.property(arbConfig, (config) => {
        fc.pre(config.count >= config.topics.length);
        const topics = new Set(drawQuiz(cards, config).map((d) => d.topic));
        expect(topics).toEqual(new Set(config.topics));
      }),
    );
  });

  it('different seeds usually give different quizzes', () => {
    const quizzes = new Set(
      Array.from({ length: 20 }, (_, i) =>
        drawQuiz(cards, { seed: `s${i}`, count: 10, topics: [...TOPIC_IDS] })
          .map((d) => d.card.id)
          .join(),
      ),
    );
    expect(quizzes.size).toBe(20);
  });
});

describe('quiz URL', () => {
  it('reads seed, count and topics', () => {
    const result = parseQuizQuery(
      '?seed=Class-7&count=12&topics=edge-cases,21vianet',
      cards,
      fixedSeed,
    );
    expect(result).toEqual({
      ok: true,
      // Case folded; topics in TOPIC_IDS order.
      config: { seed: 'class-7', count: 12, topics: ['21vianet', 'edge-cases'] },
      raw: { seed: 'Class-7', count: '12', topics: 'edge-cases,21vianet' },
      defaulted: [],
    });
  });

  it('says which parameters took their default when absent', () => {
    const result = parseQuizQuery('', cards, fixedSeed);
    expect(result).toEqual({
      ok: true,
      config: { seed: 'fixed1', count: DEFAULT_COUNT, topics: [...TOPIC_IDS] },
      raw: {},
      defaulted: ['seed', 'topics', 'count'],
    });
  });

  it('a default count never exceeds the cards of the chosen topics', () => {
    const small = cards.filter((c) => c.topics.includes('21vianet')).slice(0, 3);
    const result = parseQuizQuery('topics=21vianet', small, fixedSeed);
    expect(result.ok && result.config.count).toBe(3);
  });

  it('round-trips through quizQuery', () => {
    fc.assert(
      fc.property(arbConfig, (config) => {
        const result = parseQuizQuery(quizQuery(config), cards, fixedSeed);
        expect(result).toMatchObject({ ok: true, config, defaulted: [] });
      }),
    );
    expect(quizQuery({ seed: 'a', count: 3, topics: ['21vianet', 'edge-cases'] })).toBe(
      'seed=a&count=3&topics=21vianet,edge-cases',
    );
  });

  it('rejects bad values with an error per problem, keeping what the user typed', () => {
    const max = cards.length;
    const result = parseQuizQuery(
      '?seed=hello world&count=ten&topics=21vianet,roles&cout=5',
      cards,
      fixedSeed,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.raw).toEqual({ seed: 'hello world', count: 'ten', topics: '21vianet,roles' });
    expect(result.errors).toEqual([
      { code: 'unknown-parameter', param: 'cout', value: '5' },
      { code: 'seed-invalid', param: 'seed', value: 'hello world' },
      { code: 'topic-unknown', param: 'topics', value: '21vianet,roles', topic: 'roles' },
      { code: 'count-not-a-whole-number', param: 'count', value: 'ten', max },
    ]);
  });

  it('rejects a count outside 1 to the cards of the chosen topics, naming the maximum', () => {
    const max = poolSize(cards, ['21vianet']);
    for (const count of ['0', String(max + 1), '-2', '2.5', '']) {
      const result = parseQuizQuery(`topics=21vianet&count=${count}`, cards, fixedSeed);
      expect(result.ok, count).toBe(false);
      if (!result.ok) {
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]).toMatchObject({ param: 'count', value: count, max });
      }
    }
    expect(parseQuizQuery(`topics=21vianet&count=${max}`, cards, fixedSeed).ok).toBe(true);
  });

  it('rejects empty topics, a too long seed and repeated parameters', () => {
    const codes = (search: string) => {
      const result = parseQuizQuery(search, cards, fixedSeed);
      return result.ok ? [] : result.errors.map((e) => e.code);
    };
    expect(codes('topics=')).toEqual(['topics-empty']);
    expect(codes('topics=,')).toEqual(['topics-empty']);
    expect(codes('seed=')).toEqual(['seed-invalid']);
    expect(codes(`seed=${'a'.repeat(33)}`)).toEqual(['seed-invalid']);
    expect(codes(`seed=${'a'.repeat(32)}`)).toEqual([]);
    expect(codes('seed=a&seed=b')).toEqual(['repeated-parameter']);
  });

  it('never throws, whatever the query', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const result = parseQuizQuery(search, cards, fixedSeed);
        if (result.ok) {
          expect(result.config.count).toBeGreaterThanOrEqual(1);
          expect(result.config.count).toBeLessThanOrEqual(poolSize(cards, result.config.topics));
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('a random seed is itself a valid seed', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        const seed = randomSeed(mulberry32(n));
        expect(parseQuizQuery(`seed=${seed}`, cards, fixedSeed).ok).toBe(true);
      }),
    );
  });
});

describe('checking answers', () => {
  const expected = {
    status: 'multichannel' as const,
    outcomes: ['request-reseller-relationship', 'provider-sends-invitation'] as OutcomeId[],
  };

  it('full credit: right status and exactly the expected outcomes, in any order', () => {
    expect(
      checkAnswer(expected, {
        status: 'multichannel',
        outcomes: ['provider-sends-invitation', 'request-reseller-relationship'],
      }),
    ).toEqual({ credit: 'full', statusCorrect: true, missing: [], extra: [] });
  });

  it('partial credit: right status, an outcome missing or one too many, both named', () => {
    expect(
      checkAnswer(expected, {
        status: 'multichannel',
        outcomes: ['request-reseller-relationship', 'switch-azure-partner'],
      }),
    ).toEqual({
      credit: 'partial',
      statusCorrect: true,
      missing: ['provider-sends-invitation'],
      extra: ['switch-azure-partner'],
    });
  });

  it('no credit for a wrong status, whatever the outcomes', () => {
    expect(
      checkAnswer(expected, { status: 'not-covered', outcomes: expected.outcomes }).credit,
    ).toBe('none');
  });

  it('answering with the card itself always gets full credit', () => {
    for (const card of cards) expect(checkAnswer(card, card).credit).toBe('full');
  });

  it('scores per topic and in total', () => {
    const config: QuizConfig = { seed: 'score', count: 8, topics: [...TOPIC_IDS] };
    const drawn = drawQuiz(cards, config);
    const [a, b, c] = drawn;
    const wrongStatus = STATUSES.find((s) => s !== c!.card.status)!;
    const extra = OUTCOME_IDS.find((o) => !b!.card.outcomes.includes(o))!;
    const answers = {
      [a!.card.id]: a!.card,
      [b!.card.id]: { status: b!.card.status, outcomes: [...b!.card.outcomes, extra] },
      [c!.card.id]: { status: wrongStatus, outcomes: [] },
    };
    const { topics, total } = scoreQuiz(drawn, answers);
    expect(total).toEqual({
      cards: 8,
      answered: 3,
      full: 1,
      partial: 1,
      none: 1,
      points: CREDIT_POINTS.full + CREDIT_POINTS.partial,
      maxPoints: 16,
    });
    expect(topics.map((t) => t.topic)).toEqual(
      TOPIC_IDS.filter((id) => drawn.some((d) => d.topic === id)),
    );
    const sum = (key: 'cards' | 'points' | 'answered') => topics.reduce((n, t) => n + t[key], 0);
    expect([sum('cards'), sum('points'), sum('answered')]).toEqual([8, 3, 3]);
  });
});

describe('saved progress', () => {
  const config: QuizConfig = { seed: 'p', count: 4, topics: ['edge-cases'] };

  it('is kept per quiz', () => {
    expect(progressKey(config)).not.toBe(progressKey({ ...config, seed: 'q' }));
    expect(progressKey(config)).toBe(progressKey({ ...config }));
  });

  it('round-trips, and drops what it cannot read', () => {
    const card = cards[0]!;
    const progress = {
      answers: { [card.id]: { status: card.status, outcomes: [...card.outcomes] } },
    };
    expect(parseProgress(serializeProgress(progress), cards)).toEqual(progress);
    for (const text of [
      null,
      '',
      'not json',
      '[]',
      '{"v":2,"answers":{}}',
      `{"v":1,"answers":{"nope":{"status":"multichannel","outcomes":[]}}}`,
      `{"v":1,"answers":{"${card.id}":{"status":"maybe","outcomes":[]}}}`,
    ]) {
      expect(parseProgress(text, cards), String(text)).toEqual({ answers: {} });
    }
  });
});

describe('class decks', () => {
  it('one slide per distinct verdict; together the slides cover every card of the topic', () => {
    for (const id of TOPIC_IDS) {
      const slides = deckSlides(id);
      const covered = slides.flatMap((s) => [s.situation, ...s.alsoFor].map(cardId));
      expect(covered.sort(), id).toEqual(
        topicCards(id)
          .map((c) => c.id)
          .sort(),
      );
      for (const slide of slides) {
        for (const other of slide.alsoFor) {
          expect(sameVerdict(evaluate(other), slide.verdict)).toBe(true);
        }
      }
    }
  });

  it('speaker notes rest on the rules that apply, and contrasts really change the answer', () => {
    for (const id of TOPIC_IDS) {
      for (const slide of deckSlides(id)) {
        const parts = new Set(slide.verdict.sources.map((s) => `${s.seed}#${s.part}`));
        for (const rule of slide.rules)
          expect(parts.has(`${rule.source.seed}#${rule.source.part}`)).toBe(true);
        for (const contrast of slide.contrasts) {
          const other: Situation = { ...slide.situation, [contrast.question]: contrast.answer };
          expect(sameVerdict(evaluate(other), slide.verdict)).toBe(false);
        }
      }
    }
  });
});

describe('handouts', () => {
  it('each tree handout lists exactly the rules that decide one of its situations', () => {
    for (const scenario of SCENARIO_IDS) {
      const rules = handoutRules(scenario);
      expect(rules.length, scenario).toBeGreaterThan(0);
      for (const rule of rules) {
        const origins = rule.when.origin ?? ORIGINS;
        expect(origins.some((o) => scenarioForOrigin(o).id === scenario)).toBe(true);
      }
    }
    // @ts-expect-error: not a scenario id.
    expect(() => handoutRules('nope')).toThrow(/Allowed: microsoft-programs/);
  });

  it('a cheat sheet has every origin exactly once and matches the engine for every role', () => {
    for (const cloud of ['global', '21vianet'] as const) {
      const rows = cheatSheet(cloud);
      expect(rows.flatMap((r) => r.origins).sort()).toEqual([...ORIGINS].sort());
      for (const row of rows) {
        for (const origin of row.origins) {
          for (const cell of row.cells) {
            for (const role of ROLES) {
              const verdict = evaluate({ cloud, origin, service: cell.service, role });
              const extra = cell.byRole.find((r) => r.role === role)?.outcomes ?? [];
              expect(verdict.status).toBe(cell.status);
              expect([...verdict.outcomes].sort()).toEqual([...cell.outcomes, ...extra].sort());
            }
          }
        }
      }
    }
  });

  it('a cheat sheet cell cites its parts in document order („Punkt 1; Punkt 2; … Tabelle …“)', () => {
    for (const cloud of ['global', '21vianet'] as const) {
      const seed = seedForCloud(cloud);
      const order = Object.keys(seed.parts);
      for (const cell of cheatSheet(cloud).flatMap((row) => row.cells)) {
        const indices = cell.sources.map((s) => order.indexOf(s.part));
        expect(indices.every((i) => i >= 0)).toBe(true);
        expect(indices).toEqual([...indices].sort((a, b) => a - b));
      }
    }
    // Merged rows were out of order before: the global sheet has a cell with several parts.
    expect(
      cheatSheet('global').some((row) => row.cells.some((cell) => cell.sources.length > 3)),
    ).toBe(true);
  });
});

describe('the browser module', () => {
  it('imports nothing but the status and outcome lists (keeps the quiz page small)', () => {
    const source = readFileSync(new URL('./training-runtime.ts', import.meta.url), 'utf8');
    const imports = [...source.matchAll(/^import .* from '(.+)';$/gm)].map((m) => m[1]);
    expect(imports).toEqual(['./verdict.ts']);
    expect(Object.keys(runtime)).toContain('drawQuiz');
  });

  it('topic ids of the runtime and the topic data agree', () => {
    const ids: readonly TopicId[] = TOPICS.map((t) => t.id);
    expect(ids).toEqual(runtime.TOPIC_IDS);
  });
});

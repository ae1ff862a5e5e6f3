import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  OUTCOME_IDS,
  QUESTIONS,
  QUESTION_IDS,
  RULES,
  SCENARIOS,
  SEEDS,
  STATUSES,
  LINK_ERROR_CODES,
} from '../core/index.ts';
import { checkLocales, readAllowList } from '../scripts/check-locales.ts';
import { translator } from './i18n.ts';
import { resources } from './resources.ts';

const DIR = fileURLToPath(new URL('.', import.meta.url));

/** Every text of a dictionary with its dotted key. */
function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) =>
      flatten(inner, prefix ? `${prefix}.${key}` : key),
    );
  return [];
}

describe('locale dictionaries', () => {
  it('de, en and zh have the same keys and placeholders, no empty values, no untranslated text', () => {
    const problems = checkLocales(DIR, readAllowList(DIR));
    expect(
      problems.map((p) => `${p.language}/${p.file} ${p.key}: ${p.problem} ${p.detail ?? ''}`),
    ).toEqual([]);
  });

  it('every status, outcome, question, answer, scenario, source part and reading has text in every language', () => {
    for (const language of ['de', 'en', 'zh'] as const) {
      const r = resources[language];
      const has = (value: unknown, what: string) =>
        expect(typeof value === 'string' && value.length > 0, `${language}: ${what}`).toBe(true);
      for (const status of STATUSES) has(r.rules.status[status].title, `status ${status}`);
      for (const outcome of OUTCOME_IDS) {
        has(r.rules.outcome[outcome].title, `outcome ${outcome}`);
        has(r.rules.outcome[outcome].explanation, `outcome ${outcome}`);
      }
      for (const question of QUESTION_IDS) {
        has(r.rules.question[question].title, `question ${question}`);
        const answers = r.rules.answer[question] as Record<string, { label: string }>;
        for (const answer of QUESTIONS[question])
          has(answers[answer]?.label, `answer ${question}.${answer}`);
      }
      for (const scenario of SCENARIOS)
        has(r.trees.scenario[scenario.id].title, `scenario ${scenario.id}`);
      for (const seed of SEEDS) {
        const parts = r.sources.part[seed.key] as Record<string, { label: string; text: string }>;
        for (const part of Object.keys(seed.parts))
          has(parts[part]?.text, `part ${seed.key}.${part}`);
      }
      for (const code of LINK_ERROR_CODES) has(r.link.error[code], `link error ${code}`);
    }
  });

  it('exactly the rules marked as a reading have a reading text', () => {
    const readings = resources.en.rules.reading as Record<string, Record<string, string>>;
    const keys = Object.entries(readings).flatMap(([cloud, byRule]) =>
      Object.keys(byRule).map((k) => `${cloud}.${k}`),
    );
    expect(keys.sort()).toEqual(
      RULES.filter((r) => r.reading)
        .map((r) => r.id)
        .sort(),
    );
  });

  it('English is US English, as on Microsoft’s pages (organization, license, recognize)', () => {
    const british = /\b(organis|licence|recognis|authoris|colour|behaviour|favour|centre\b)/i;
    const found = Object.entries(resources.en).flatMap(([namespace, dictionary]) =>
      flatten(dictionary)
        .filter(([, text]) => british.test(text))
        .map(([key, text]) => `en/${namespace}.json ${key}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('German: a GDAP request is approved (genehmigen), never accepted (annehmen) in the same sentence', () => {
    // An invitation is accepted („die Einladung annehmen“), a GDAP request approved: a
    // sentence that lets „annehmen“ govern a GDAP request reads as Microsoft never writes it.
    const accept = /\b(?:annehmen|angenommen|Annahme|Annehmen|nimmt\b.*\ban\b)/;
    const found = Object.entries(resources.de).flatMap(([namespace, dictionary]) =>
      flatten(dictionary).flatMap(([key, text]) =>
        text
          .split(/(?<=[.;:!?])\s+/)
          .filter((sentence) => /GDAP-Anfrage/.test(sentence) && accept.test(sentence))
          .filter((sentence) => !/genehmig/.test(sentence))
          .map((sentence) => `de/${namespace}.json ${key}: ${sentence}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('a next step never points below or above: the site, the extension and the quiz lay it out differently', () => {
    // A step that said "build it below" sent site readers to a link builder only the
    // extension has, on one Partner Center page.
    const pointing = {
      en: /\b(below|above)\b/i,
      de: /\b(unten|oben)\b/i,
      zh: /下方|上方|下文|上文/,
    };
    const found: string[] = [];
    for (const [language, dictionaries] of Object.entries(resources)) {
      const rules = dictionaries.rules as {
        roleStep: Record<string, Record<string, string | Record<string, string>>>;
        outcome: Record<string, { nextStep?: string }>;
      };
      const steps: [string, string][] = [
        // A role's step, or its steps per cloud.
        ...Object.entries(rules.roleStep).flatMap(([outcome, roles]) =>
          Object.entries(roles).flatMap(([role, text]): [string, string][] =>
            typeof text === 'string'
              ? [[`${outcome}.${role}`, text]]
              : Object.entries(text).map(([cloud, step]) => [`${outcome}.${role}.${cloud}`, step]),
          ),
        ),
        ...Object.entries(rules.outcome).map(([outcome, o]): [string, string] => [
          outcome,
          o.nextStep ?? '',
        ]),
      ];
      for (const [key, text] of steps)
        if (pointing[language as keyof typeof pointing].test(text))
          found.push(`${language} ${key}`);
    }
    expect(found).toEqual([]);
  });

  it('a wrong key does not compile', () => {
    const t = translator('en');
    // @ts-expect-error: no such key. If this line compiles, keys are not type-safe.
    expect(() => t('rules:status.multichanel.title')).toThrow(/No en text/);
  });

  it('the translator resolves namespaced keys in each language', () => {
    expect(translator('en')('rules:status.multichannel.title')).toBe(
      'Multichannel support applies',
    );
    expect(translator('de')('common:language.de')).toBe('Deutsch');
    expect(translator('zh')('link:error.missing-parameter', { parameter: 'partnerId' })).toContain(
      'partnerId',
    );
  });
});

describe('the locale check itself', () => {
  const write = (dir: string, language: string, data: unknown) => {
    mkdirSync(join(dir, language), { recursive: true });
    writeFileSync(join(dir, language, 'x.json'), JSON.stringify(data));
  };

  it('finds missing and extra keys, differing placeholders, empty and untranslated values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    write(dir, 'en', { a: 'Hello {{name}}', b: 'Partner Center', c: 'Only in English', d: 'Save' });
    write(dir, 'de', { a: 'Hallo {{nom}}', b: 'Partner Center', d: '', e: 'extra' });
    write(dir, 'zh', { a: '你好 {{name}}', b: 'Partner Center', c: 'Only in English', d: '保存' });
    const found = checkLocales(dir, ['Partner Center']).map(
      (p) => `${p.language}:${p.key}:${p.problem}`,
    );
    expect(found.sort()).toEqual(
      [
        'de:a:placeholders',
        'de:c:missing',
        'de:d:empty',
        'de:e:extra',
        'zh:c:identical-to-english',
      ].sort(),
    );
  });

  it('finds German and Chinese values that break the style guides’ typography', () => {
    const dir = mkdtempSync(join(tmpdir(), 'locales-'));
    write(dir, 'en', { a: 'Next step: {{step}}', b: 'Choose “Customers”.', c: 'Question {{n}}' });
    write(dir, 'de', {
      a: 'Nächster Schritt: {{step}}',
      b: 'Wählen Sie "Kunden".',
      c: 'Frage {{n}}',
    });
    write(dir, 'zh', { a: '下一步: {{step}}', b: '选择“客户”。', c: '第 {{n}} 个问题' });
    const found = new Set(checkLocales(dir).map((p) => `${p.language}:${p.key}:${p.problem}`));
    expect([...found].sort()).toEqual(['de:b:typography', 'zh:a:typography']);
  });
});

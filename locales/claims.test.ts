import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  CLAIMS,
  CLAIM_IDS,
  LANGUAGES,
  confirmationOf,
  type ClaimId,
  type Language,
} from '../core/index.ts';
import { claimMarkerProblems } from './claim-markers.ts';
import { claimView } from './claims.ts';
import { translator } from './i18n.ts';
import { resources } from './resources.ts';

const views = (language: (typeof LANGUAGES)[number]) =>
  CLAIM_IDS.map((id) => claimView(translator(language), id));

/** Every string value of a dictionary with its key path. */
function strings(value: unknown, path: string[] = []): [string, string][] {
  if (typeof value === 'string') return [[path.join('.'), value]];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => strings(v, [...path, k]));
  }
  return [];
}

describe('claims in every language', () => {
  it('every claim reads in de, en and zh, with its dates and numbers filled in and a marker', () => {
    for (const language of LANGUAGES) {
      for (const view of views(language)) {
        expect(view.text, `${language} ${view.id}`).not.toMatch(/\{\{|changes:claim/);
        expect(view.marker.length, `${language} ${view.id}`).toBeGreaterThan(10);
        expect(view.sources.length).toBeGreaterThan(0);
      }
    }
    const dap = (language: 'de' | 'en' | 'zh') =>
      views(language).find((v) => v.id === 'dap-retired')!;
    expect(dap('en').dated).toMatch(/^Since October 9, 2023: .*May 22, 2023/);
    expect(dap('de').dated).toMatch(/^Seit dem 9\. Oktober 2023: .*22\. Mai 2023/);
    expect(dap('zh').dated).toMatch(/^自 2023 年 10 月 9 日起：.*于 2023 年 5 月 22 日开始/);
    expect(dap('en').confirmation).toBe('quoted');
  });

  it('marks a page that is not in the reader’s language, and gives the German and Chinese pages where they exist', () => {
    const de = views('de').find((v) => v.id === 'indirect-reseller-creates-invitations')!;
    expect(de.sources[0]).toMatchObject({ lang: 'de', title: 'Kontakt zu Ihren Kunden' });
    expect(de.sources[0]!.languageLabel).toBeUndefined();
    const zh = views('zh').find((v) => v.id === 'dap-retired')!;
    expect(zh.sources[0]!.lang).toBe('en');
    expect(zh.sources[0]!.languageLabel).toBe('英语页面');
  });

  it('no other string states a claim: claims live only in changes:claim.*', () => {
    for (const language of LANGUAGES) {
      const claimSentences = views(language).flatMap((view) =>
        view.text
          .split(/(?<=[.。:：;；])\s*/)
          .filter((s) => s.length >= (language === 'zh' ? 15 : 40))
          .map((sentence) => ({ id: view.id, sentence })),
      );
      const dictionaries = resources[language] as Record<string, unknown>;
      for (const [namespace, dictionary] of Object.entries(dictionaries)) {
        for (const [key, value] of strings(dictionary)) {
          if (namespace === 'changes' && key.startsWith('claim.')) continue;
          for (const { id, sentence } of claimSentences) {
            expect(value.includes(sentence), `${language} ${namespace}:${key} states ${id}`).toBe(
              false,
            );
          }
        }
      }
    }
  });
});

describe('the glossary beside its notes', () => {
  it('leaves what a quoted or unconfirmed claim says has changed to the note, with its marker', () => {
    // A definition that itself says "retired" or "no longer" states the change as fact, without
    // the claim's level (DAP's retirement is known from Microsoft's announcement as quoted).
    const changed: Record<Language, RegExp> = {
      de: /eingestellt|nicht mehr|abgeschafft/,
      en: /retired|no longer|\bended\b/,
      zh: /停用|不再|已终止/,
    };
    const terms = CLAIMS.filter((c) => confirmationOf(c) !== 'confirmed').flatMap(
      (c) => c.affects.glossaryTerms ?? [],
    );
    expect(terms).toContain('dap');
    for (const language of LANGUAGES) {
      const glossary = resources[language].glossary.term as Record<string, { definition: string }>;
      for (const term of terms) {
        expect(glossary[term]?.definition, `${language} ${term}`).not.toMatch(changed[language]);
      }
    }
  });
});

describe('the guide pages beside their notes', () => {
  it('attribute the source’s invitation model to the source, and leave today to the notes', () => {
    // These paragraphs tell the 2016 model (the provider sends, the invitation brings the
    // permissions to manage); the register says what holds today, shown below them.
    const namesSource: Record<Language, RegExp> = { de: /Quelle/, en: /\bsource\b/, zh: /来源/ };
    const keys = [
      'site:indirect.provider',
      'site:indirect.reseller',
      'site:indirect.adminGlobal',
      'site:licenseVsUsage.license',
    ] as const;
    for (const language of LANGUAGES) {
      for (const key of keys)
        expect(translator(language)(key), `${language} ${key}`).toMatch(namesSource[language]);
    }
  });
});

describe('GDAP duration', () => {
  it('is never given as two years without the six-month Auto extend the GDAP FAQ describes', () => {
    const keys = [
      'changes:claim.gdap-facts',
      'link:gdap.fact.at-most-two-years',
      'email:claim.gdap-facts',
      'glossary:term.gdap.definition',
    ] as const;
    for (const language of LANGUAGES) {
      const t = translator(language);
      for (const key of keys) {
        const text = t(key, { days: 90 });
        expect(text, `${language} ${key}`).toMatch(/Auto extend/);
        expect(text, `${language} ${key}`).toMatch(/six months|sechs Monate|六个月/);
      }
    }
  });
});

describe('the confirmation marker check', () => {
  const en = views('en');
  const view = (id: ClaimId) => en.find((v) => v.id === id)!;
  const dom = (html: string) =>
    parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Element;

  it('passes a claim shown in its element with its marker', () => {
    const v = view('dap-retired');
    const root = dom(
      `<div data-claim="dap-retired" data-confirmation="quoted"><p>${v.text}</p><p>${v.marker}</p></div>`,
    );
    expect(claimMarkerProblems(root, en)).toEqual([]);
  });

  it('fails a claim stated without its marker, outside its element, or with another level', () => {
    const v = view('dap-retired');
    expect(claimMarkerProblems(dom(`<p>${v.text}</p>`), en)).toEqual([
      '"dap-retired" is shown outside an element with data-claim="dap-retired".',
    ]);
    expect(
      claimMarkerProblems(
        dom(`<div data-claim="dap-retired" data-confirmation="quoted"><p>${v.text}</p></div>`),
        en,
      ).join(' '),
    ).toMatch(/without its confirmation marker/);
    expect(
      claimMarkerProblems(
        dom(
          `<div data-claim="dap-retired" data-confirmation="confirmed"><p>${v.text}</p><p>${v.marker}</p></div>`,
        ),
        en,
      ).join(' '),
    ).toMatch(/the register says "quoted"/);
  });
});

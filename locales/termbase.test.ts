import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../core/languages.ts';
import { CONCEPTS, searchAlternatives } from './termbase.ts';

describe("the termbase's words readers type (searchedAs)", () => {
  it('are never our own wording: not a term, nor part of one, in the same language', () => {
    for (const language of LANGUAGES) {
      const terms = CONCEPTS.map((c) => c[language].term.toLowerCase());
      for (const { typed } of searchAlternatives(language))
        expect(
          terms.filter((term) => term.includes(typed.toLowerCase())),
          `${language}: “${typed}”`,
        ).toEqual([]);
    }
  });

  it('name one concept each, longest first, so a longer word is matched before its part', () => {
    for (const language of LANGUAGES) {
      const typed = searchAlternatives(language).map((a) => a.typed.toLowerCase());
      expect(new Set(typed).size, language).toBe(typed.length);
      expect(
        typed.every((t, i) => i === 0 || typed[i - 1]!.length >= t.length),
        language,
      ).toBe(true);
    }
    expect(searchAlternatives('zh')).toContainEqual({ typed: '分销商', term: '间接提供商' });
  });
});

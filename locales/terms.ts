// No imports: Playwright's loader (which cannot import JSON) checks printouts with this too.

/** One concept's entry for one language in locales/termbase.json. */
export interface TermEntry {
  term: string;
  forbidden: readonly string[];
  source: string | null;
  decision?: string;
  /**
   * Words readers type for the concept other than the term (a variant, a colloquial name),
   * never part of a term of the same language: the site's search looks for the term as well
   * (`searchAlternatives`). Never shown as our wording.
   */
  searchedAs?: readonly string[];
}

export interface Concept {
  id: string;
  de: TermEntry;
  en: TermEntry;
  zh: TermEntry;
}

export interface TermProblem {
  rule: string;
  excerpt: string;
}

/**
 * Forbidden term variants in a text of `language` (de, en or zh). `ignoreSpaces` compares
 * with all white space removed, for text extracted from a PDF, where a line may end inside
 * a term.
 */
export function findForbiddenTerms(
  concepts: readonly Concept[],
  language: string,
  text: string,
  { ignoreSpaces = false } = {},
): TermProblem[] {
  if (language !== 'de' && language !== 'en' && language !== 'zh') return [];
  const norm = (s: string) => (ignoreSpaces ? s.replace(/\s+/g, '') : s);
  const haystack = norm(text);
  const problems: TermProblem[] = [];
  for (const concept of concepts) {
    const entry = concept[language];
    for (const variant of entry.forbidden) {
      const at = haystack.indexOf(norm(variant));
      if (at >= 0)
        problems.push({
          rule: `termbase ${concept.id}: “${variant}” is not our term; use “${entry.term}”`,
          excerpt: haystack
            .slice(Math.max(0, at - 20), at + variant.length + 20)
            .replace(/\s+/g, ' '),
        });
    }
  }
  return problems;
}

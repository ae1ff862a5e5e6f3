import termbase from './termbase.json' with { type: 'json' };
import type { Language } from '../core/languages.ts';
import { findForbiddenTerms, type Concept, type TermProblem } from './terms.ts';

/**
 * The termbase (locales/termbase.json): per concept and language the one term we use, the
 * variants a reader must never see, and the Microsoft page in that language the term comes
 * from. `typographyProblems` runs `termProblems`, so every check of locale values, built
 * pages, the extension UI and e-mails enforces the termbase; the printed handouts are
 * checked with `findForbiddenTerms` (test/e2e/training/handouts.spec.ts).
 */
export const CONCEPTS: readonly Concept[] = termbase.concepts;

/** Forbidden term variants in a text of `language`. */
export function termProblems(language: string, text: string): TermProblem[] {
  return findForbiddenTerms(CONCEPTS, language, text);
}

/** A word a reader may type for a concept, and the term our pages use for it. */
export interface SearchAlternative {
  typed: string;
  term: string;
}

/**
 * What the search takes as the term when a query holds it (`searchedAs` in the termbase), in
 * one language, the longest typed words first (so 委派管理权限 wins over 管理权限).
 */
export function searchAlternatives(language: Language): SearchAlternative[] {
  return CONCEPTS.flatMap((concept) =>
    (concept[language].searchedAs ?? []).map((typed) => ({ typed, term: concept[language].term })),
  ).sort((a, b) => b.typed.length - a.typed.length);
}

import termbase from './termbase.json' with { type: 'json' };
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

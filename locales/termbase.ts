import termbase from './termbase.json' with { type: 'json' };

/**
 * The termbase (locales/termbase.json): per concept and language the one term we use, the
 * variants a reader must never see, and the Microsoft page in that language the term comes
 * from. `termProblems` finds a forbidden variant in a text; `typographyProblems` runs it, so
 * every check of locale values, built pages, the extension UI, e-mails and printouts
 * enforces the termbase.
 */

export interface TermEntry {
  term: string;
  forbidden: readonly string[];
  source: string | null;
  decision?: string;
}

export interface Concept {
  id: string;
  de: TermEntry;
  en: TermEntry;
  zh: TermEntry;
}

export const CONCEPTS: readonly Concept[] = termbase.concepts;

export interface TermProblem {
  rule: string;
  excerpt: string;
}

/** Forbidden term variants in a text of `language` (de, en or zh). */
export function termProblems(language: string, text: string): TermProblem[] {
  if (language !== 'de' && language !== 'en' && language !== 'zh') return [];
  const problems: TermProblem[] = [];
  for (const concept of CONCEPTS) {
    const entry = concept[language];
    for (const variant of entry.forbidden) {
      const at = text.indexOf(variant);
      if (at >= 0)
        problems.push({
          rule: `termbase ${concept.id}: “${variant}” is not our term; use “${entry.term}”`,
          excerpt: text.slice(Math.max(0, at - 20), at + variant.length + 20).replace(/\s+/g, ' '),
        });
    }
  }
  return problems;
}

import {
  changesFor,
  changesForGlossaryTerm,
  changesForLinkFact,
  changesForOutcome,
  type Change,
  type ChangeId,
  type Cloud,
  type Language,
  type LinkFact,
  type OutcomeId,
  type Situation,
  type Verdict,
} from '../../../core/index.ts';
import { changeNote, type ChangeNote } from '../../../locales/change-notes.ts';
import { tFor } from '../lib/i18n.ts';

/**
 * Change notes ("what changed since the source") for the site's pages and islands: the one
 * builder (`changeNote` in `locales/change-notes.ts`) over the site's translator, for each
 * thing a page shows — verdicts, outcomes, a link fact, a glossary term. Notes are
 * deduplicated, in timeline order of first appearance; `ui/notes/ChangeNote.tsx` renders them.
 */

function notesOf(language: Language, changes: readonly Change[]): ChangeNote[] {
  const t = tFor(language);
  const seen = new Set<ChangeId>();
  return changes.flatMap((change) => {
    if (seen.has(change.id)) return [];
    seen.add(change.id);
    return [changeNote(t, change)];
  });
}

/** Notes for one verdict reached from these situations (a tree verdict, a card, a slide). */
export function verdictChangeNotes(
  language: Language,
  verdict: Verdict,
  situations: readonly Situation[],
): ChangeNote[] {
  return notesOf(language, changesFor(verdict, situations));
}

/**
 * Adds the notes of a verdict to `into` (once per change) and returns their ids: an island
 * carries a note used by many verdicts or cards only once.
 */
export function verdictChangeIds<T>(
  language: Language,
  verdict: Verdict,
  situations: readonly Situation[],
  into: Partial<Record<ChangeId, T>>,
  finish: (note: ChangeNote) => T,
): ChangeId[] {
  return verdictChangeNotes(language, verdict, situations).map((note) => {
    into[note.id] ??= finish(note);
    return note.id;
  });
}

/** Notes for pages that show outcomes without a full situation (guidance, training). */
export function outcomeChangeNotes(
  language: Language,
  outcomes: readonly OutcomeId[],
  cloud?: Cloud,
): ChangeNote[] {
  return notesOf(
    language,
    outcomes.flatMap((o) => changesForOutcome(o, cloud)),
  );
}

/** Notes for pages that explain an invitation-link fact (the DAP parameter, for example). */
export function linkFactChangeNotes(language: Language, fact: LinkFact): ChangeNote[] {
  return notesOf(language, changesForLinkFact(fact));
}

/** Notes that date a glossary term's definition. */
export function glossaryChangeNotes(language: Language, term: string): ChangeNote[] {
  return notesOf(language, changesForGlossaryTerm(term));
}

/** Notes for several verdicts shown together (a table of verdicts, a handout). */
export function verdictsChangeNotes(
  language: Language,
  verdicts: readonly { verdict: Verdict; situations: readonly Situation[] }[],
): ChangeNote[] {
  return notesOf(
    language,
    verdicts.flatMap(({ verdict, situations }) => changesFor(verdict, situations)),
  );
}

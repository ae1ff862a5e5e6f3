import {
  RULES,
  seedForCloud,
  type Cloud,
  type Language,
  type SourceRef,
} from '../../../core/index.ts';
import {
  seedCitationStrings as stringsOf,
  seedDocumentText,
  seedPart,
  type SeedCitationStrings,
  type SeedPartView,
} from '../../../locales/seed-citations.ts';
import { tFor } from '../lib/i18n.ts';

/**
 * Seed citations for the site's pages and islands: the one builder (`locales/seed-citations.ts`)
 * over the site's translator. Islands get each cited part once, keyed by `seedFile#part`.
 */

export function seedCitation(lang: Language, ref: SourceRef): SeedPartView {
  return seedPart(tFor(lang), ref);
}

export function seedCitationStrings(lang: Language): SeedCitationStrings {
  return stringsOf(tFor(lang));
}

/**
 * Adds each cited part of `refs` to `into` (once) and returns their keys in order: an island
 * lists a part used by many verdicts or cards only once.
 */
export function citedParts(
  lang: Language,
  refs: readonly SourceRef[],
  into: Record<string, SeedPartView>,
): string[] {
  return refs.map((ref) => {
    const view = seedCitation(lang, ref);
    into[view.key] ??= view;
    return view.key;
  });
}

/** A seed document named once above its parts (handouts, cheat sheets). */
export function seedDocumentName(lang: Language, seed: Cloud): string {
  return seedDocumentText(tFor(lang), seed);
}

/**
 * Every part of one seed that a rule cites, in order of first citation, with its anchor on
 * the sources page (`global-cases-1`).
 */
export function citedSeedParts(
  lang: Language,
  seed: Cloud,
): { anchor: string; source: SeedPartView }[] {
  const file = seedForCloud(seed).file;
  const parts = [...new Set(RULES.filter((r) => r.source.seed === file).map((r) => r.source.part))];
  return parts.map((part) => ({
    anchor: `${seed}-${part}`,
    source: seedCitation(lang, { seed: file, part }),
  }));
}

import { SEEDS, seedByFile } from '../core/seeds.ts';
import type { Cloud } from '../core/situation.ts';
import type { SourceRef } from '../core/verdict.ts';
import { sourceDocumentKey, sourcePartKey } from './keys.ts';
import type { SeedCitationStrings, SeedPartView } from './seed-citation-view.ts';
import { fillText } from './template.ts';
import type { Translate } from './translator.ts';

export * from './seed-citation-view.ts';

/**
 * The one citation of a seed part, finished for one reader: every surface that cites a seed
 * (tree verdicts, the sources page, guide pages, quiz, deck and presenter, handouts, the
 * extension) builds it here and writes its line through `seedCitationParts` /
 * `seedCitationText` (`seed-citation-view.ts`), so the same part reads the same everywhere in one language:
 * „Multichannel-Dokumentation … (deutsche Ausgabe), Stand November 2016, Tabellenzeile …“,
 * „合作伙伴中心文档《多渠道》（德语版），2016 年 11 月，情形列表，第 1 项“.
 * `ui/sources/SeedCitation.tsx` renders it.
 */

/** The id of a cited seed part (`seedFile#part`). */
export function seedPartKey(ref: SourceRef): string {
  return `${ref.seed}#${ref.part}`;
}

/** A cited seed part for the translator's reader; an unknown seed or part is an error. */
export function seedPart(t: Translate, ref: SourceRef): SeedPartView {
  const seed = seedByFile(ref.seed);
  if (!seed)
    throw new Error(
      `Unknown seed file "${ref.seed}". Known: ${SEEDS.map((s) => s.file).join(', ')}.`,
    );
  const parts = seed.parts as Record<string, { quote: string } | undefined>;
  const part = parts[ref.part];
  if (!part)
    throw new Error(
      `Unknown part "${ref.part}" of ${ref.seed}. Known: ${Object.keys(parts).join(', ')}.`,
    );
  const date = t(sourceDocumentKey(seed.key, 'date'));
  return {
    key: seedPartKey(ref),
    document: t(sourceDocumentKey(seed.key)),
    date,
    dated: t('sources:documentDate', { date }),
    part: t(sourcePartKey(seed.key, ref.part, 'label')),
    text: t(sourcePartKey(seed.key, ref.part, 'text')),
    quote: part.quote,
  };
}

export function seedCitationStrings(t: Translate): SeedCitationStrings {
  return {
    citation: t.template('common:punctuation.citation'),
    originalText: t('sources:originalText'),
  };
}

/**
 * A seed document named once above a list of its parts (a handout, a cheat sheet): the start
 * of its parts' citation line, „Multichannel-Dokumentation … (deutsche Ausgabe), Stand
 * November 2016“.
 */
export function seedDocumentText(t: Translate, seed: Cloud): string {
  return fillText(
    t.template('common:punctuation.citation'),
    {
      document: t(sourceDocumentKey(seed)),
      part: t('sources:documentDate', { date: t(sourceDocumentKey(seed, 'date')) }),
    },
    t.language,
  );
}

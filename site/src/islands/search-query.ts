/**
 * What partners type, and what Pagefind finds. Pagefind returns only pages holding every
 * word of a query (each as a prefix), so one word a page does not have drops it, and a German
 * compound („Lizenzverkauf“) or a Chinese phrase written without spaces often matches
 * nothing. `searchGuide` asks Pagefind for the whole query first; when that finds nothing, it
 * asks word by word (Chinese split into words with `Intl.Segmenter`, a German compound split
 * into the two parts that each find pages) and ranks the pages by the words they hold, the
 * rarer words counting more. The index splits the same way: Pagefind segments Chinese when
 * indexing, and indexes German compounds whole, which the prefix match of the first part
 * and the split at query time reach.
 */

export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
export interface PagefindApi {
  search(query: string): Promise<{ results: PagefindHit[] } | null>;
}

export interface GuideSearch {
  /** `all`: pages with every word; `partial`: pages with some; `none`: nothing found. */
  kind: 'all' | 'partial' | 'none';
  /** Best first. */
  hits: PagefindHit[];
}

/** The words of a query in its language (`Intl.Segmenter`: Chinese has no spaces). */
export function queryWords(lang: string, query: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return [...segmenter.segment(query)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment.toLowerCase());
}

/** Shortest part of a German compound worth searching for. */
const MIN_PART = 3;

/**
 * The ways to cut a German word in two (`lizenzverkauf` → `lizenz` + `verkauf`, …), also
 * without a linking s (`vertragsende` → `vertrag` + `ende`). Longest first part first.
 */
export function compoundSplits(word: string): [string, string][] {
  const splits: [string, string][] = [];
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const [left, right] = [word.slice(0, cut), word.slice(cut)];
    splits.push([left, right]);
    if (left.endsWith('s') && left.length > MIN_PART) splits.push([left.slice(0, -1), right]);
  }
  return splits;
}

async function hitsFor(api: PagefindApi, query: string): Promise<PagefindHit[]> {
  return (await api.search(query))?.results ?? [];
}

/**
 * The pages for one word: the word itself, or for a German compound that finds nothing the
 * pages holding both its parts (the first split whose parts both find pages).
 */
async function pagesForWord(api: PagefindApi, lang: string, word: string) {
  const direct = await hitsFor(api, word);
  if (direct.length > 0 || lang !== 'de' || word.length < 2 * MIN_PART) return direct;
  for (const [left, right] of compoundSplits(word)) {
    const both = await hitsFor(api, `${left} ${right}`);
    if (both.length > 0) return both;
  }
  return [];
}

/** Searches the guide in the page's language (Pagefind's index of that language). */
export async function searchGuide(
  api: PagefindApi,
  lang: string,
  query: string,
): Promise<GuideSearch> {
  const whole = await hitsFor(api, query);
  if (whole.length > 0) return { kind: 'all', hits: whole };
  const words = [...new Set(queryWords(lang, query))];
  const perWord = await Promise.all(words.map((w) => pagesForWord(api, lang, w)));
  // Pages holding more of the words first; among them, by weight.
  const ranked = new Map<string, { hit: PagefindHit; weight: number; words: number }>();
  for (const hits of perWord) {
    // A word on few pages tells more than one on every page (和, 的, „und“).
    const weight = 1 / Math.sqrt(hits.length || 1);
    for (const hit of hits) {
      const seen = ranked.get(hit.id) ?? { hit, weight: 0, words: 0 };
      seen.weight += weight * (1 + hit.score);
      seen.words += 1;
      ranked.set(hit.id, seen);
    }
  }
  const hits = [...ranked.values()]
    .sort((a, b) => b.words - a.words || b.weight - a.weight)
    .map((r) => r.hit);
  if (hits.length === 0) return { kind: 'none', hits };
  const complete = [...ranked.values()].some((r) => r.words === words.length);
  return { kind: complete && words.length > 1 ? 'all' : 'partial', hits };
}

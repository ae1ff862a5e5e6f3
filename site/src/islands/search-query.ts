/**
 * What partners type, and what Pagefind finds. Pagefind alone returns only pages holding
 * every word of a query, so one word a page does not have („区别“, „checken“) drops it.
 * `searchGuide` asks Pagefind word by word instead, the words cut the way the index cuts
 * them (site/src/lib/search-terms.ts: Chinese by `Intl.Segmenter`, German compounds into
 * their parts), and ranks the pages by the words they hold, a rare word counting more than
 * one on every page (和, 的, „und“, „was“). A word the index does not have is cut smaller:
 * a German compound into two parts that the index has, a Chinese word into pairs of
 * characters. The results are the pages holding every word, those that match the telling
 * words best first, a word in a page's title counting extra; the pages with only some of the
 * words come after them, and stand in (the reader is told so) when no page holds them all.
 * A reader's word for a concept that the pages call otherwise (the termbase's `searchedAs`:
 * 分销商, 微软, „Kundenvertrag“) is one word of the query that a page holds when it has the
 * word or the guide's term; the reader is told that the term was searched too.
 */
import type { SearchAlternative } from '../../../locales/termbase.ts';
import { bigrams, MIN_PART, shownText, words } from '../lib/search-terms.ts';

export type { SearchAlternative };

export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
export interface PagefindApi {
  search(query: string): Promise<{ results: PagefindHit[] } | null>;
  options(options: { ranking: typeof RANKING }): Promise<void>;
}

/**
 * Pagefind's ranking, set once before the first query: a query word in a page's title counts
 * far more than in its text (Pagefind's default weighs them nearly alike), and a long page
 * (the sources, the glossary) is held back less for its length. Measured with the partner
 * questions of `npm run bench` (`SEARCH_QUESTIONS` in bench/search-questions.ts; never with
 * the held-out ones).
 */
export const RANKING = { metaWeights: { title: 20 }, pageLength: 0.5 };

export interface GuideSearch {
  /** `all`: pages with every word; `partial`: no page has them all, these have some; `none`: nothing found. */
  kind: 'all' | 'partial' | 'none';
  /** The results, best first: the pages with every word, or (`partial`) the pages with some. */
  hits: PagefindHit[];
  /** With `all`: the pages with only some of the words, best first, to show after the results. */
  some: PagefindHit[];
  /** The reader's words that were searched as the guide's term as well (as typed). */
  searchedAs: SearchAlternative[];
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Endings a reader's word may carry in German and English (Distributor → Distributoren,
 * distributor → distributors); after them the word must end, so a compound or a longer word
 * („Distributorvertrag“, „Chinas“) is not taken for it.
 */
const ENDINGS: Record<string, string> = { de: '(?:e|en|n|s|es|er|ern)?', en: '(?:s|es)?' };

/**
 * Where the dictionary (`Intl.Segmenter`) starts and ends words in a text: its cuts before
 * `segments` joins lone Chinese characters, so a reader's word may end between two of them.
 */
function wordEdges(lang: string, text: string): Set<number> {
  const edges = new Set<number>([0, text.length]);
  for (const { index, segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(
    text,
  )) {
    edges.add(index);
    edges.add(index + segment.length);
  }
  return edges;
}

/**
 * The reader's words for a concept that a query holds, taken out of it: the longest first, as
 * `alternatives` come (委派管理权限 before 管理权限), each where it is a whole word or words
 * of the query. In Chinese it must start and end where the dictionary cuts the query (中国区域
 * holds no 中国区); elsewhere at a word's start, with an inflection ending at most. One notice
 * per term (Distributor and Distributoren in one query). What is left is searched word by word.
 */
export function alternativesIn(
  lang: string,
  query: string,
  alternatives: readonly SearchAlternative[],
): { rest: string; found: SearchAlternative[] } {
  const edges = lang === 'zh' ? wordEdges(lang, query) : undefined;
  const taken: [number, number][] = [];
  const found: SearchAlternative[] = [];
  for (const { typed, term } of alternatives) {
    const pattern = new RegExp(
      edges
        ? escaped(typed)
        : `(?<![\\p{L}\\p{N}])${escaped(typed)}${ENDINGS[lang] ?? ''}(?![\\p{L}\\p{N}])`,
      'giu',
    );
    for (const match of query.matchAll(pattern)) {
      const [from, to] = [match.index, match.index + match[0].length];
      if (edges && !(edges.has(from) && edges.has(to))) continue;
      if (taken.some(([a, b]) => from < b && a < to)) continue;
      taken.push([from, to]);
      if (!found.some((f) => f.term === term)) found.push({ typed: match[0], term });
    }
  }
  let rest = query;
  for (const [from, to] of taken.sort((a, b) => b[0] - a[0]))
    rest = `${rest.slice(0, from)} ${rest.slice(to)}`;
  return { rest, found };
}

/** The words of a query in its language, each once. */
export function queryWords(lang: string, query: string): string[] {
  return [...new Set(words(lang, query))];
}

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

const HAN = /\p{Script=Han}/u;

async function hitsFor(api: PagefindApi, query: string): Promise<PagefindHit[]> {
  return (await api.search(query))?.results ?? [];
}

/**
 * The pages for one word: the word itself; when the index does not have it, a German
 * compound's parts (the first split whose parts both find pages) or a Chinese word's pairs
 * of characters (pages holding all of them).
 */
export async function pagesForWord(
  api: PagefindApi,
  lang: string,
  word: string,
): Promise<PagefindHit[]> {
  const direct = await hitsFor(api, word);
  if (direct.length > 0) return direct;
  if (lang === 'de' && word.length >= 2 * MIN_PART) {
    for (const [left, right] of compoundSplits(word)) {
      const both = await hitsFor(api, `${left} ${right}`);
      if (both.length > 0) return both;
    }
  }
  if (lang === 'zh' && HAN.test(word) && [...word].length > 2)
    return hitsFor(api, bigrams(word).join(' '));
  return [];
}

interface Ranked {
  hit: PagefindHit;
  score: number;
  words: Set<string>;
}

/**
 * What a page earns for merely holding a word, against the best page for that word (1): low,
 * so a page that matches a telling word well beats one that holds many common words weakly.
 */
const PRESENCE = 0.1;

/** Pages whose titles are read for words of the query; these are the ones shown first. */
const TITLED = 30;

/**
 * How much a query word in a page's title adds, against the word's best match in a page's
 * text (1). Pagefind already weighs titles (`RANKING`); this settles near ties among the
 * best pages. Tuned with the partner questions of `npm run bench`, like `PRESENCE` (never with
 * the held-out ones).
 */
const TITLE_WEIGHT = 0.25;

/** Whether a title holds the word: as a word of its own, a word's start or a compound's part. */
export function titleHolds(lang: string, title: string, word: string): boolean {
  const plain = shownText(title).toLowerCase();
  if (lang === 'zh' && HAN.test(word)) return plain.includes(word);
  return words(lang, plain).some((w) => w.startsWith(word) || (lang === 'de' && w.includes(word)));
}

/** The pages for a text of one or more words: those holding every word of it. */
async function pagesForText(api: PagefindApi, lang: string, text: string): Promise<PagefindHit[]> {
  const cut = queryWords(lang, text);
  if (cut.length === 1) return pagesForWord(api, lang, cut[0]!);
  return cut.length ? hitsFor(api, cut.join(' ')) : [];
}

/** The pages for a reader's word for a concept: those holding it, and those holding the term. */
async function pagesForAlternative(
  api: PagefindApi,
  lang: string,
  { typed, term }: SearchAlternative,
): Promise<PagefindHit[]> {
  const both = new Map<string, PagefindHit>();
  for (const hits of await Promise.all([
    pagesForText(api, lang, typed),
    pagesForText(api, lang, term),
  ]))
    for (const hit of hits)
      if ((both.get(hit.id)?.score ?? -Infinity) < hit.score) both.set(hit.id, hit);
  return [...both.values()];
}

/**
 * Searches the guide in the page's language (Pagefind's index of that language). A reader's
 * word for a concept (`alternatives`) counts as one word of the query, held by a page that
 * has it or the guide's term.
 */
export async function searchGuide(
  api: PagefindApi,
  lang: string,
  query: string,
  alternatives: readonly SearchAlternative[] = [],
): Promise<GuideSearch> {
  const { rest: remainder, found } = alternativesIn(lang, query, alternatives);
  const plain = queryWords(lang, remainder);
  const typed = new Map(found.map((f) => [f.typed.toLowerCase(), f]));
  const asked = [...plain, ...typed.keys()];
  const perWord = await Promise.all(
    asked.map((w) => {
      const alternative = typed.get(w);
      return alternative ? pagesForAlternative(api, lang, alternative) : pagesForWord(api, lang, w);
    }),
  );
  /** Whether a title holds a word of the query (for a reader's word: it, or the whole term). */
  const inTitle = (title: string, word: string) => {
    const alternative = typed.get(word);
    return (
      titleHolds(lang, title, word) ||
      (alternative !== undefined &&
        queryWords(lang, alternative.term).every((w) => titleHolds(lang, title, w)))
    );
  };
  const searchedAs = [...typed.values()];
  const ranked = new Map<string, Ranked>();
  // Each page keeps the hit of its rarest word: its excerpt shows the telling word.
  const byRarity = perWord.map((hits, i) => ({ hits, word: asked[i]! }));
  byRarity.sort((a, b) => b.hits.length - a.hits.length);
  for (const { hits } of byRarity)
    for (const hit of hits) ranked.set(hit.id, { hit, score: 0, words: new Set() });
  const pages = ranked.size;
  const rarity = new Map<string, number>();
  for (const { hits, word } of byRarity) {
    if (hits.length === 0) continue;
    // A word on few pages tells more than one on every page.
    rarity.set(word, Math.log(1 + pages / hits.length));
    const best = Math.max(...hits.map((h) => h.score));
    for (const hit of hits) {
      const seen = ranked.get(hit.id)!;
      seen.score += rarity.get(word)! * (PRESENCE + ((1 - PRESENCE) * hit.score) / (best || 1));
      seen.words.add(word);
    }
  }
  const order = [...ranked.values()].sort((a, b) => b.score - a.score);
  if (order.length === 0) return { kind: 'none', hits: [], some: [], searchedAs };
  // The pages with every word are the results; the pages with only some come after them, or
  // stand in when no page has every word. So a word added to a query never adds results.
  const complete = order.filter((r) => r.words.size === asked.length);
  const rest = complete.length > 0 ? order.filter((r) => r.words.size < asked.length) : order;
  // The best pages' titles: a query word in the title adds to the word's weight.
  const top = [...complete, ...rest].slice(0, TITLED);
  const titles = await Promise.all(top.map(async (r) => (await r.hit.data()).meta.title ?? ''));
  top.forEach((r, i) => {
    for (const word of r.words)
      if (inTitle(titles[i]!, word)) r.score += TITLE_WEIGHT * rarity.get(word)!;
  });
  const best = (found: Ranked[]) => found.sort((a, b) => b.score - a.score).map((r) => r.hit);
  return complete.length > 0
    ? { kind: 'all', hits: best(complete), some: best(rest), searchedAs }
    : { kind: 'partial', hits: best(rest), some: [], searchedAs };
}

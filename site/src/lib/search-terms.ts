/**
 * How the site's search cuts text into words, the same way when the pages are indexed
 * (scripts/search-index.ts) and when a reader types a query (islands/search-query.ts).
 * Pagefind splits words only at spaces and punctuation, so two languages need more:
 * - Chinese is written without spaces: `Intl.Segmenter` (ICU's dictionary) cuts it into
 *   words, and the index gets a word break between them (邀请链接详解 → 邀请 链接 详解), so
 *   a query for 链接 or 详解 reaches the middle of a phrase, not only its start.
 * - German joins words into compounds („Lizenzverkauf“, „Einladungslink“): a compound whose
 *   parts are words of the site's own vocabulary (its pages and the termbase) gets a word
 *   break between the parts, so „Verkauf“ finds „Lizenzverkauf“ and „Lizenzverkauf“, split
 *   the same way at query time, finds pages that say „Lizenz“ and „Verkauf“.
 * The word break is U+200B (zero width space): Pagefind splits words there and leaves it out
 * of the excerpts it shows. A page's title is the exception: Pagefind splits the words of a
 * title only at spaces, so a Chinese title is indexed with spaces, which `shownText` removes.
 */

export const WORD_BREAK = '\u200b';

/** Shortest part of a German compound that counts as a word of its own. */
export const MIN_PART = 4;

/** Endings a part may carry in the vocabulary (Lizenz → Lizenzen, Verkauf → verkauft). */
const INFLECTIONS = ['', 'e', 'n', 'en', 'er', 'es', 's', 't', 'te'] as const;

/** Linking letters between the parts of a German compound (Einladung-s-link). */
const LINKS = ['', 's', 'es', 'n', 'en'] as const;

const HAN = /\p{Script=Han}/u;

export interface Segment {
  text: string;
  /** A word (not a space or punctuation). */
  word: boolean;
}

/** A single Chinese character that the dictionary left standing alone. */
const lone = (s: Segment) => s.word && s.text.length === 1 && HAN.test(s.text);

/**
 * The text cut into words and what lies between them, in the language's rules. Chinese
 * characters that the dictionary leaves standing alone next to each other (文|档, 链|接) stay
 * together as one word: such a run is a word the dictionary lacks, which the query side
 * cuts into pairs when the index does not have it whole.
 */
export function segments(lang: string, text: string): Segment[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const cut = [...segmenter.segment(text)].map((s) => ({
    text: s.segment,
    word: s.isWordLike ?? false,
  }));
  if (lang !== 'zh') return cut;
  const joined: { segment: Segment; lone: boolean }[] = [];
  for (const segment of cut) {
    const last = joined.at(-1);
    if (last?.lone && lone(segment)) last.segment.text += segment.text;
    else joined.push({ segment: { ...segment }, lone: lone(segment) });
  }
  return joined.map((j) => j.segment);
}

/** The words of a text, lower case. */
export function words(lang: string, text: string): string[] {
  return segments(lang, text)
    .filter((s) => s.word)
    .map((s) => s.text.toLowerCase());
}

/** A set of known German words (lower case) that compounds are split into. */
export type Vocabulary = ReadonlySet<string>;

/** The vocabulary of a text: its words of at least {@link MIN_PART} letters, lower case. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const known = new Set<string>();
  for (const text of texts)
    for (const word of words('de', text))
      if (word.length >= MIN_PART && /^\p{L}+$/u.test(word)) known.add(word);
  return known;
}

function known(part: string, vocab: Vocabulary): boolean {
  return part.length >= MIN_PART && INFLECTIONS.some((ending) => vocab.has(part + ending));
}

/**
 * The parts of a German compound, in their written form (linking letters stay with the
 * part before): `lizenzverkauf` → `lizenz`, `verkauf`; `einladungslink` → `einladungs`,
 * `link`. A word that is no compound of known words comes back whole. The longest first
 * part wins; the rest may itself be a compound.
 */
export function compoundParts(word: string, vocab: Vocabulary): string[] {
  const lower = word.toLowerCase();
  for (let cut = lower.length - MIN_PART; cut >= MIN_PART; cut--) {
    const right = lower.slice(cut);
    const rest = known(right, vocab) ? [right] : compoundParts(right, vocab);
    if (rest.length === 1 && !known(right, vocab)) continue;
    const left = lower.slice(0, cut);
    const base = LINKS.find(
      (l) => left.endsWith(l) && known(left.slice(0, left.length - l.length), vocab),
    );
    if (base === undefined) continue;
    // Cut the word as written (keeps its capitals).
    const parts: string[] = [word.slice(0, cut)];
    let at = cut;
    for (const part of rest) {
      parts.push(word.slice(at, at + part.length));
      at += part.length;
    }
    return parts;
  }
  return [word];
}

/**
 * A page title or excerpt as the reader should see it: without the index's word breaks, and
 * without the spaces the index puts between Chinese words of a title (Pagefind splits the
 * words of a title only at spaces). Chinese text has no spaces between its characters.
 */
export function shownText(text: string): string {
  return text
    .replaceAll(WORD_BREAK, '')
    .replace(/(\p{Script=Han}(?:<\/?mark>)?)\s+(?=(?:<\/?mark>)?\p{Script=Han})/gu, '$1');
}

/** Pairs of neighbouring characters: a Chinese word the index does not have, cut smaller. */
export function bigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3) return [word];
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}

/**
 * A page's text as the index should read it: word breaks between Chinese words and between
 * the parts of German compounds. Nothing else changes, so excerpts read as on the page.
 */
export function indexText(
  lang: string,
  text: string,
  vocab: Vocabulary,
  wordBreak: string = WORD_BREAK,
): string {
  if (lang === 'zh') {
    if (!HAN.test(text)) return text;
    const parts = segments('zh', text);
    return parts
      .map((s, i) => {
        const next = parts[i + 1];
        const between = s.word && next?.word && HAN.test(s.text) && HAN.test(next.text);
        return between ? s.text + wordBreak : s.text;
      })
      .join('');
  }
  if (lang === 'de') {
    return segments('de', text)
      .map((s) =>
        s.word && s.text.length >= 2 * MIN_PART
          ? compoundParts(s.text, vocab).join(WORD_BREAK)
          : s.text,
      )
      .join('');
  }
  return text;
}

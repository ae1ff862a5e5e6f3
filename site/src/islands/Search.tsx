import { useEffect, useRef, useState } from 'preact/hooks';
import { fillText, type Template } from '../../../locales/template.ts';
import { shownText } from '../lib/search-terms.ts';
import {
  RANKING,
  searchGuide,
  type PagefindApi,
  type PagefindHit,
  type SearchAlternative,
} from './search-query.ts';

export interface SearchStrings {
  label: string;
  button: string;
  results: Template;
  noResults: Template;
  loading: string;
  failed: string;
  /** "Showing the first {{shown}} of {{count}} results. To narrow them, …" */
  cut: Template;
  /** The same when no page has every word: adding a word will not narrow them. */
  cutPartial: Template;
  /** "No page contains every word of “{{query}}”. These pages contain some of them." */
  partial: Template;
  /** Before the pages with some of the words, shown after the pages with all of them. */
  some: string;
  /** "Also searched for “{{term}}”, the term this guide uses for “{{typed}}”." */
  searchedAs: Template;
}

/**
 * Pages shown at once: the results first, then, while there is room, the pages with only some
 * of the words. Beyond this many results the reader is told how to narrow the search.
 */
export const SHOWN_RESULTS = 20;

interface Props {
  action: string;
  lang: string;
  strings: SearchStrings;
  /** Readers' words for concepts that the pages call otherwise (locales/termbase.ts). */
  alternatives: SearchAlternative[];
}

interface Hit {
  url: string;
  title: string;
  excerpt: string;
}

/** Pagefind's results as shown: title and excerpt without the index's word breaks. */
async function toHits(results: PagefindHit[]): Promise<Hit[]> {
  const data = await Promise.all(results.map((r) => r.data()));
  return data.map((d) => ({
    url: d.url,
    title: shownText(d.meta.title ?? d.url),
    excerpt: shownText(d.excerpt),
  }));
}

/**
 * Search with Pagefind. The index is the one of the page's language (Pagefind reads
 * <html lang>), so a Chinese query on a Chinese page searches the Chinese pages. Works as a
 * plain GET form (`?q=`); the island runs the query in the browser.
 */
export default function Search({ action, lang, strings: s, alternatives }: Props) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'failed'>('idle');
  const [hits, setHits] = useState<Hit[]>([]);
  const [some, setSome] = useState<Hit[]>([]);
  const [searched, setSearched] = useState('');
  const [found, setFound] = useState<{
    total: number;
    partial: boolean;
    searchedAs: SearchAlternative[];
  }>({ total: 0, partial: false, searchedAs: [] });
  const pagefind = useRef<Promise<PagefindApi> | undefined>(undefined);

  const run = async (q: string) => {
    const trimmed = q.trim();
    if (!trimmed) return;
    setState('loading');
    try {
      // The index is written by `pagefind` after the build; not part of the bundle.
      const path = '/pagefind/pagefind.js';
      pagefind.current ??= (import(/* @vite-ignore */ path) as Promise<PagefindApi>).then(
        async (api) => {
          await api.options({ ranking: RANKING });
          return api;
        },
      );
      const api = await pagefind.current;
      const result = await searchGuide(api, lang, trimmed, alternatives);
      const shown = result.hits.slice(0, SHOWN_RESULTS);
      // While there is room, the pages with only some of the words follow the results.
      const after = result.some.slice(0, SHOWN_RESULTS - shown.length);
      const [shownHits, afterHits] = await Promise.all([toHits(shown), toHits(after)]);
      setHits(shownHits);
      setSome(afterHits);
      setFound({
        total: result.hits.length,
        partial: result.kind === 'partial',
        searchedAs: result.searchedAs,
      });
      setSearched(trimmed);
      setState('done');
    } catch {
      setState('failed');
    }
  };

  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The query from the address (`?q=`, a search sent before this island ran, or a shared
    // link) runs at once. Otherwise keep whatever the reader typed while the page was still
    // loading: the server-rendered field was already usable, this island just arrived.
    const fromAddress = new URLSearchParams(location.search).get('q') ?? '';
    setQuery(fromAddress || (input.current?.value ?? ''));
    if (fromAddress) void run(fromAddress);
  }, []);

  return (
    <div class="search" data-search>
      <form
        role="search"
        action={action}
        method="get"
        onSubmit={(event) => {
          event.preventDefault();
          // The field's own value, not the state: it is what the reader sees and sends.
          const q = input.current?.value ?? query;
          setQuery(q);
          history.replaceState(null, '', `${action}?q=${encodeURIComponent(q.trim())}`);
          void run(q);
        }}
      >
        <label for="search-input">{s.label}</label>
        <div class="search-row">
          <input
            ref={input}
            id="search-input"
            type="search"
            name="q"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {s.button}
          </button>
        </div>
      </form>
      <div aria-live="polite" class="search-status">
        {state === 'loading' && <p>{s.loading}</p>}
        {state === 'failed' && <p>{s.failed}</p>}
        {state === 'done' && (
          <p data-search-count={found.total}>
            {fillText(
              hits.length ? s.results : s.noResults,
              { count: found.total, query: searched },
              lang,
            )}
          </p>
        )}
        {state === 'done' &&
          found.searchedAs.map(({ typed, term }) => (
            <p key={typed} data-searched-as={term}>
              {fillText(s.searchedAs, { typed, term }, lang)}
            </p>
          ))}
        {state === 'done' && found.partial && (
          <p data-search-partial>{fillText(s.partial, { query: searched }, lang)}</p>
        )}
        {state === 'done' && found.total > hits.length && (
          <p data-search-cut>
            {fillText(
              found.partial ? s.cutPartial : s.cut,
              { shown: hits.length, count: found.total },
              lang,
            )}
          </p>
        )}
      </div>
      {state === 'done' && hits.length > 0 && <ResultList hits={hits} />}
      {state === 'done' && some.length > 0 && (
        <>
          <p data-search-some>{s.some}</p>
          <ResultList hits={some} />
        </>
      )}
    </div>
  );
}

function ResultList({ hits }: { hits: Hit[] }) {
  return (
    <ol class="search-results">
      {hits.map((hit) => (
        <li key={hit.url}>
          <a href={hit.url}>{hit.title}</a>
          {/* Pagefind's excerpt is our own page text, escaped, with <mark> around the hits. */}
          <p dangerouslySetInnerHTML={{ __html: hit.excerpt }} />
        </li>
      ))}
    </ol>
  );
}

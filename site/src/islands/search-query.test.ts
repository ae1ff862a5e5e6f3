import { describe, expect, it } from 'vitest';
import { shownText } from '../lib/search-terms.ts';
import { searchAlternatives } from '../../../locales/termbase.ts';
import { alternativesIn, searchGuide, type PagefindApi, type PagefindHit } from './search-query.ts';

/** A Pagefind over a few pages: every word of a query must be a prefix of a page's word. */
function fakePagefind(pages: Record<string, { title: string; text: string }>): PagefindApi {
  const hit = (url: string, score: number): PagefindHit => ({
    id: url,
    score,
    data: async () => ({ url, excerpt: '', meta: { title: pages[url]!.title } }),
  });
  return {
    options: async () => {},
    search: async (query) => {
      const asked = query.toLowerCase().split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .map(([url, { text }]) => {
          const own = text.toLowerCase().split(/[\s\u200b]+/);
          const counts = asked.map((w) => own.filter((o) => o.startsWith(w)).length);
          return { url, score: counts.every((c) => c > 0) ? counts.reduce((a, b) => a + b) : 0 };
        })
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score);
      return { results: results.map((r) => hit(r.url, r.score)) };
    },
  };
}

const urlsOf = (hits: PagefindHit[]) => Promise.all(hits.map(async (h) => (await h.data()).url));

const urls = async (api: PagefindApi, lang: string, query: string) => {
  const found = await searchGuide(api, lang, query, searchAlternatives(lang as 'de' | 'en' | 'zh'));
  return { kind: found.kind, urls: await urlsOf(found.hits), some: await urlsOf(found.some) };
};

describe('searchGuide', () => {
  const de = fakePagefind({
    '/de/indirect/': {
      title: 'Indirekte Reseller',
      text: 'Der Lizenz\u200bverkauf über indirekte Reseller',
    },
    '/de/glossary/': { title: 'Glossar', text: 'Reseller Anbieter Kunde Kunde Kunde' },
    '/de/changes/': { title: 'Änderungen', text: 'Was sich geändert hat' },
  });

  it('finds a German compound the index holds in parts', async () => {
    expect(await urls(de, 'de', 'Lizenzverkauf indirekte Reseller')).toEqual({
      kind: 'all',
      urls: ['/de/indirect/'],
      some: ['/de/glossary/'],
    });
  });

  it('falls back to the pages with some of the words, best first, and says so', async () => {
    expect(await urls(de, 'de', 'reseller checken')).toEqual({
      kind: 'partial',
      urls: ['/de/indirect/', '/de/glossary/'],
      some: [],
    });
  });

  it('counts only the pages with every word, so another word never adds results', async () => {
    const pages = fakePagefind({
      '/en/gdap/': { title: 'GDAP', text: 'GDAP request for the indirect reseller' },
      '/en/gdap-direct/': { title: 'GDAP direct', text: 'GDAP request of a direct partner' },
      '/en/reseller/': { title: 'Reseller', text: 'An indirect reseller and its provider' },
      '/en/provider/': { title: 'Provider', text: 'The indirect provider' },
    });
    const queries = ['gdap', 'gdap indirect', 'gdap indirect reseller'];
    const found = await Promise.all(queries.map((q) => urls(pages, 'en', q)));
    expect(found.map((f) => f.urls.length)).toEqual([2, 1, 1]);
    expect(found.map((f) => f.kind)).toEqual(['all', 'all', 'all']);
    // The pages with only some of the words come after, apart: …
    expect(found[2]!.urls).toEqual(['/en/gdap/']);
    expect(found[2]!.some).toHaveLength(3);
    expect(found[2]!.some).not.toContain('/en/gdap/');
    // … and stand in, said as such, when no page has every word.
    const partial = await urls(pages, 'en', 'gdap indirect zebra');
    expect(partial.kind).toBe('partial');
    expect(partial.some).toEqual([]);
  });

  it('ranks a rare word above a word on every page', async () => {
    const found = await urls(de, 'de', 'kunde reseller');
    expect(found.urls[0]).toBe('/de/glossary/');
  });

  it('says when nothing is found', async () => {
    expect(await urls(de, 'de', 'zebra')).toEqual({ kind: 'none', urls: [], some: [] });
  });

  it('cuts a Chinese word the index lacks into pairs of characters', async () => {
    const zh = fakePagefind({
      '/zh/21vianet/': { title: '世纪互联', text: '世纪 互联 多渠 渠道' },
      '/zh/quiz/': { title: '测验', text: '测验 渠道' },
    });
    expect((await urls(zh, 'zh', '世纪互联多渠道')).urls[0]).toBe('/zh/21vianet/');
  });

  it("takes a reader's word for a concept as the guide's term too, and says so", async () => {
    const zh = fakePagefind({
      '/zh/provider-order/': {
        title: '间接提供商无法下单',
        // Cut as the index cuts it (site/src/lib/search-terms.ts).
        text: '间接\u200b提供\u200b商 无法 为 客户 下单',
      },
      '/zh/reseller/': { title: '间接经销商', text: '间接\u200b经销\u200b商 为 客户 下单' },
      '/zh/glossary/': { title: '术语表', text: '客户 合作伙伴' },
    });
    // 分销商 is on no page: without the termbase, 下单 alone would decide.
    const found = await searchGuide(zh, 'zh', '分销商 下单', searchAlternatives('zh'));
    expect(found.kind).toBe('all');
    expect(await urlsOf(found.hits)).toEqual(['/zh/provider-order/']);
    expect(found.searchedAs).toEqual([{ typed: '分销商', term: '间接提供商' }]);
    // Without it, no page holds every word.
    const without = await searchGuide(zh, 'zh', '分销商 下单');
    expect(without.kind).toBe('partial');
    expect(without.searchedAs).toEqual([]);
  });

  it("a page with the reader's word itself still matches, beside the pages with the term", async () => {
    const pages = fakePagefind({
      '/de/provider/': { title: 'Indirekter Anbieter', text: 'indirekter Anbieter GDAP' },
      '/de/quote/': { title: 'Zitat', text: 'der Distributor und GDAP' },
      '/de/gdap/': { title: 'GDAP', text: 'GDAP GDAP' },
    });
    const found = await searchGuide(pages, 'de', 'Distributor GDAP', searchAlternatives('de'));
    expect(found.kind).toBe('all');
    expect((await urlsOf(found.hits)).sort()).toEqual(['/de/provider/', '/de/quote/']);
    expect(await urlsOf(found.some)).toEqual(['/de/gdap/']);
  });

  it("finds a reader's word at a word start in German and English, its ending taken along", () => {
    const de = searchAlternatives('de');
    expect(alternativesIn('de', 'Distributoren und GDAP', de)).toEqual({
      rest: '  und GDAP',
      found: [{ typed: 'Distributoren', term: 'indirekter Anbieter' }],
    });
    // Not inside another word, nor a compound or a longer word that starts with it.
    expect(alternativesIn('de', 'Resellerdistributor', de).found).toEqual([]);
    expect(alternativesIn('de', 'Distributorvertrag kündigen', de).found).toEqual([]);
    expect(alternativesIn('en', 'China cloudflare', searchAlternatives('en')).found).toEqual([]);
    // Two words for one concept: one notice.
    expect(alternativesIn('de', 'Distributor oder Distributoren', de)).toEqual({
      rest: '  oder  ',
      found: [{ typed: 'Distributor', term: 'indirekter Anbieter' }],
    });
    // Chinese: only where the dictionary cuts the query (中国区域 is 中国 + 区域, no 中国区).
    const zh = searchAlternatives('zh');
    expect(alternativesIn('zh', '中国区域', zh).found).toEqual([]);
    expect(alternativesIn('zh', '中国区的合作伙伴', zh).found).toEqual([
      { typed: '中国区', term: '由世纪互联运营的 Microsoft 云' },
    ]);
    // The longest first: 委派管理权限 is DAP, not admin rights.
    expect(alternativesIn('zh', '委派管理权限过期', searchAlternatives('zh')).found).toEqual([
      { typed: '委派管理权限', term: '委派管理员权限' },
    ]);
  });

  it('shows titles and excerpts without the index word breaks and spaces', () => {
    expect(shownText('关于\u200b来源')).toBe('关于来源');
    expect(shownText('关于 来源')).toBe('关于来源');
    expect(shownText('关于 <mark>来源</mark> 和 Azure 订阅')).toBe(
      '关于<mark>来源</mark>和 Azure 订阅',
    );
    expect(shownText('CSP 多渠道指南')).toBe('CSP 多渠道指南');
  });
});

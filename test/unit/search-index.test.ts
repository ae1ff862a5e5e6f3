import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cutAttributes } from '../../scripts/search-index.ts';
import { vocabulary, WORD_BREAK } from '../../site/src/lib/search-terms.ts';

const pageOf = (lang: string, body: string) => ({
  lang,
  document: parseHTML(`<html lang="${lang}"><body>${body}</body></html>`).document,
});

describe('what the search index reads from attributes', () => {
  it('cuts a Chinese alt text, title and metadata value into words with spaces', () => {
    const page = pageOf(
      'zh',
      '<img src="a.png" alt="在客户页面旁打开的多渠道检查">' +
        '<span data-pagefind-meta="title[data-title]" data-title="从世纪互联购买"></span>' +
        '<p data-pagefind-meta="scenario">从世纪互联购买</p>',
    );
    cutAttributes(page, new Set());
    const { document } = page;
    // Words as the dictionary cuts them (its exact cuts are ICU's), nothing else changed.
    const alt = document.querySelector('img')!.getAttribute('alt')!;
    expect(alt.split(' ')).toEqual(expect.arrayContaining(['客户', '打开', '渠道', '检查']));
    expect(alt.replaceAll(' ', '')).toBe('在客户页面旁打开的多渠道检查');
    expect(document.querySelector('span')!.getAttribute('data-title')).toBe('从 世纪 互联 购买');
    const scenario = document.querySelector('p')!;
    // The value moves into an attribute, cut; the element's text stays as written.
    expect(scenario.getAttribute('data-pagefind-meta')).toBe('scenario[data-meta-value]');
    expect(scenario.getAttribute('data-meta-value')).toBe('从 世纪 互联 购买');
    expect(scenario.textContent).toBe('从世纪互联购买');
  });

  it('splits a German compound in alt text, and keeps a metadata value free of word breaks', () => {
    const vocab = vocabulary(['Lizenz Verkauf Kunden Vereinbarung']);
    const page = pageOf(
      'de',
      '<img src="a.png" alt="Der Lizenzverkauf">' +
        '<p data-pagefind-meta="scenario">Kundenvereinbarung bestätigen</p>',
    );
    cutAttributes(page, vocab);
    const { document } = page;
    expect(document.querySelector('img')!.getAttribute('alt')).toBe(
      `Der Lizenz${WORD_BREAK}verkauf`,
    );
    expect(document.querySelector('p')!.getAttribute('data-meta-value')).toBe(
      'Kundenvereinbarung bestätigen',
    );
  });
});

import type { Language } from '../../../core/index.ts';
import type { SearchStrings } from '../islands/Search.tsx';
import { tFor } from '../lib/i18n.ts';

/** The search island's strings in one language (site/src/pages/[lang]/search.astro). */
export function searchStrings(language: Language): SearchStrings {
  const t = tFor(language);
  return {
    label: t('site:search.label'),
    button: t('site:search.button'),
    results: t.template('site:search.results'),
    noResults: t.template('site:search.noResults'),
    loading: t('site:search.loading'),
    failed: t('site:search.failed'),
    cut: t.template('site:search.cut'),
    cutPartial: t.template('site:search.cutPartial'),
    partial: t.template('site:search.partial'),
    some: t('site:search.some'),
    searchedAs: t.template('site:search.searchedAs'),
  };
}

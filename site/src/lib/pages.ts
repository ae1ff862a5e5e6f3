import { LANGUAGES, homePath, type Language } from '../../../core/index.ts';

/**
 * Every page of the site that is not a tree step, by id, and its path in one language.
 * Tree steps use `treePath()` from core/guide-paths.ts (the extension links to them too).
 * To add a page: add its id here, a title under `site:page.<id>.title` in the locales, and
 * `src/pages/[lang]/<path>.astro` (see docs/site-structure.md).
 */
export const PAGE_PATHS = {
  home: '',
  trees: 'trees/',
  guide: 'guide/',
  'license-vs-usage': 'guide/license-vs-usage/',
  indirect: 'guide/indirect/',
  '21vianet': 'guide/21vianet/',
  'invitation-link': 'guide/invitation-link/',
  troubleshoot: 'troubleshoot/',
  accept: 'accept/',
  training: 'training/',
  'acceptance-quiz': 'training/acceptance/quiz/',
  'acceptance-deck': 'training/acceptance/deck/',
  extension: 'extension/',
  changes: 'changes/',
  glossary: 'glossary/',
  sources: 'sources/',
  search: 'search/',
  'not-found': '404/',
} as const;

export type PageId = keyof typeof PAGE_PATHS;

/** The guidance pages, in the order the guide index lists them. */
export const GUIDE_PAGES = [
  'license-vs-usage',
  'indirect',
  '21vianet',
  'invitation-link',
  'troubleshoot',
  'glossary',
  'sources',
] as const satisfies readonly PageId[];

/** `/en/guide/indirect/` and so on. */
export function pagePath(language: Language, page: PageId): string {
  return `${homePath(language)}${PAGE_PATHS[page]}`;
}

/** The same page in every language: what the language switcher and hreflang use. */
export type Alternates = Record<Language, string>;

export function alternatesOf(path: (language: Language) => string): Alternates {
  return Object.fromEntries(LANGUAGES.map((l) => [l, path(l)])) as Alternates;
}

/** `getStaticPaths` for a page that exists once per language. */
export function languagePaths(): { params: { lang: Language } }[] {
  return LANGUAGES.map((lang) => ({ params: { lang } }));
}

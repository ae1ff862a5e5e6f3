import type { PageId } from './pages.ts';

/**
 * The main navigation, in order. Each item is a page id (its path comes from `pagePath`,
 * its label from `site:nav.<id>`). A page is "current" when the reader's path starts with
 * the item's path (home only when equal).
 *
 * Training: the training mode adds `'training'` here (after `'guide'`), with its path in
 * PAGE_PATHS and `site:nav.training` in the locales.
 */
export const NAV_ITEMS = [
  'home',
  'trees',
  'guide',
  'training',
  'extension',
  'changes',
  'glossary',
  'search',
] as const satisfies readonly PageId[];
export type NavItem = (typeof NAV_ITEMS)[number];

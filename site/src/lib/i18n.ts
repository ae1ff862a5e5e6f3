import { translator, type Translate } from '../../../locales/i18n.ts';
import type { Language } from '../../../core/index.ts';
import type { PageId } from './pages.ts';

/**
 * Build-time strings. Pages and components call `t('ns:key')` (type-checked); islands never
 * do: they get their strings resolved here, as props (see src/view-models/).
 */
const cache = new Map<Language, Translate>();

export function tFor(language: Language): Translate {
  let t = cache.get(language);
  if (!t) cache.set(language, (t = translator(language)));
  return t;
}

/** The title of a page in one language. */
export function pageTitle(language: Language, page: PageId): string {
  const t = tFor(language);
  switch (page) {
    case 'home':
      return t('common:product.name');
    case 'glossary':
      return t('glossary:title');
    case 'changes':
      return t('changes:page.title');
    case 'acceptance-quiz':
      return t('troubleshoot:training.quizTitle');
    case 'acceptance-deck':
      return t('troubleshoot:training.deckTitle');
    default:
      return t(`site:page.${page}.title`);
  }
}

import type { SourceKind } from '../core/claims.ts';
import type { Language } from '../core/languages.ts';
import { formatDate } from './format.ts';
import type { Key, Translate } from './translator.ts';
import { fillText, type Template } from './template.ts';

/**
 * How every cited web page is named for a reader, wherever it is cited (change notes, claims,
 * troubleshooting causes, the invitation link's explanation): its title in its own language,
 * then in brackets its date, its language when not the reader's, and "not a Microsoft page"
 * for a third party, as one sentence of the reader's language (`changes:source.*`).
 */
/** A cited web page: its title in the page's language, linked, with what the reader should know. */
export interface PageSource {
  href: string;
  /** The page's own title. */
  title: string;
  /** Language of the page and its title (`lang`, `hreflang`). */
  lang: string;
  /**
   * The link's text: `{{title}}` is the title element, the other placeholders come from
   * `values`: "{{title}} (page dated {{date}})", "{{title}}（{{language}}页面，页面日期：{{date}}）".
   */
  text: Template;
  values: Readonly<Record<string, string>>;
}

/** A page a note or claim cites (a change's source, a claim's source line). */
export interface CitedPage {
  url: string;
  title: string;
  /** The page's own date, ISO; undefined where we read none. */
  pageDate?: string;
  kind: SourceKind;
  /** Language of the page (and its title). */
  language: Language;
}

/**
 * The citation of a page for a reader of `language`: the page's date when it has one, and
 * its language when it is not the reader's; a third party's page says it is not Microsoft's.
 */
export function pageSource(t: Translate, source: CitedPage): PageSource {
  const language = t.language;
  const foreign = source.language !== language;
  const date = source.pageDate ? formatDate(source.pageDate, language) : undefined;
  const values = {
    ...(date ? { date } : {}),
    ...(foreign ? { language: t(`common:pageLanguage.${source.language}`) } : {}),
  };
  const key = (
    source.kind === 'third-party'
      ? date
        ? foreign
          ? 'changes:source.thirdPartyDatedIn'
          : 'changes:source.thirdPartyDated'
        : foreign
          ? 'changes:source.thirdPartyUndatedIn'
          : 'changes:source.thirdPartyUndated'
      : date
        ? foreign
          ? 'changes:source.datedIn'
          : 'changes:source.dated'
        : foreign
          ? 'changes:source.undatedIn'
          : 'changes:source.undated'
  ) satisfies Key;
  return {
    href: source.url,
    title: source.title,
    lang: source.language,
    text: t.template(key),
    values,
  };
}

/** A page source's link text as read, title in place (plain-text uses and tests). */
export function pageSourceText(source: PageSource, language: Language): string {
  return fillText(source.text, { ...source.values, title: source.title }, language);
}

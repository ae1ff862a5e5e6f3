import type { PageSource as PageSourceView } from '../../locales/change-notes.ts';
import type { MicrosoftPage } from '../../core/index.ts';
import { formatDate } from '../../locales/format.ts';
import { fillParts, type Template } from '../../locales/template.ts';

/**
 * A cited web page as a link: the page's title in its own language (`lang`, `hreflang`), the
 * rest of the link text (date, "English page") in the reader's. Used by change notes and the
 * invitation link's GDAP facts on the site, in training and in the extension.
 */
export function PageSource(props: {
  source: PageSourceView;
  lang: string;
  /** Open in a new tab (the extension, which must not navigate the portal away). */
  newTab?: boolean | undefined;
}) {
  const { source, lang, newTab } = props;
  return (
    <a
      href={source.href}
      hreflang={source.lang}
      {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : { rel: 'noopener' })}
    >
      {fillParts(
        source.text,
        { ...source.values, title: <span lang={source.lang}>{source.title}</span> },
        lang,
      )}
    </a>
  );
}

/**
 * "Source: <title> (Microsoft Learn, read on <date>)" for a Microsoft Learn page we checked
 * (the GDAP facts): the sentence is the `link:explain.source` template, the title a link.
 */
export function LearnSource(props: {
  page: MicrosoftPage;
  /** `link:explain.source`. */
  template: Template;
  lang: string;
  newTab?: boolean | undefined;
}) {
  const { page, template, lang, newTab } = props;
  return (
    <p class="source">
      {fillParts(
        template,
        {
          date: formatDate(page.checked, lang),
          title: (
            <a
              href={page.url}
              lang="en"
              {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
            >
              {page.title}
            </a>
          ),
        },
        lang,
      )}
    </p>
  );
}

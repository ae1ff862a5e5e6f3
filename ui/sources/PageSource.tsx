import type { PageSource as PageSourceView } from '../../locales/page-source.ts';
import { fillParts } from '../../locales/template.ts';

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
        {
          ...source.values,
          title: (
            <span lang={source.lang} data-verbatim>
              {source.title}
            </span>
          ),
        },
        lang,
      )}
    </a>
  );
}

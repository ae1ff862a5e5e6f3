import type { ClaimView } from '../../locales/claims.ts';
import { fillParts, type Template } from '../../locales/template.ts';
import { PageSource } from './PageSource.tsx';

/**
 * A claim's confirmation marker (always shown) and its sources, each a `PageSource` link with
 * its title in the page's own language, then its date, language and kind as every cited page
 * is named (locales/page-source.ts). The one rendering of a claim's sources: site pages,
 * the invitation link's explanation on the site and in the extension.
 */
export function ClaimSources(props: {
  view: ClaimView;
  lang: string;
  /** `changes:sourceLine`: "Source: {{source}}", as under every change note. */
  sourceLine: Template;
  /** Open sources in a new tab (the extension, which must not navigate the portal away). */
  newTab?: boolean | undefined;
}) {
  const { view, lang, newTab } = props;
  return (
    <>
      <p
        class={
          view.confirmation === 'confirmed'
            ? 'claim-marker'
            : 'claim-marker change-note-unconfirmed'
        }
      >
        {view.marker}
      </p>
      {view.sources.map((source) => (
        <p class="source" key={source.url} data-source-kind={source.kind}>
          {fillParts(
            props.sourceLine,
            { source: <PageSource source={source.page} lang={lang} newTab={newTab} /> },
            lang,
          )}
        </p>
      ))}
    </>
  );
}

import type { ClaimView } from '../../../locales/claims.ts';
import { fillParts, type Template } from '../../../locales/template.ts';

/**
 * One claim from the claims register where a page states it outside a change note: its text,
 * its confirmation marker (always), and its sources, each title in its own language, marked
 * when not in the reader's. Automation contract: `data-claim`, `data-confirmation`.
 */
export default function Claim(props: {
  view: ClaimView;
  lang: string;
  /** `link:explain.claimSource`: "Source: {{title}}". */
  sourceLine: Template;
  /** `common:punctuation.parenthetical`: "{{text}} ({{note}})", for a page's labels. */
  parenthetical: Template;
}) {
  const { view, lang } = props;
  return (
    <div class="claim notice" data-claim={view.id} data-confirmation={view.confirmation}>
      <p>{view.text}</p>
      <p class={view.confirmation === 'confirmed' ? 'claim-marker' : 'change-note-unconfirmed'}>
        {view.marker}
      </p>
      {view.sources.map((source) => {
        const link = (
          <a href={source.url} rel="noopener" hreflang={source.lang}>
            {fillParts(
              props.sourceLine,
              {
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
        return (
          <p class="source" key={source.url} data-source-kind={source.kind}>
            {source.label
              ? fillParts(props.parenthetical, { text: link, note: source.label }, lang)
              : link}
          </p>
        );
      })}
    </div>
  );
}

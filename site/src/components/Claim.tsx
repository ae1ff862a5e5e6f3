import type { ClaimView } from '../../../locales/claims.ts';
import { fillParts, type Template } from '../../../locales/template.ts';
import { PageSource } from '../../../ui/sources/PageSource.tsx';

/**
 * One claim from the claims register where a page states it outside a change note: its text,
 * its confirmation marker (always), and its sources, each title in its own language, marked
 * when not in the reader's, each a `PageSource` link like every cited page. Automation
 * contract: `data-claim`, `data-confirmation`.
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
          <PageSource
            source={{
              href: source.url,
              title: source.title,
              lang: source.lang,
              text: props.sourceLine,
              values: {},
            }}
            lang={lang}
          />
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

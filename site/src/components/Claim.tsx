import type { ClaimView } from '../../../locales/claims.ts';
import { fillParts } from '../../../locales/text.ts';

/**
 * One claim from the claims register where a page states it outside a change note: its text,
 * its confirmation marker (always), and its sources, each title in its own language, marked
 * when not in the reader's. Automation contract: `data-claim`, `data-confirmation`.
 */
export default function Claim(props: {
  view: ClaimView;
  /** "Source: {{title}}" in the reader's language. */
  sourceLine: string;
  /** "{{source}} ({{label}})" in the reader's language (the labels follow the link). */
  labelled: string;
  lang: string;
}) {
  const labels = (source: ClaimView['sources'][number]) => {
    const all = [
      ...(source.kind === 'microsoft-page' ? [] : [source.kindLabel]),
      ...(source.languageLabel ? [source.languageLabel] : []),
    ];
    return all.length > 0
      ? new Intl.ListFormat(props.lang, { style: 'long', type: 'conjunction' }).format(all)
      : undefined;
  };
  const { view } = props;
  return (
    <div class="claim notice" data-claim={view.id} data-confirmation={view.confirmation}>
      <p>{view.text}</p>
      <p class={view.confirmation === 'confirmed' ? 'claim-marker' : 'change-note-unconfirmed'}>
        {view.marker}
      </p>
      {view.sources.map((source) => (
        <p class="source" key={source.url} data-source-kind={source.kind}>
          {fillParts(props.sourceLine, {
            title: (
              <a href={source.url} rel="noopener" hreflang={source.lang} lang={source.lang}>
                {source.title}
              </a>
            ),
          })}
          {labels(source) &&
            fillParts(props.labelled, { source: '', label: labels(source)! }).filter(Boolean)}
        </p>
      ))}
    </div>
  );
}

import type { ClaimView } from '../../../locales/claims.ts';
import type { Template } from '../../../locales/template.ts';
import { ClaimSources } from '../../../ui/sources/ClaimSources.tsx';

/**
 * One claim from the claims register where a page states it outside a change note: its text,
 * its confirmation marker (always), and its sources, each title in its own language, marked
 * when not in the reader's (`ClaimSources`, as in the invitation link's explanation). Automation
 * contract: `data-claim`, `data-confirmation`.
 */
export default function Claim(props: {
  view: ClaimView;
  lang: string;
  /** `changes:sourceLine`: "Source: {{source}}". */
  sourceLine: Template;
}) {
  const { view, lang } = props;
  return (
    <div class="claim notice" data-claim={view.id} data-confirmation={view.confirmation}>
      <p>{view.text}</p>
      <ClaimSources view={view} lang={lang} sourceLine={props.sourceLine} />
    </div>
  );
}

import type { ClaimView } from '../../locales/claims.ts';
import type { Template } from '../../locales/template.ts';
import { ClaimSources } from './ClaimSources.tsx';

/**
 * One claim from the claims register where a surface states it outside a change note: its text,
 * its confirmation marker (always), and its sources, each title in its own language, marked
 * when not in the reader's (`ClaimSources`, as in the invitation link's explanation). The site's
 * guide pages and the extension's reseller link builder. Automation contract: `data-claim`,
 * `data-confirmation`.
 */
export function Claim(props: {
  view: ClaimView;
  lang: string;
  /** `changes:sourceLine`: "Source: {{source}}". */
  sourceLine: Template;
  /** Open sources in a new tab (the extension, which must not navigate the portal away). */
  newTab?: boolean | undefined;
}) {
  const { view, lang } = props;
  return (
    <div class="claim notice" data-claim={view.id} data-confirmation={view.confirmation}>
      <p>{view.text}</p>
      <ClaimSources view={view} lang={lang} sourceLine={props.sourceLine} newTab={props.newTab} />
    </div>
  );
}

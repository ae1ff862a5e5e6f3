import {
  DAP_RETIRED,
  GDAP_FACTS,
  GDAP_PAGES,
  INVITATION_HOSTS,
  type InvitationLink,
  type InvitationLinkResult,
  type Language,
} from '../../core/index.ts';
import { fillText } from '../../locales/template.ts';
import { LearnSource } from '../sources/PageSource.tsx';
import type { LinkExplanationStrings, LinkField } from './strings.ts';

export interface LinkExplanationProps {
  /** What `parseInvitationLink` returned. */
  result: InvitationLinkResult;
  /** Strings in the reader's language (`invitationStrings(t).link`). */
  strings: LinkExplanationStrings;
  /** The reader's language: dates, `lang` of the Microsoft page titles. */
  lang: Language;
  /** Level of the headings inside (old-DAP warning, GDAP facts). Default 3. */
  headingLevel?: 2 | 3 | 4 | 5;
}

const FIELDS: readonly LinkField[] = [
  'partnerTenantId',
  'resellerTenantId',
  'mpnId',
  'adminRelationshipId',
];

/**
 * What an invitation link is, in plain words, or what is wrong with it: the kind of link,
 * its cloud and ids; a warning for an old link that still asks for DAP, with how to ask for
 * GDAP instead; for a GDAP request, what the customer approves, each fact with its Microsoft
 * Learn page; a note when the link came out of an Outlook Safe Links wrapper.
 *
 * Shared by the site and the extension (also inside the portal's panel, in a shadow root):
 * no global CSS, no document access, strings passed in. Automation contract: the root of an
 * explanation carries `data-link-kind`, `data-link-cloud` and, when the link says, `data-dap`
 * (`on`/`off`); a refused link carries `data-link-error` with the error code.
 */
export function LinkExplanation({
  result,
  strings: s,
  lang,
  headingLevel = 3,
}: LinkExplanationProps) {
  const H = `h${headingLevel}` as 'h3';
  if (!result.ok) {
    const { error } = result;
    return (
      <div
        class="link-explanation message message--problem"
        role="alert"
        data-link-result="problem"
        data-link-error={error.code}
        data-unwrapped={error.unwrapped}
      >
        {error.unwrapped && <p>{s.unwrappedRefused}</p>}
        <p>{fillText(s.errors[error.code], { parameter: error.parameter ?? '' }, lang)}</p>
      </div>
    );
  }
  const { link } = result;
  const dap = dapState(link);
  return (
    <div
      class="link-explanation message message--ok"
      data-link-result="ok"
      data-link-kind={link.kind}
      data-link-cloud={link.cloud}
      data-dap={dap === 'absent' ? undefined : dap}
      data-unwrapped={link.unwrapped}
    >
      <p>{s.valid}</p>
      {link.unwrapped && (
        <p class="notice" data-note="unwrapped">
          {s.unwrapped}
        </p>
      )}
      <dl class="facts">
        <div data-fact="kind">
          <dt>{s.kindLabel}</dt>
          <dd>{s.kind[link.kind]}</dd>
        </div>
        <div data-fact="cloud">
          <dt>{s.cloudLabel}</dt>
          <dd>{s.cloud[link.cloud]}</dd>
        </div>
        {link.kind !== 'gdap' && (
          <div data-fact="dap">
            <dt>{s.dapLabel}</dt>
            <dd>{s.delegatedAdmin[dap]}</dd>
          </div>
        )}
        {FIELDS.filter((field) => link[field] !== undefined).map((field) => (
          <div key={field} data-fact={field}>
            <dt>{s.field[field]}</dt>
            <dd>
              <code>{link[field]}</code>
            </dd>
          </div>
        ))}
        <div data-fact="url">
          <dt>{s.linkLabel}</dt>
          <dd>
            <code class="link-text">{link.url}</code>
          </dd>
        </div>
      </dl>
      {!hostConfirmed(link) && <p class="notice">{s.unconfirmedHost}</p>}
      {dap === 'on' && (
        <section class="notice notice--warn" data-note="dap-retired">
          <H>{s.dapRetired.title}</H>
          <p>{s.dapRetired.text}</p>
          <p>{s.dapRetired.howToGdap}</p>
          <LearnSource page={GDAP_PAGES[DAP_RETIRED.page]} template={s.source} lang={lang} newTab />
          {!DAP_RETIRED.confirmed && <p class="unconfirmed">{s.unconfirmed}</p>}
        </section>
      )}
      {link.kind === 'gdap' && (
        <section class="gdap-facts" data-note="gdap">
          <H>{s.gdap.title}</H>
          <ul>
            {GDAP_FACTS.map((fact) => (
              <li key={fact.id} data-gdap-fact={fact.id}>
                {s.gdap.facts[fact.id]}
                {/* Its own line: no space typed between two sentences (Chinese has none). */}
                {!fact.confirmed && <p class="unconfirmed">{s.unconfirmed}</p>}
              </li>
            ))}
          </ul>
          {[...new Set(GDAP_FACTS.map((fact) => fact.page))].map((page) => (
            <LearnSource
              key={page}
              page={GDAP_PAGES[page]}
              template={s.source}
              lang={lang}
              newTab
            />
          ))}
        </section>
      )}
    </div>
  );
}

function dapState(link: InvitationLink): 'on' | 'off' | 'absent' {
  return link.delegatedAdmin === undefined ? 'absent' : link.delegatedAdmin ? 'on' : 'off';
}

function hostConfirmed(link: InvitationLink): boolean {
  const host = new URL(link.url).hostname;
  return INVITATION_HOSTS.find((h) => h.host === host)?.confirmed ?? false;
}

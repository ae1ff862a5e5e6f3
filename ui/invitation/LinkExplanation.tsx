import type { ComponentChildren } from 'preact';
import {
  DAP_RETIRED,
  GDAP_FACTS,
  GDAP_PAGES,
  INVITATION_HOSTS,
  type InvitationLink,
  type InvitationLinkResult,
  type Language,
  type LinkOwner,
  type MicrosoftPage,
} from '../../core/index.ts';
import { dapState, linkAttributes } from './attributes.ts';
import { fill } from './fill.ts';
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
  /**
   * Whose link it is, where the reader's own IDs were compared (the extension). `other` turns
   * the explanation into a warning: it never says "valid" for someone else's link.
   */
  owner?: LinkOwner | undefined;
  /** What to say about the owner, shown first (the extension's words, in its language). */
  ownerNote?: ComponentChildren;
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
  owner,
  ownerNote,
}: LinkExplanationProps) {
  const H = `h${headingLevel}` as 'h3';
  if (!result.ok) {
    const { error } = result;
    return (
      <div
        class="link-explanation message message--problem"
        role="alert"
        data-link-result="problem"
        {...linkAttributes(result)}
      >
        {error.unwrapped && <p>{s.unwrappedRefused}</p>}
        <p>{fill(s.errors[error.code] ?? error.message, { parameter: error.parameter ?? '' })}</p>
      </div>
    );
  }
  const { link } = result;
  const dap = dapState(link);
  const foreign = owner === 'other';
  return (
    <div
      class={`link-explanation message ${foreign ? 'message--warn' : 'message--ok'}`}
      data-link-result={foreign ? 'warning' : 'ok'}
      {...linkAttributes(result, owner)}
    >
      {ownerNote}
      {!foreign && <p>{s.valid}</p>}
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
          <Source page={GDAP_PAGES[DAP_RETIRED.page]} strings={s} lang={lang} />
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
            <Source key={page} page={GDAP_PAGES[page]} strings={s} lang={lang} />
          ))}
        </section>
      )}
    </div>
  );
}

function Source({
  page,
  strings: s,
  lang,
}: {
  page: MicrosoftPage;
  strings: LinkExplanationStrings;
  lang: Language;
}) {
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${page.checked}T00:00:00Z`),
  );
  // The sentence is one locale string; the title becomes a link where {{title}} stands.
  const [before = '', after = ''] = fill(s.source, { date }).split('{{title}}');
  return (
    <p class="source">
      {before}
      <a href={page.url} lang="en" rel="noopener noreferrer" target="_blank">
        {page.title}
      </a>
      {after}
    </p>
  );
}

function hostConfirmed(link: InvitationLink): boolean {
  const host = new URL(link.url).hostname;
  return INVITATION_HOSTS.find((h) => h.host === host)?.confirmed ?? false;
}

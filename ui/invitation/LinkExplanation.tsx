import type { ComponentChildren } from 'preact';
import { GDAP_FACTS } from '../../core/gdap.ts';
import { INVITATION_HOSTS } from '../../core/invitation-hosts.ts';
import type { InvitationLink, InvitationLinkResult } from '../../core/invitation-link.ts';
import type { Language } from '../../core/languages.ts';
import { linkClaims, refusalClaim, type LinkClaimId } from '../../core/link-claims.ts';
import type { LinkOwner } from '../../core/link-owner.ts';
import type { ClaimView } from '../../locales/claims.ts';
import { fillText } from '../../locales/template.ts';
import { dapState, linkAttributes } from './attributes.ts';
import type { LinkExplanationStrings, LinkField } from './strings.ts';
import { ClaimSources } from '../sources/ClaimSources.tsx';

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
   * Whose link it is, where the reader's own IDs were compared. `other` turns the explanation
   * into a warning: it never says "valid" for someone else's link. `unknown` keeps it neutral
   * (`message--neutral`): a valid link whose owner cannot be told is not endorsed in green.
   */
  owner?: LinkOwner | undefined;
  /** What to say about the owner, shown first (the extension's words, in its language). */
  ownerNote?: ComponentChildren;
}

/** The parties a link names, in the order the explanation lists them, by kind. */
const PARTIES = {
  reseller: ['partnerTenantId', 'mpnId'],
  'indirect-reseller': ['partnerTenantId', 'mpnId', 'resellerTenantId'],
  gdap: ['adminRelationshipId'],
} as const satisfies Record<InvitationLink['kind'], readonly LinkField[]>;

/**
 * What an invitation link is, in plain words, or what is wrong with it: the kind of link, its
 * cloud, each party it names (provider tenant, reseller Partner ID, reseller tenant when the
 * link has it) and who the customer gets a relationship with; a warning for an old link that
 * still asks for DAP; for a GDAP request, what the customer approves; a note when the link
 * came out of an Outlook Safe Links wrapper. What holds today is shown only as claims from the
 * register (`linkClaims`), each with its confirmation marker and sources: the same claims the
 * customer e-mail words for the same link.
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
    const refusal = refusalClaim(error.code);
    return (
      <div
        class="link-explanation message message--problem"
        role="alert"
        data-link-result="problem"
        {...linkAttributes(result)}
      >
        {error.unwrapped && <p>{s.unwrappedRefused}</p>}
        <p>{fillText(s.errors[error.code], { parameter: error.parameter ?? '' }, lang)}</p>
        {refusal && <Claim view={s.claims[refusal]} strings={s} H={H} lang={lang} />}
      </div>
    );
  }
  const { link } = result;
  const dap = dapState(link);
  const foreign = owner === 'other';
  const tone = foreign ? 'message--warn' : owner === 'unknown' ? 'message--neutral' : 'message--ok';
  const claims = linkClaims(link);
  const parties = PARTIES[link.kind] as readonly LinkField[];
  const partyLabel = s.party[link.kind] as Partial<Record<LinkField, string>>;
  return (
    <div
      lang={lang}
      class={`link-explanation message ${tone}`}
      data-link-result={foreign ? 'warning' : 'ok'}
      {...linkAttributes(result, owner)}
    >
      {ownerNote}
      {!foreign && <p>{s.valid[link.kind === 'gdap' ? 'gdap' : 'invitation']}</p>}
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
        {parties
          .filter((field) => link[field] !== undefined)
          .map((field) => (
            <div key={field} data-fact={field} data-party={field}>
              <dt>{partyLabel[field] ?? s.field[field]}</dt>
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
      {link.kind !== 'gdap' && <p data-note="parties">{s.parties[link.kind]}</p>}
      {link.kind === 'indirect-reseller' && !link.resellerTenantId && (
        <p data-note="no-reseller-tenant">{s.parties.noResellerTenant}</p>
      )}
      {!hostConfirmed(link) && <p class="notice">{s.unconfirmedHost}</p>}
      {dap === 'on' && (
        <section class="notice notice--warn" data-note="dap-retired">
          <H>{link.cloud === 'global' ? s.dapRetired.title : s.dapRetired.title21vianet}</H>
          {/* The DAP claim itself is below with the other claims (one fact, one place). */}
          {link.cloud === 'global' && <p>{s.dapRetired.howToGdap}</p>}
        </section>
      )}
      {link.kind === 'gdap' && (
        <section
          class="gdap-facts claim"
          data-note="gdap"
          data-claim="gdap-facts"
          data-confirmation={s.claims['gdap-facts'].confirmation}
        >
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
          <ClaimFooter view={s.claims['gdap-facts']} strings={s} lang={lang} />
        </section>
      )}
      {claims.some((id) => id !== 'gdap-facts') && (
        <section class="claims" data-note="claims">
          <H>{s.claimsHeading}</H>
          {claims
            .filter((id): id is Exclude<LinkClaimId, 'gdap-facts'> => id !== 'gdap-facts')
            .map((id) => (
              <Claim key={id} view={s.claims[id]} strings={s} H={H} lang={lang} />
            ))}
        </section>
      )}
    </div>
  );
}

/** One claim from the register: its dated text, its confirmation marker, its sources. */
function Claim({
  view,
  strings: s,
  lang,
}: {
  view: ClaimView;
  strings: LinkExplanationStrings;
  H?: 'h3';
  lang?: Language;
}) {
  return (
    <div class="claim" data-claim={view.id} data-confirmation={view.confirmation}>
      <p>{view.dated}</p>
      <ClaimFooter view={view} strings={s} lang={lang ?? 'en'} />
    </div>
  );
}

/** A claim's confirmation marker and its sources (the shared `ClaimSources`), in a new tab. */
function ClaimFooter({
  view,
  strings: s,
  lang,
}: {
  view: ClaimView;
  strings: LinkExplanationStrings;
  lang: Language;
}) {
  return <ClaimSources view={view} lang={lang} sourceLine={s.sourceLine} newTab />;
}

function hostConfirmed(link: InvitationLink): boolean {
  const host = new URL(link.url).hostname;
  return INVITATION_HOSTS.find((h) => h.host === host)?.confirmed ?? false;
}

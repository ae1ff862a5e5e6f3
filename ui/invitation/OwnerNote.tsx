import type { InvitationLink, Language, LinkOwner, OwnerNeed } from '../../core/index.ts';
import { fillText } from '../../locales/template.ts';
import { LinkExplanation } from './LinkExplanation.tsx';
import type { LinkReading } from './reading.ts';
import type { LinkExplanationStrings, OwnerStrings } from './strings.ts';

/**
 * Whose link it is, in words: the partner tenant the link ties the customer to (and the
 * indirect reseller, for an indirect-reseller link), then whether that is the reader's own
 * organization, someone else's (a warning), or cannot be told (neutral, naming the ID the
 * partner's settings lack where the product knows them). Nothing for a GDAP request, which
 * names no partner.
 */
export function OwnerNote({
  link,
  owner,
  needs,
  strings: s,
  lang,
}: {
  link: InvitationLink;
  owner: LinkOwner;
  needs?: OwnerNeed | undefined;
  strings: OwnerStrings;
  lang: Language;
}) {
  if (link.kind === 'gdap' || !link.partnerTenantId) return null;
  const ties =
    link.kind === 'indirect-reseller' && link.mpnId
      ? fillText(s.tiesIndirect, { tenantId: link.partnerTenantId, partnerId: link.mpnId }, lang)
      : fillText(s.tiesReseller, { tenantId: link.partnerTenantId }, lang);
  return (
    <div class={`owner owner--${owner}`} data-owner-note={owner}>
      <p>{ties}</p>
      <p class={owner === 'other' ? 'owner-verdict warn' : 'owner-verdict'}>
        {(owner === 'unknown' && needs && s.unknownNeeds[needs]) || s.verdict[owner]}
      </p>
    </div>
  );
}

/**
 * A reading explained (`LinkExplanation`) with whose link it is (`OwnerNote`): the one way the
 * paste-a-link checker, on the site and in the extension, and the help beside the portal's own
 * link show a reading.
 */
export function ReadingExplanation({
  reading: { result, owner, ownerNeeds },
  strings,
  lang,
  headingLevel,
}: {
  reading: Pick<LinkReading, 'result' | 'owner' | 'ownerNeeds'>;
  strings: { link: LinkExplanationStrings; owner: OwnerStrings };
  lang: Language;
  headingLevel: 3 | 4 | 5;
}) {
  return (
    <LinkExplanation
      result={result}
      strings={strings.link}
      lang={lang}
      headingLevel={headingLevel}
      owner={owner}
      ownerNote={
        result.ok && owner ? (
          <OwnerNote
            link={result.link}
            owner={owner}
            needs={ownerNeeds}
            strings={strings.owner}
            lang={lang}
          />
        ) : null
      }
    />
  );
}

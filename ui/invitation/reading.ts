import type { CauseId } from '../../core/acceptance-causes.ts';
import { publicUrl, troubleshootPath } from '../../core/guide-paths.ts';
import { parseInvitationLink, type InvitationLinkResult } from '../../core/invitation-link.ts';
import type { Language } from '../../core/languages.ts';
import {
  linkOwnership,
  type LinkOwner,
  type OwnerNeed,
  type OwnIds,
} from '../../core/link-owner.ts';
import {
  LINK_ERROR_CAUSES,
  troubleshootForLink,
  type LinkAlteration,
} from '../../core/troubleshoot-tree.ts';
import { linkAttributes } from './attributes.ts';

/**
 * One reading of a text that may hold an invitation link, wherever the text comes from (the
 * portal's own field, the paste-a-link checker in the extension or on the site): the core's
 * extraction and parser, whose link it is against the partner's own IDs, and the automation
 * attributes. Computed once per text and passed on; nothing parses the same text again.
 */
export interface LinkReading {
  text: string;
  result: InvitationLinkResult;
  /** Whose link it is; undefined for a refused link. */
  owner: LinkOwner | undefined;
  /** For an `unknown` owner: what the partner's settings lack to tell (`OwnerNeed`). */
  ownerNeeds?: OwnerNeed | undefined;
  /** The automation contract (attributes.ts), for the host beside the field. */
  attributes: Record<string, string>;
}

/**
 * Reads a text. `own` holds the partner's own IDs (and role) where the reader keeps them (the
 * extension's settings); a reader without them (the site) passes `{}`, and a link that names a
 * partner is then `unknown`, never `self`.
 */
export function readLink(text: string, own: OwnIds): LinkReading {
  const result = parseInvitationLink(text);
  const ownership = result.ok ? linkOwnership(result.link, own) : undefined;
  const owner = ownership?.owner;
  return {
    text,
    result,
    owner,
    ...(ownership?.needs ? { ownerNeeds: ownership.needs } : {}),
    attributes: linkAttributes(result, owner),
  };
}

/** The causes a pasted link can point to (`troubleshootForLink`). */
export const LINK_CAUSES: readonly CauseId[] = [
  ...new Set<CauseId>(['link-altered', ...Object.values(LINK_ERROR_CAUSES).map((c) => c.cause)]),
];

/** Where "Customer can't accept?" leads for a pasted text, and what the text points to. */
export interface TroubleshootPointer {
  /** The guide's troubleshooting step, at the site's address. */
  href: string;
  /** The cause a broken or altered link points to. */
  cause?: CauseId;
  /** What happened to the link on its way, as the parser sees it. */
  alterations: LinkAlteration[];
}

/**
 * The troubleshooting tree for a reading: at the link's kind and cloud for a whole link, at
 * the cause a broken or altered link points to, at the first question when nothing was pasted
 * (the core decides: `troubleshootForLink`). `guideBase` is the site's address (`SITE_URL`),
 * or `''` for a path on the site itself.
 */
export function troubleshootPointer(
  reading: Pick<LinkReading, 'text' | 'result'>,
  language: Language,
  guideBase: string,
): TroubleshootPointer {
  const found = troubleshootForLink(reading.text, reading.result);
  return {
    href: publicUrl(guideBase, troubleshootPath(language, found.step.id)),
    ...(found.cause ? { cause: found.cause } : {}),
    alterations: found.alterations,
  };
}

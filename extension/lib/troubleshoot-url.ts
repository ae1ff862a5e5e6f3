import {
  troubleshootForLink,
  troubleshootPath,
  type CauseId,
  type InvitationLinkResult,
  type Language,
  type LinkAlteration,
} from '../../core/index.ts';
import { GUIDE_URL } from './guide-url.ts';

/** Where "customer can't accept?" leads for a pasted link, and what the link points to. */
export interface TroubleshootLink {
  /** The guide's troubleshooting step, at the public address. */
  href: string;
  /** The cause a broken or altered link points to. */
  cause?: CauseId;
  /** What happened to the link on its way, as the parser sees it. */
  alterations: LinkAlteration[];
}

/**
 * The troubleshooting tree for what the partner pasted: at the link's kind and cloud for a
 * whole link, at the cause a broken or altered link points to, at the first question when
 * nothing was pasted (the core decides: `troubleshootForLink`).
 */
export function troubleshootLinkFor(
  language: Language,
  pasted: string,
  result: InvitationLinkResult,
): TroubleshootLink {
  const found = troubleshootForLink(pasted, result);
  return {
    href: `${GUIDE_URL}${troubleshootPath(language, found.step.id)}`,
    ...(found.cause ? { cause: found.cause } : {}),
    alterations: found.alterations,
  };
}

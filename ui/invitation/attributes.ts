import type { InvitationLink, InvitationLinkResult, LinkOwner } from '../../core/index.ts';

/** What an invitation link says about DAP: its `DAP=` value, or nothing. */
export function dapState(link: InvitationLink): 'on' | 'off' | 'absent' {
  if (link.kind === 'gdap' || link.delegatedAdmin === undefined) return 'absent';
  return link.delegatedAdmin ? 'on' : 'off';
}

/**
 * The automation contract of an explanation (docs/extension.md "Automation contract"), in one
 * place: `data-link-kind`, `data-link-cloud`, `data-dap` (`on`/`off`, when the link says),
 * `data-unwrapped`, `data-link-owner` (`self`/`other`/`unknown`, where the reader's own IDs
 * were compared), or `data-link-error` for a refused link. The extension puts them on the host
 * beside the portal's field and the shared explanation on its root; both call this.
 */
export function linkAttributes(
  result: InvitationLinkResult,
  owner?: LinkOwner,
): Record<string, string> {
  if (!result.ok) {
    const attributes: Record<string, string> = { 'data-link-error': result.error.code };
    if (result.error.unwrapped) attributes['data-unwrapped'] = result.error.unwrapped;
    return attributes;
  }
  const { link } = result;
  const attributes: Record<string, string> = {
    'data-link-kind': link.kind,
    'data-link-cloud': link.cloud,
  };
  const dap = dapState(link);
  if (dap !== 'absent') attributes['data-dap'] = dap;
  if (link.unwrapped) attributes['data-unwrapped'] = link.unwrapped;
  if (owner) attributes['data-link-owner'] = owner;
  return attributes;
}

/** Every attribute name `linkAttributes` may set (to clear a host before setting new ones). */
export const LINK_ATTRIBUTE_NAMES = [
  'data-link-kind',
  'data-link-cloud',
  'data-dap',
  'data-unwrapped',
  'data-link-owner',
  'data-link-error',
] as const;

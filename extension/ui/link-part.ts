import { h, render } from 'preact';
import { readLink, type LinkReading } from '../../ui/invitation/reading.ts';
import type { OwnIds } from '../../core/index.ts';
import { BuiltLink } from './BuiltLink.tsx';
import { LinkHelp, type LinkHelpProps } from './LinkHelp.tsx';
import { PasteResult } from './PasteResult.tsx';

/**
 * The overlay's `link` part (lib/overlay-parts.ts): everything a link's explanation needs. The
 * content script reads the portal's own field with it (the one reading of a text: parser,
 * owner, automation attributes) and draws the help beside it; the open entry point takes the
 * result of a pasted link and the explanation of a built one from it.
 */
export interface LinkPart {
  readLink(text: string, own: OwnIds): LinkReading;
  renderLinkHelp(container: HTMLElement, props: LinkHelpProps): void;
  PasteResult: typeof PasteResult;
  BuiltLink: typeof BuiltLink;
}

export const linkPart: LinkPart = {
  readLink,
  renderLinkHelp(container, props) {
    render(h(LinkHelp, props), container);
  },
  PasteResult,
  BuiltLink,
};

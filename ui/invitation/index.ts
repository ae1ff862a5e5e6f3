/**
 * The invitation helper's UI shared by the site (Astro islands) and the extension (WXT):
 * Preact components that take their strings as props. See docs/engineering.md.
 */
export { LinkExplanation, type LinkExplanationProps } from './LinkExplanation.tsx';
export { EmailComposer, type EmailComposerProps } from './EmailComposer.tsx';
export { LinkPaste, type LinkPasteProps } from './LinkPaste.tsx';
export { LinkPasteResult, type LinkPasteResultProps } from './LinkPasteResult.tsx';
export { OwnerNote, ReadingExplanation } from './OwnerNote.tsx';
export { readLink, troubleshootPointer, type LinkReading } from './reading.ts';
export {
  invitationStrings,
  type EmailComposerStrings,
  type InvitationStrings,
  type LinkExplanationStrings,
  type LinkField,
  type LinkPasteStrings,
  type OwnerStrings,
  ownerStrings,
  troubleshootPointerStrings,
} from './strings.ts';
export { copyText } from './copy.ts';

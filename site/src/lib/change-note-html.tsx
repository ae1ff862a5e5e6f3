import { render } from 'preact-render-to-string';
import type { ChangeNote } from '../../../locales/change-notes.ts';
import { ChangeNoteBody } from '../../../ui/notes/ChangeNote.tsx';

/**
 * A note's content as HTML, rendered at build time from the same component static pages
 * use. The tree island shows it as is: this keeps the note's markup out of the island's
 * JavaScript (the tree page budget in bench/budgets.ts). The HTML is ours, escaped by the
 * renderer; no reader input reaches it.
 */
export function changeNoteHtml(note: ChangeNote, lang: string, timelineHref?: string): string {
  return render(<ChangeNoteBody note={note} lang={lang} timelineHref={timelineHref} />);
}

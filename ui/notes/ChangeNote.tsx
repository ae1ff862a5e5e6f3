import type { ChangeNote as ChangeNoteView } from '../../locales/change-notes.ts';
import { fillParts } from '../../locales/template.ts';
import { PageSource } from '../sources/PageSource.tsx';

/**
 * One "since the source" note's content: its claim's sentence with the date, the claim's
 * confirmation marker (confirmed ones too), and "Source: <page>". The site (static pages, the tree island
 * through build-time HTML, the quiz), the training printouts and the extension render this.
 */
export function ChangeNoteBody(props: {
  note: ChangeNoteView;
  lang: string;
  /** Links the note to its entry on the timeline page when given. */
  timelineHref?: string | undefined;
  /** Open the source in a new tab (the extension). */
  newTab?: boolean | undefined;
}) {
  const { note, lang, timelineHref, newTab } = props;
  return (
    <div class="claim" data-claim={note.claim.id} data-confirmation={note.claim.confirmation}>
      <p class="change-note-text">
        {timelineHref ? <a href={`${timelineHref}#${note.id}`}>{note.text}</a> : note.text}
      </p>
      {/* Every claim carries its confirmation marker, confirmed ones too. */}
      <p
        class={note.unconfirmed ? 'change-note-unconfirmed' : 'change-note-confirmed'}
        data-confirmation={note.claim.confirmation}
      >
        {note.claim.marker}
      </p>
      <p class="change-note-source">
        {fillParts(
          note.sourceLine,
          { source: <PageSource source={note.source} lang={lang} newTab={newTab} /> },
          lang,
        )}
      </p>
    </div>
  );
}

/** The notes beside a verdict, outcome or card, apart from the seed's rule (which stays the verdict). */
export function ChangeNotes(props: {
  notes: readonly ChangeNoteView[];
  lang: string;
  timelineHref?: string | undefined;
}) {
  if (props.notes.length === 0) return null;
  return (
    <ul class="change-notes">
      {props.notes.map((note) => (
        <li class="change-note" data-change={note.id} key={note.id}>
          <ChangeNoteBody note={note} lang={props.lang} timelineHref={props.timelineHref} />
        </li>
      ))}
    </ul>
  );
}

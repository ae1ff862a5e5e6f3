import type { ChangeNote as ChangeNoteView } from '../../locales/change-notes.ts';
import { fillParts } from '../../locales/template.ts';
import { PageSource } from '../sources/PageSource.tsx';

/**
 * One "since the source" note's content: its sentence with the date, the "not confirmed"
 * warning where there is one, and "Source: <page>". The site (static pages, the tree island
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
    <>
      <p class="change-note-text">
        {timelineHref ? <a href={`${timelineHref}#${note.id}`}>{note.text}</a> : note.text}
      </p>
      {note.unconfirmed && <p class="change-note-unconfirmed">{note.unconfirmed}</p>}
      <p class="change-note-source">
        {fillParts(
          note.sourceLine,
          { source: <PageSource source={note.source} lang={lang} newTab={newTab} /> },
          lang,
        )}
      </p>
    </>
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

import type { ChangeNote } from '../../../locales/change-notes.ts';
import { fillParts } from '../../../locales/text.ts';

/**
 * The "since the source" notes beside a verdict, outcome or card: each one sentence with
 * its date, linked to the Microsoft page, visually apart from the seed's rule (the rule
 * stays the verdict). Rendered by the tree island and, without any JavaScript, by static
 * pages (guidance, timeline, handouts, cheat sheets).
 */
export default function ChangeNotes(props: {
  notes: readonly ChangeNote[];
  /**
   * The locale's "Source: {{source}}" split at the placeholder at build time
   * (`aroundPlaceholder`): the link stands between the two parts.
   */
  sourceLine: readonly [string, string];
  /** Links the note to its entry on the timeline page when given. */
  timelineHref?: string;
}) {
  if (props.notes.length === 0) return null;
  const [before, after] = props.sourceLine;
  return (
    <ul class="change-notes">
      {props.notes.map((note) => (
        <li class="change-note" data-change={note.id} key={note.id}>
          <ChangeNoteBody
            note={note}
            sourceLine={[before, after]}
            timelineHref={props.timelineHref}
          />
        </li>
      ))}
    </ul>
  );
}

/** One note's content (inside its list item). */
export function ChangeNoteBody(props: {
  note: ChangeNote;
  sourceLine: readonly [string, string];
  timelineHref?: string | undefined;
}) {
  const { note, timelineHref } = props;
  const [before, after] = props.sourceLine;
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
        {before}
        <a href={note.href} rel="noopener" hreflang={note.sourceLang}>
          {fillParts(note.source, {
            title: <span lang={note.sourceLang}>{note.sourceTitle}</span>,
          })}
        </a>
        {after}
      </p>
    </div>
  );
}

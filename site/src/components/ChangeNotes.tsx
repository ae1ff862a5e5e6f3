import { aroundPlaceholder, type ChangeNote } from '../../../locales/change-notes.ts';

/**
 * The "since the source" notes beside a verdict, outcome or card: each one sentence with
 * its date, linked to the Microsoft page, visually apart from the seed's rule (the rule
 * stays the verdict). Rendered by the tree island and, without any JavaScript, by static
 * pages (guidance, timeline, handouts, cheat sheets).
 */
export default function ChangeNotes(props: {
  notes: readonly ChangeNote[];
  /** "Source: {{source}}" from the locale; the placeholder becomes the link. */
  sourceLine: string;
  /** Links the note to its entry on the timeline page when given. */
  timelineHref?: string;
  class?: string;
}) {
  if (props.notes.length === 0) return null;
  const [before, after] = aroundPlaceholder(props.sourceLine, 'source');
  return (
    <ul class={`change-notes${props.class ? ` ${props.class}` : ''}`}>
      {props.notes.map((note) => (
        <li class="change-note" data-change={note.id} key={note.id}>
          <p class="change-note-text">
            {props.timelineHref ? (
              <a href={`${props.timelineHref}#${note.id}`}>{note.text}</a>
            ) : (
              note.text
            )}
          </p>
          {note.unconfirmed && <p class="change-note-unconfirmed">{note.unconfirmed}</p>}
          <p class="change-note-source">
            {before}
            <a href={note.href} rel="noopener" hreflang={note.sourceLang}>
              {note.source}
            </a>
            {after}
          </p>
        </li>
      ))}
    </ul>
  );
}

/**
 * Only the partner's own input steers a control. In the extension our controls sit in open
 * shadow roots inside Partner Center's page, where any page script can set a field's value and
 * dispatch `input`, `change`, `submit` or `click`; such events are untrusted (`isTrusted`
 * false), while the browser marks the partner's typing, pasting, picking and clicking as
 * trusted. Every control of the shared components and the extension's in-page UI goes through
 * these, so that a script changes neither what we say nor what the partner then copies. On the
 * site nothing fakes input, and the guard costs nothing.
 */

/** A field whose value is state: a text box, a text area or a select. */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * Fields with an edit the partner began: the browser fires a trusted `beforeinput` before the
 * partner's typing, pasting, dropping, composing or undoing, and the `input` of that edit in
 * the same task. A script's `document.execCommand('insertText')` on a field it focused fires a
 * trusted `input` without one, and is refused.
 *
 * The mark lasts until that `input` or the end of the task that set it, whichever comes first:
 * a `beforeinput` that brings no `input` (a page's capture listener on `window` cancelled the
 * partner's keystroke, or the key changed nothing) leaves no mark for a later editing command
 * of a script to borrow.
 */
const begun = new WeakSet<EventTarget>();

/** Marks an edit the partner began, until its `input` or the end of this task. */
function begin(field: EventTarget): void {
  begun.add(field);
  // A task queued now runs after every event of the current task, the edit's `input` included.
  setTimeout(() => begun.delete(field), 0);
}

/**
 * Whether an `input` event is the partner's own: trusted, and either begun by a trusted
 * `beforeinput` or carrying no edit type (the browser's autofill: an `Event`, or in Firefox
 * `insertReplacementText`; no script command makes those).
 */
function partnersEdit(event: Event, field: EventTarget): boolean {
  if (!event.isTrusted) return false;
  if (begun.delete(field)) return true;
  const type = (event as Partial<InputEvent>).inputType;
  return !type || type === 'insertReplacementText';
}

/** Puts a faked value back to the state, so the field shows what we use. */
function restore(field: Field, shown: string): void {
  field.value = shown;
}

/**
 * The handlers of a text field (spread them on the `<input>` or `<textarea>`): the partner's own
 * value goes to `apply`; a faked one is dropped and the field shows `shown` (the state) again.
 */
export function ownText<F extends TextField>(
  shown: string,
  apply: (value: string) => void,
): {
  onBeforeInput: (event: Event & { currentTarget: F }) => void;
  onInput: (event: Event & { currentTarget: F }) => void;
} {
  return {
    onBeforeInput: (event) => {
      if (event.isTrusted) begin(event.currentTarget);
    },
    onInput: (event) => {
      const field = event.currentTarget;
      if (partnersEdit(event, field)) apply(field.value);
      else restore(field, shown);
    },
  };
}

/**
 * A `<select>`'s `change` handler: the partner's own pick goes to `apply`; a faked one is
 * dropped and the select shows `shown` (the state) again.
 */
export function ownChoice<F extends HTMLSelectElement>(
  shown: string,
  apply: (value: string) => void,
): (event: Event & { currentTarget: F }) => void {
  return (event) => {
    const field = event.currentTarget;
    if (event.isTrusted) apply(field.value);
    else restore(field, shown);
  };
}

/**
 * A `click` handler that runs `act` for the partner's own click (or Enter or Space on the
 * control) only. A faked one does nothing, and its default action (a link's navigation, a
 * submit button's submission) is cancelled. Forms need no guard of their own: a script's
 * `requestSubmit()` fires a trusted `submit`, so a form acts only on its fields' state, which
 * only the partner's own input changes.
 */
export function ownAction<E extends Event>(act: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) {
      event.preventDefault();
      return;
    }
    act(event);
  };
}

/**
 * Only the partner's own input steers a control. In the extension our controls sit in open
 * shadow roots inside Partner Center's page, where any page script can set a field's value and
 * dispatch `input`, `change`, `submit` or `click`; such events are untrusted (`isTrusted`
 * false), while the browser marks the partner's typing, pasting, picking and clicking as
 * trusted. Every control of the shared components and the extension's in-page UI goes through
 * these two, so that a script changes neither what we say nor what the partner then copies. On
 * the site nothing fakes input, and the guard costs nothing.
 */

/** A field whose value is state: a text box, a text area or a select. */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * An `input` or `change` handler that hands the partner's own value to `apply`; a faked event
 * is dropped and the field is put back to `shown` (the state), so it shows what we use.
 */
export function ownInput<F extends Field>(
  shown: string,
  apply: (value: string, field: F) => void,
): (event: Event & { currentTarget: F }) => void {
  return (event) => {
    const field = event.currentTarget;
    if (!event.isTrusted) {
      field.value = shown;
      return;
    }
    apply(field.value, field);
  };
}

/**
 * A `click` handler that runs `act` for the partner's own click (or Enter or Space on the
 * control) only. A faked one does nothing, and its default action (a link's navigation, a
 * submit button's submission) is cancelled. Forms need no guard of their own: a script's
 * `requestSubmit()` fires a trusted `submit`, so a form acts only on its fields' state, which
 * only `ownInput` changes.
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

import { isOwn } from '../lib/find-invitation.ts';

/** What a keyboard user reaches with Tab in a portal panel. */
const TABBABLE =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
/**
 * Elements whose click does something of its own (a label clicks its field, a link follows
 * its address): the entry point never goes inside one, or a click on it would act there too.
 */
const ACTIVATING = 'label, a[href], button, summary, select, [role="button"], [role="link"]';

/** Where an element goes: into `parent`, before `before` (at the end when null). */
export interface Place {
  parent: Element;
  before: ChildNode | null;
}

/**
 * Where the entry point lives while a modal portal panel is open: inside the panel's focus
 * trap, right after the panel's last control a keyboard user reaches, so that focus in it counts
 * as inside the trap and Tab goes on from the panel's controls into it.
 *
 * The element marked modal is not always the trap: Fluent UI's Panel puts `role="dialog"` and
 * `aria-modal` on an element around its FocusTrapZone (office-ui-fabric-react's
 * Panel.base: Popup > root > FocusTrapZone), so a child of the marked element can still be
 * outside the trap. Every control of the panel is inside the trap, so the place beside its last
 * control is too. Nothing of the panel's layout changes: the entry point's host and its
 * container draw no box of their own (`display: contents`, ui/entry-styles.ts) and the entry
 * point itself is fixed to the window.
 */
export function placeInModal(modal: Element): Place {
  let last: Element | undefined;
  for (const control of modal.querySelectorAll(TABBABLE)) {
    if (isOwn(control) || (control as HTMLButtonElement).disabled) continue;
    // Fluent's focus bumpers (aria-hidden) and what is not shown are not on the Tab path.
    if (control.closest('[aria-hidden="true"], [inert]')) continue;
    if (control.getClientRects().length === 0) continue;
    last = control;
  }
  if (!last) return { parent: modal, before: null };
  let anchor: Element = last;
  for (
    let up = anchor.parentElement?.closest(ACTIVATING);
    up && up !== modal && modal.contains(up);
    up = anchor.parentElement?.closest(ACTIVATING)
  ) {
    anchor = up;
  }
  return { parent: anchor.parentElement ?? modal, before: anchor.nextSibling };
}

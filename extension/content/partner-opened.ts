import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isOwn } from '../lib/find-invitation.ts';
import { PORTAL_MARKS } from '../lib/page-kinds.ts';

/**
 * Which portal panels the partner opened: a panel first seen after a trusted click (or Enter
 * or Space) of the partner on a command of the page's command bar (`PORTAL_MARKS.panelCommand`),
 * one panel per such action. The portal opens "Request a reseller relationship" on the
 * partner's click on its command; a panel a page script or widget adds on its own, or right
 * after the partner clicked a name, a grid cell or the header, is not the partner's. Only order
 * counts, never time: the action is noted when it happens, and the first panels the page watch
 * sees after it (in the next frame, or later when the portal loads the panel first) take it;
 * panels seen later wait for the partner's next command.
 *
 * Actions on the extension's own elements do not count (their events reach the page
 * retargeted to our hosts). A page script's faked events are untrusted and never count. What
 * this cannot tell: a panel a script adds right after one of the partner's commands
 * (docs/extension.md, "What it cannot be kept from"); the offer of the IDs it guards is
 * therefore worded as a question the partner answers, with where to check the IDs.
 */
export interface PartnerOpened {
  /** Notes the panels the page watch found in this frame; those seen first now may be the partner's. */
  see(panels: readonly Element[]): void;
  /** Whether the partner opened this panel. */
  has(panel: Element): boolean;
}

/** Keys that activate a control the way a click does. */
const ACTIVATING_KEYS = new Set(['Enter', ' ']);

export function watchPartnerOpened(ctx: ContentScriptContext): PartnerOpened {
  const seen = new WeakSet<Element>();
  const opened = new WeakSet<Element>();
  /** A trusted action of the partner that no panel has taken yet. */
  let pendingAction = false;

  const note = (event: Event) => {
    if (!event.isTrusted) return;
    if (event.type === 'keydown' && !ACTIVATING_KEYS.has((event as KeyboardEvent).key)) return;
    const target = event.target as Node | null;
    if (target?.nodeType !== 1 || isOwn(target as Element)) return;
    if (!(target as Element).closest(PORTAL_MARKS.panelCommand)) return;
    pendingAction = true;
  };
  // Capture on window: the portal's own handlers cannot stop it before we see it, short of
  // stopping the partner's click for everyone (then no panel counts as opened: no offer).
  for (const type of ['click', 'keydown'] as const)
    ctx.addEventListener(window, type, note, { capture: true });

  return {
    see(panels) {
      const fresh = panels.filter((panel) => !seen.has(panel));
      if (!fresh.length) return;
      for (const panel of fresh) {
        seen.add(panel);
        if (pendingAction) opened.add(panel);
      }
      pendingAction = false;
    },
    has: (panel) => opened.has(panel),
  };
}

import { isOwn } from '../../lib/find-invitation.ts';
import { PORTAL_MARKS } from '../../lib/page-kinds.ts';
import type { Feature } from '../feature.ts';

/**
 * Whether a portal panel or dialog is open (the entry point then waits aside): dialogs seen in
 * what the page added, dropped once they are gone or hidden. Each frame's dialogs are also
 * noted for telling which panels the partner opened (content/partner-opened.ts).
 */
export const dialogs: Feature = {
  name: 'dialogs',
  init({ watch, state }) {
    const open = new Set<Element>();
    watch.catchUp(PORTAL_MARKS.dialog);
    watch.onNodes((nodes) => {
      const seen: Element[] = [];
      for (const node of nodes) {
        if (node.nodeType !== 1 || isOwn(node as Element)) continue;
        const element = node as Element;
        if (element.matches(PORTAL_MARKS.dialog)) seen.push(element);
        seen.push(...element.querySelectorAll(PORTAL_MARKS.dialog));
      }
      state.seePanels(seen);
      for (const dialog of seen) open.add(dialog);
    });
    watch.onFrame(() => {
      for (const dialog of open) {
        if (!dialog.isConnected || dialog.getClientRects().length === 0) open.delete(dialog);
      }
      state.setPanelOpen(open.size > 0);
    });
  },
};

import { LINK_ATTRIBUTE_NAMES } from '../../../ui/invitation/attributes.ts';
import {
  findOwnLinkFields,
  ownLinkText,
  showsPartnersOwnLink,
  type OwnLinkField,
} from '../../lib/find-invitation.ts';
import { emailLanguage } from '../../lib/language.ts';
import type { LinkReading } from '../../../ui/invitation/reading.ts';
import { OWN_TAG_PREFIX, PORTAL_MARKS, roleOnPage } from '../../lib/page-kinds.ts';
import type { Feature } from '../feature.ts';
import { createOwnHost, moveHost, type OwnHost } from '../host.ts';

/** The host of a link explanation, inserted beside the portal field it explains. */
export const LINK_HOST_TAG = `${OWN_TAG_PREFIX}-link`;
/** The portal rewrites a field's value without a DOM mutation: look again so often. */
const REREAD_MS = 500;
/** The partner's input in the page, after which the portal may rewrite a field. */
const INPUT_EVENTS = ['input', 'change', 'click', 'keyup'] as const;

/**
 * Where a link's explanation goes: right after the field, outside the field's own wrappers
 * (elements that hold nothing else), so it sits below the text box, inside the same panel, and
 * never over the portal's controls.
 */
function besideOf(holder: OwnLinkField): Element {
  let target: Element = holder;
  for (
    let parent = target.parentElement;
    parent &&
    parent.childElementCount === 1 &&
    parent !== document.body &&
    !parent.matches(PORTAL_MARKS.dialog);
    parent = target.parentElement
  ) {
    target = parent;
  }
  return target;
}

interface Help extends OwnHost {
  reading: LinkReading;
  /** The own IDs the reading was made with (read again when they change). */
  ownKey: string;
  /**
   * Whether the portal may be showing the partner's own link here (the IDs offer): looked at
   * again every frame, as the panel shows, hides or is replaced.
   */
  ownLink: boolean;
}

/**
 * An explanation beside the portal's own invitation link (lib/find-invitation.ts): the field's
 * text is read once per change (ui/invitation/reading.ts: the same extraction and parser as every
 * pasted text), the host gets the automation attributes of that one reading, and the help
 * (ui/LinkHelp.tsx) renders it. Follows the field when the portal moves, rewrites or drops it.
 */
export const linkHelp: Feature = {
  name: 'link-help',
  init({ ctx, watch, state }) {
    const helps = new Map<OwnLinkField, Help>();
    // Fields seen before the stored settings were read: drawn once they are (never with the
    // defaults first, which would show a link as "unknown" and then as someone else's).
    const waiting = new Set<OwnLinkField>();
    const invitationPage = () => state.page?.kind?.feature === 'invitation';
    // The partner's role on this page (the page's where it implies one) and the IDs it is read with.
    const role = () => roleOnPage(state.page?.kind, state.settings.role).value;
    const own = () => ({ ...state.settings, role: role() });
    const ownKey = () => `${state.settings.tenantId}|${state.settings.partnerId}|${role()}`;
    const ownLink = (holder: OwnLinkField) =>
      showsPartnersOwnLink(holder, state.page?.kind, state.openedByPartner);

    const render = (holder: OwnLinkField, help: Help) => {
      const ui = state.part('link');
      if (!ui) {
        // Another language: load its strings, then draw again (the 'ui' change below).
        void state.loadPart('link');
        return;
      }
      for (const name of LINK_ATTRIBUTE_NAMES) help.host.removeAttribute(name);
      for (const [name, value] of Object.entries(help.reading.attributes))
        help.host.setAttribute(name, value);
      const language = state.language();
      ui.renderLinkHelp(help.container, {
        reading: help.reading,
        language,
        settings: state.settings,
        role: role(),
        managed: state.managed,
        offerAnswered: state.offerAnswered,
        ownLink: help.ownLink,
        emailLanguage: emailLanguage(state.settings.emailLanguage, language),
        inDialog: holder.closest(PORTAL_MARKS.dialog) !== null,
      });
    };

    // The portal rewrites fields from its scripts (no mutation): while an explanation is
    // shown, look again every half second, and after the partner's input in the page (which
    // may make the portal rewrite a field). Nothing of this runs while none is shown: most
    // portal pages never show one.
    const soon = () => watch.schedule();
    let reread: number | undefined;
    const rereadWhileShown = () => {
      if (helps.size && reread === undefined) {
        reread = ctx.setInterval(soon, REREAD_MS);
        for (const type of INPUT_EVENTS) document.addEventListener(type, soon, true);
      }
      if (!helps.size && reread !== undefined) {
        clearInterval(reread);
        reread = undefined;
        for (const type of INPUT_EVENTS) document.removeEventListener(type, soon, true);
      }
    };

    const drop = (holder: OwnLinkField) => {
      const help = helps.get(holder);
      if (!help) return;
      state.uiChunk?.unmount(help.container);
      help.host.remove();
      helps.delete(holder);
      rereadWhileShown();
    };

    const explain = (holder: OwnLinkField) => {
      const text = ownLinkText(holder);
      if (text === undefined) return drop(holder);
      if (!state.storedRead) return void waiting.add(holder);
      const ui = state.part('link');
      const chunk = state.uiChunk;
      if (!ui || !chunk) {
        // A portal panel shows a link: load its explanation, then look at this field again.
        void state.loadPart('link').then((loaded) => loaded && watch.revisit([holder]));
        return;
      }
      const existing = helps.get(holder);
      if (existing) {
        // The portal may move the field, or a re-render may leave our host behind: follow it.
        const place = besideOf(holder);
        if (place.nextElementSibling !== existing.host)
          moveHost(existing.host, place.parentNode!, place.nextSibling);
        const changed = existing.reading.text !== text || existing.ownKey !== ownKey();
        if (changed) {
          existing.reading = ui.readLink(text, own());
          existing.ownKey = ownKey();
        }
        const shownAsOwn = ownLink(holder);
        if (changed || existing.ownLink !== shownAsOwn) {
          existing.ownLink = shownAsOwn;
          render(holder, existing);
        }
        return;
      }
      const help: Help = {
        ...createOwnHost(LINK_HOST_TAG, chunk.css),
        reading: ui.readLink(text, own()),
        ownKey: ownKey(),
        ownLink: ownLink(holder),
      };
      besideOf(holder).after(help.host);
      helps.set(holder, help);
      rereadWhileShown();
      render(holder, help);
    };

    watch.catchUp(PORTAL_MARKS.ownLinkField);
    watch.onNodes((nodes) => {
      const found = new Set<OwnLinkField>();
      for (const node of nodes) findOwnLinkFields(node, invitationPage(), found);
      for (const holder of found) explain(holder);
    });
    watch.onFrame(() => {
      for (const holder of [...helps.keys()]) {
        if (!holder.isConnected) drop(holder);
        else explain(holder);
      }
    });
    state.on((change) => {
      if (change === 'settings' && waiting.size) {
        watch.revisit(waiting);
        waiting.clear();
      }
      if (change === 'settings' || change === 'language' || change === 'ui')
        for (const holder of [...helps.keys()]) {
          const help = helps.get(holder)!;
          if (help.ownKey !== ownKey()) explain(holder);
          else render(holder, help);
        }
    });

    ctx.onInvalidated(() => {
      for (const holder of [...helps.keys()]) drop(holder);
    });
  },
};

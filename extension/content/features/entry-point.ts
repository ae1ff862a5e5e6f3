import { browser } from 'wxt/browser';
import type { Status } from '../../../core/index.ts';
import { isOwn } from '../../lib/find-invitation.ts';
import { isMessage, sendMessage } from '../../lib/messages.ts';
import { OWN_TAG_PREFIX, PORTAL_MARKS } from '../../lib/page-kinds.ts';
import { saveOverlayCollapsed } from '../../lib/store-loader.ts';
import { ENTRY_CSS } from '../../ui/entry-styles.ts';
import { entryStrings } from '../entry-strings.ts';
import type { Feature } from '../feature.ts';
import { createOwnHost, moveHost, type OwnHost } from '../host.ts';
import { placeInModal } from '../modal-place.ts';

/** The entry point's host element (the automation contract: docs/extension.md). */
export const HOST_TAG = OWN_TAG_PREFIX;

/**
 * Shows the entry point's container (a manual popover) in the browser's top layer while it
 * lives inside a portal panel (content/modal-place.ts): there a `position: fixed` box is placed
 * against the window whatever its ancestors do. In a panel, an ancestor with a transform
 * (Fluent UI's panel keeps the one it slid in with), a filter or `contain` would otherwise be
 * what the entry point is fixed to, and an ancestor that clips its overflow would cut it; in
 * the top layer neither moves nor cuts it, and it stays where it is in the DOM, inside the
 * panel's focus trap. A manual popover takes no focus when shown, closes on no click or Escape,
 * and leaves clicks outside its boxes to the page. Leaving the document (a move) takes it out
 * of the top layer, so every move into a panel calls this again. In `<body>` nothing of the
 * page is its ancestor, so it is not lifted: showing a popover costs about a millisecond of
 * every portal page's load (bench). Without the Popover API the container draws no box of its
 * own and the entry point is fixed as before (ui/entry-styles.ts).
 */
function liftToTopLayer(container: HTMLElement): void {
  if (!container.isConnected || typeof container.showPopover !== 'function') return;
  if (container.matches(':popover-open')) return;
  try {
    container.showPopover();
  } catch {
    // Not shown (a document that is going away): drawn in place instead, as without the API.
  }
}

/**
 * The entry point: one small button bottom right on every portal page; open, the multichannel
 * check and the paste-a-link checker; aside (bottom left) while a portal panel is open, and
 * closed when one opens, but the partner's own click or shortcut opens it beside the panel (a
 * page can mark anything as a dialog: that must not lock the partner out); inside a modal
 * panel's focus trap while one is open, so it takes the focus there; below the portal's
 * command bars. Collapsed it is drawn here, without the UI chunk;
 * the UI chunk and the overlay's entry part load when the partner opens it (their click, or
 * the keyboard shortcut).
 */
export const entryPoint: Feature = {
  name: 'entry-point',
  init({ ctx, watch, state }) {
    let entry: OwnHost | undefined;
    let collapsed = true;
    /** The partner opened it while a panel was open: it stays open until they close it. */
    let openOverPanel = false;
    const shut = () => collapsed || (state.panelOpen && !openOverPanel);
    let clearTop = 0;
    let drawn: 'plain' | 'ui' | undefined;
    /** What the plain button was drawn for (language, panel open): the same is not drawn again. */
    let plainFor = '';
    /**
     * The partner's shortcut asked for the focus on the toggle: given by the next drawing of
     * the entry point in the page, whenever that is (its part may still be loading, or the
     * entry point may be on its way back from a panel that just closed).
     */
    let focusWanted = false;

    /** How far from the top the open entry point must stay: below the portal's command bars. */
    const measureClearTop = (): boolean => {
      let bottom = 0;
      for (const bar of document.querySelectorAll(PORTAL_MARKS.commandBar)) {
        if (isOwn(bar)) continue;
        const box = bar.getBoundingClientRect();
        if (box.bottom > 0 && box.top < innerHeight) bottom = Math.max(bottom, box.bottom);
      }
      const next = Math.round(bottom);
      const changed = next !== clearTop;
      clearTop = next;
      return changed;
    };

    const setCheck = (status: Status | undefined | null) => {
      const host = entry?.host;
      if (!host) return;
      if (status === null) {
        host.removeAttribute('data-check');
        host.removeAttribute('data-status');
        return;
      }
      host.setAttribute('data-check', state.page?.kind?.id ?? 'portal');
      if (status) host.setAttribute('data-status', status);
      else host.removeAttribute('data-status');
    };

    const toggle = (next: boolean) => {
      collapsed = next;
      openOverPanel = !next && state.panelOpen;
      void saveOverlayCollapsed(next);
      // Reading the command bars' boxes makes the browser lay out the portal page: only when
      // the entry point opens, never for the collapsed button on a page that is loading.
      if (!next) measureClearTop();
      void render();
    };

    /** The collapsed button, drawn without the UI chunk (same markup the overlay draws). */
    const drawPlain = (container: HTMLElement) => {
      const language = state.language();
      const s = entryStrings(language);
      const aside = document.createElement('aside');
      aside.className = `panel collapsed${state.panelOpen ? ' aside' : ''}`;
      aside.lang = language;
      aside.setAttribute('aria-label', s.product);
      const bar = document.createElement('header');
      bar.className = 'bar';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'toggle';
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-controls', 'cmg-body');
      button.title = state.panelOpen ? s.panelOpen : s.expand;
      const logo = document.createElement('span');
      logo.className = 'logo';
      logo.setAttribute('aria-hidden', 'true');
      logo.textContent = '⇄';
      const title = document.createElement('span');
      title.className = 'title';
      title.textContent = s.title;
      const chevron = document.createElement('span');
      chevron.className = 'chevron';
      chevron.setAttribute('aria-hidden', 'true');
      chevron.textContent = '▴';
      button.append(logo, title, chevron);
      button.addEventListener('click', (event) => {
        // Only the partner's own click opens it and is remembered.
        if (event.isTrusted) toggle(false);
      });
      bar.append(button);
      const body = document.createElement('div');
      body.id = 'cmg-body';
      body.className = 'body';
      body.hidden = true;
      aside.append(bar, body);
      container.replaceChildren(aside);
    };

    /** Focuses the toggle, if it is in the page (else the next drawing tries again). */
    const focusToggle = () => {
      const button = entry?.container.querySelector<HTMLElement>('.toggle');
      if (!button?.isConnected) return;
      button.focus();
      focusWanted = false;
    };

    const render = async () => {
      if (!entry?.host.isConnected) return;
      const page = state.page;
      if (!page) return;
      const host = entry.host;
      if (page.kind) host.setAttribute('data-page-kind', page.kind.id);
      else host.removeAttribute('data-page-kind');
      if (shut() && !state.part('entry')) {
        // Drawn by the UI in another language: take that down before drawing the plain button.
        if (drawn === 'ui') state.uiChunk?.unmount(entry.container);
        const drawFor = `${state.language()}|${state.panelOpen}`;
        if (drawn !== 'plain' || plainFor !== drawFor) drawPlain(entry.container);
        drawn = 'plain';
        plainFor = drawFor;
        setCheck(null);
        if (focusWanted) focusToggle();
        return;
      }
      const open = state.part('entry') ?? (await state.loadPart('entry'));
      const ui = state.uiChunk;
      // The language may have changed while loading: its own render follows.
      if (!open || !ui || !entry || open !== state.part('entry')) return;
      const refocus = drawn === 'plain' && entry.host.shadowRoot?.activeElement != null;
      if (drawn === 'plain') entry.container.replaceChildren();
      drawn = 'ui';
      entry.setCss(ui.css);
      open.renderOverlay(entry.container, {
        kind: page.kind,
        pageKey: page.key,
        cloud: page.where.cloud,
        language: state.language(),
        settings: state.settings,
        collapsed: shut(),
        panelOpen: state.panelOpen,
        clearTop,
        onToggle: toggle,
        onOpenOptions: () => void sendMessage({ type: 'open-options' }).catch(() => undefined),
        onCheck: setCheck,
      });
      // The partner pressed the plain button: keep the focus on the toggle that replaced it;
      // or the shortcut asked for it.
      if (refocus || focusWanted) focusToggle();
    };

    /**
     * Where the entry point lives: inside the top-most modal panel while one is open, so that
     * the panel's focus trap counts it in (content/modal-place.ts), drawn in the top layer
     * (`liftToTopLayer`); in `<body>` otherwise.
     */
    const place = () => {
      const host = entry?.host;
      // A panel the portal just removed is still the state's until the next frame looks.
      const modal = state.modalPanel?.isConnected ? state.modalPanel : undefined;
      if (!host || !document.body) return;
      if (modal ? !modal.contains(host) : host.parentElement !== document.body) {
        const { parent, before } = modal
          ? placeInModal(modal)
          : { parent: document.body, before: null };
        moveHost(host, parent, before);
      }
      // Moving it took it out of the top layer: back in, inside a panel.
      if (modal) liftToTopLayer(entry!.container);
    };

    const mount = () => {
      // Drawn once the stored state is read, so it shows at once as the partner left it (open
      // or collapsed), never collapsed first and then open: a click in between would close it.
      if (entry?.host.isConnected || !document.body || !state.page || !state.storedRead) return;
      // Never two: drop any entry point an older copy of the extension left behind.
      for (const stale of document.querySelectorAll(HOST_TAG))
        if (stale !== entry?.host) stale.remove();
      // Gone with a panel it lived in, or dropped by the portal: the same one comes back, with
      // what the partner typed in it.
      if (!entry) {
        entry = createOwnHost(HOST_TAG, state.uiChunk?.css ?? ENTRY_CSS);
        entry.container.setAttribute('popover', 'manual');
        drawn = undefined;
      }
      place();
      void render();
    };

    // Remembered open (this tab or another): open below the portal's command bars at once.
    let remembered = state.collapsed;
    state.on(() => {
      if (state.collapsed !== remembered) {
        remembered = state.collapsed;
        collapsed = remembered;
      }
      // Every panel closed: the next one closes the entry point again.
      if (!state.panelOpen) openOverPanel = false;
      if (!entry?.host.isConnected) return mount();
      place();
      // A new page may have its command bar elsewhere.
      if (!collapsed) measureClearTop();
      void render();
    });
    watch.onFrame(() => {
      // The portal renders its command bar late, or scrolls it: keep the open entry point below.
      if (!collapsed && measureClearTop()) void render();
      if (!entry?.host.isConnected) mount();
    });
    ctx.addEventListener(window, 'resize', () => {
      if (!collapsed && measureClearTop()) void render();
    });
    // At once if the stored state is already known (a later copy of the script); otherwise on
    // its first news above.
    mount();

    // The keyboard shortcut, passed on by the background (lib/messages.ts).
    // The partner may press it the moment a panel closes, before the page watch's frame
    // notices: the entry point, gone with that panel, comes back into the page first, then
    // opens (or closes) with the focus on its toggle.
    const onMessage = (message: unknown) => {
      if (!isMessage(message) || message.type !== 'toggle-guide' || !entry) return;
      if (!entry.host.isConnected) mount();
      focusWanted = true;
      toggle(!shut());
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      if (entry) {
        state.uiChunk?.unmount(entry.container);
        entry.host.remove();
      }
      entry = undefined;
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension is gone, and its listeners with it.
      }
    });
  },
};

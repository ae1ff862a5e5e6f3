import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { OverlayUi } from '../ui/overlay-entry.ts';
import { findLinkHolders, isOwn, linkIn } from './find-invitation.ts';
import { interfaceLanguage, emailLanguage } from './language.ts';
import { isMessage, sendMessage } from './messages.ts';
import { loadOverlayUi } from './ui-loader.ts';
import { watchLifetime } from './lifetime.ts';
import {
  OWN_TAG_PREFIX,
  PORTAL_MARKS,
  pageKindForUrl,
  portalLocation,
  type PageKind,
  type PortalLocation,
} from './page-kinds.ts';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  overlayCollapsedItem,
  watchSettings,
  type Settings,
} from './settings.ts';

/** The entry point's host element (the automation contract: docs/extension.md). */
export const HOST_TAG = OWN_TAG_PREFIX;
/** The host of a link explanation, inserted beside the link it explains. */
export const LINK_HOST_TAG = `${OWN_TAG_PREFIX}-link`;

/** Events that stay inside the extension's elements: the portal's shortcuts never see typing. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'paste', 'copy', 'cut'];
/** What the observer may have missed in a task: fields, links asking for an invitation, dialogs. */
const CATCH_UP = `textarea, input, a[href*="invType" i], a[href*="partnersignup" i], ${PORTAL_MARKS.dialog}`;
/** The portal rewrites a link's text without a DOM mutation (a field's value): look again so often. */
const REREAD_MS = 500;

interface Page {
  where: PortalLocation;
  kind?: PageKind | undefined;
  /** Same key = same page for the user: keep the check and its answers. */
  key: string;
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function pageAt(url: URL | Location): Page | undefined {
  const match = pageKindForUrl(url);
  const where = match?.where ?? portalLocation(url);
  if (!where) return undefined;
  const kind = match?.kind;
  const guid = GUID.exec(where.path)?.[0];
  // One customer's sub-pages (subscriptions, users, …) are one page for the check.
  const key = `${where.cloud}|${kind?.id ?? ''}|${kind?.id === 'customer' && guid ? guid.toLowerCase() : where.path.toLowerCase()}`;
  return { where, kind, key };
}

/** Stops the portal's key handlers from seeing what the partner types in our elements. */
function isolate(host: HTMLElement): void {
  for (const type of ISOLATED_EVENTS) {
    host.addEventListener(type, (event) => {
      // Escape still reaches the portal: it closes its panel, as the partner expects.
      if ((event as KeyboardEvent).key !== 'Escape') event.stopPropagation();
    });
  }
}

/**
 * Where a link's explanation goes: right after the field or text that shows it, outside the
 * field's own wrappers (elements that hold nothing else), so it sits below the text box,
 * inside the same panel, and never over the portal's controls.
 */
function besideOf(holder: Element): Element {
  let target = holder;
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

/**
 * Runs the extension on a Partner Center tab for the lifetime of the content script:
 * - the entry point (one collapsed button on every portal page; open, it shows the
 *   multichannel check and a paste-a-link checker), which moves aside while a panel is open;
 * - an explanation beside every invitation link the page shows, found by content in the nodes
 *   each mutation adds (one look per frame, never a whole-document scan per mutation);
 * - soft navigation, re-renders, the keyboard shortcut and the extension's own reload.
 */
export function startOverlay(ctx: ContentScriptContext): void {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let collapsed = true;
  let page = pageAt(location);
  let ui: OverlayUi | undefined;

  const ready = Promise.all([
    loadSettings(),
    overlayCollapsedItem.getValue(),
    loadOverlayUi(),
  ]).then(([s, c, loaded]) => {
    settings = s;
    collapsed = c;
    ui = loaded;
  });

  const language = () =>
    interfaceLanguage({
      choice: settings.uiLanguage,
      urlLocale: page?.where.locale,
      htmlLang: document.documentElement.lang,
      browserLanguages: navigator.languages,
    });

  // ── The entry point ────────────────────────────────────────────────────────────────────
  let entry: ShadowRootContentScriptUi<undefined> | undefined;
  let mounting = false;
  let panelOpen = false;
  /** How far from the top the open entry point must stay: below the portal's command bars. */
  let clearTop = 0;
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

  const renderEntry = () => {
    if (!ui || !entry?.shadowHost.isConnected || !page) return;
    const host = entry.shadowHost;
    if (page.kind) host.setAttribute('data-page-kind', page.kind.id);
    else host.removeAttribute('data-page-kind');
    ui.renderOverlay(entry.uiContainer, {
      kind: page.kind,
      pageKey: page.key,
      cloud: page.where.cloud,
      language: language(),
      settings,
      collapsed,
      panelOpen,
      clearTop,
      pageLink: [...helps.values()][0]?.link,
      onToggle: (next: boolean) => {
        collapsed = next;
        void overlayCollapsedItem.setValue(next);
        measureClearTop();
        renderEntry();
      },
      onOpenOptions: () => void sendMessage({ type: 'open-options' }).catch(() => undefined),
      onCheck: (status) => {
        if (status === null) {
          host.removeAttribute('data-check');
          host.removeAttribute('data-status');
          return;
        }
        host.setAttribute('data-check', page?.kind?.id ?? 'portal');
        if (status) host.setAttribute('data-status', status);
        else host.removeAttribute('data-status');
      },
    });
  };

  const mountEntry = async () => {
    if (mounting || entry?.shadowHost.isConnected || !document.body) return;
    mounting = true;
    try {
      await ready;
    } catch (error) {
      mounting = false;
      console.error('CSP Multichannel Guide: the overlay could not load.', error);
      return;
    }
    entry?.remove();
    // Never two: drop any entry point an older copy of the extension left behind.
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    const loaded = ui!;
    const next = await createShadowRootUi<undefined>(ctx, {
      name: HOST_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: loaded.css,
      isolateEvents: ISOLATED_EVENTS,
      onMount: () => undefined,
      onRemove: () => loaded.unmountOverlay(next.uiContainer),
    });
    mounting = false;
    if (ctx.signal.aborted) return;
    for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
    next.mount();
    entry = next;
    renderEntry();
  };

  // ── Link explanations, beside the links ─────────────────────────────────────────────────
  interface LinkHelp {
    host: HTMLElement;
    container: HTMLElement;
    link: string;
  }
  const helps = new Map<Element, LinkHelp>();

  const renderHelp = (holder: Element, help: LinkHelp) => {
    if (!ui || !page) return;
    const host = help.host;
    for (const name of ['data-link-kind', 'data-link-cloud', 'data-dap', 'data-link-error'])
      host.removeAttribute(name);
    for (const [name, value] of Object.entries(ui.linkAttributes(help.link)))
      host.setAttribute(name, value);
    const lng = language();
    ui.renderLinkHelp(help.container, {
      link: help.link,
      language: lng,
      role: settings.role,
      emailLanguage: emailLanguage(settings.emailLanguage, lng),
      inDialog: Boolean(holder.closest(PORTAL_MARKS.dialog)),
    });
  };

  const dropHelp = (holder: Element) => {
    const help = helps.get(holder);
    if (!help) return;
    ui?.unmountOverlay(help.container);
    help.host.remove();
    helps.delete(holder);
    renderEntry();
  };

  const explain = (holder: Element) => {
    const link = linkIn(holder);
    const help = helps.get(holder);
    if (!link) return dropHelp(holder);
    if (help) {
      // The portal may move the field, or a re-render may leave our host behind: follow it.
      const place = besideOf(holder);
      if (place.nextElementSibling !== help.host) place.after(help.host);
      if (help.link !== link) {
        help.link = link;
        renderHelp(holder, help);
        renderEntry();
      }
      return;
    }
    const host = document.createElement(LINK_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ui?.css ?? '';
    const container = document.createElement('div');
    shadow.append(style, container);
    isolate(host);
    besideOf(holder).after(host);
    const created = { host, container, link };
    helps.set(holder, created);
    renderHelp(holder, created);
    renderEntry();
  };

  const rereadHelps = () => {
    for (const [holder, help] of helps) {
      if (!holder.isConnected) dropHelp(holder);
      else if (!help.host.isConnected || linkIn(holder) !== help.link) explain(holder);
    }
  };

  // ── Open panels and dialogs ────────────────────────────────────────────────────────────
  const dialogs = new Set<Element>();
  const updatePanelOpen = () => {
    for (const dialog of dialogs) {
      if (!dialog.isConnected || dialog.getClientRects().length === 0) dialogs.delete(dialog);
    }
    const open = dialogs.size > 0;
    if (open !== panelOpen) {
      panelOpen = open;
      renderEntry();
    }
  };

  // ── One observer for everything: records only, one look per frame ─────────────────────
  let pending: Node[] = [document.documentElement];
  let scheduled = 0;
  let href = '';

  const onLocation = () => {
    if (location.href === href) return;
    href = location.href;
    const next = pageAt(location);
    const changed = next?.key !== page?.key;
    page = next;
    if (changed || next) renderEntry();
  };

  const flush = () => {
    scheduled = 0;
    if (!lifetime.check()) return;
    onLocation();
    const nodes = pending;
    pending = [];
    if (catchUp) {
      catchUp = false;
      for (const element of document.querySelectorAll(CATCH_UP)) {
        if (helps.has(element)) continue;
        // A dialog's text once (it is small); fields and links every time (cheap to read).
        if (element.matches(PORTAL_MARKS.dialog)) {
          if (!dialogs.has(element)) nodes.push(element);
        } else nodes.push(element);
      }
    }
    const holders = new Set<Element>();
    for (const node of nodes) {
      if (!node.isConnected) continue;
      findLinkHolders(node, holders);
      if (node.nodeType === 1 && !isOwn(node as Element)) {
        const element = node as Element;
        if (element.matches(PORTAL_MARKS.dialog)) dialogs.add(element);
        for (const dialog of element.querySelectorAll(PORTAL_MARKS.dialog)) dialogs.add(dialog);
      }
    }
    if (ui) {
      for (const holder of holders) explain(holder);
      rereadHelps();
    } else if (holders.size > 0) {
      // Not loaded yet: look at these nodes again once the UI is there.
      pending.push(...holders);
      void ready.then(schedule);
    }
    updatePanelOpen();
    // The portal renders its command bar late, or scrolls it: keep the open entry point below.
    if (!collapsed && nodes.length && measureClearTop()) renderEntry();
    if (!entry?.shadowHost.isConnected) void mountEntry();
  };

  const schedule = () => {
    if (scheduled || ctx.signal.aborted) return;
    // A frame, or a short timeout where frames do not run (a tab in the background).
    const frame = requestAnimationFrame(() => {
      clearTimeout(timeout);
      flush();
    });
    const timeout = window.setTimeout(() => {
      cancelAnimationFrame(frame);
      flush();
    }, 100);
    scheduled = frame;
  };

  // The portal may change the DOM thousands of times in one task (a list filling up): the
  // observer takes the first batch of a task, then stops until the next task, where it
  // observes again and catches up on what it missed with one selector query (fields, links
  // that ask for an invitation, dialogs), not a text scan. One callback per task, never one
  // per mutation: this keeps the cost per 1,000 mutations within the bench's budget.
  let catchUp = false;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.push(record.target);
      else for (const node of record.addedNodes) pending.push(node);
    }
    observer.disconnect();
    ctx.setTimeout(() => {
      observeDocument();
      catchUp = true;
      schedule();
    }, 0);
    if (!scheduled) schedule();
  });
  const observeDocument = () =>
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  // Layers (Fluent's panels and dialogs) are appended to <body>: a second observer of <body>'s
  // own children never misses one, even in the window above. It fires only when <body>'s
  // children change, so it costs nothing on a list that fills up.
  const layers = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) pending.push(node);
    schedule();
  });
  const lifetime = watchLifetime(ctx);
  observeDocument();
  if (document.body) layers.observe(document.body, { childList: true });
  // Follow the portal's language when it changes <html lang>.
  const lang = new MutationObserver(() => {
    renderEntry();
    for (const [holder, help] of helps) renderHelp(holder, help);
  });
  lang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

  // The portal rewrites fields from its scripts (no mutation): look again after the
  // partner's input in the page, and every half second while an explanation is shown.
  const soon = () => {
    if (helps.size) schedule();
  };
  for (const type of ['input', 'change', 'click', 'keyup'])
    ctx.addEventListener(document, type as 'input', soon, { capture: true });
  ctx.setInterval(soon, REREAD_MS);
  ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
  ctx.addEventListener(window, 'resize', () => {
    if (!collapsed && measureClearTop()) renderEntry();
  });

  const onMessage = (message: unknown) => {
    if (!isMessage(message) || message.type !== 'toggle-guide' || !entry) return;
    collapsed = !collapsed;
    void overlayCollapsedItem.setValue(collapsed);
    renderEntry();
    entry.uiContainer.querySelector<HTMLElement>('.toggle')?.focus();
  };
  browser.runtime.onMessage.addListener(onMessage);

  const unwatchSettings = watchSettings((next) => {
    settings = next;
    renderEntry();
    for (const [holder, help] of helps) renderHelp(holder, help);
  });
  const unwatchCollapsed = overlayCollapsedItem.watch((next) => {
    collapsed = next;
    renderEntry();
  });
  ctx.onInvalidated(() => {
    // The page first: in an orphaned script the extension APIs below may throw.
    observer.disconnect();
    layers.disconnect();
    lang.disconnect();
    entry?.remove();
    entry = undefined;
    for (const holder of [...helps.keys()]) dropHelp(holder);
    try {
      browser.runtime.onMessage.removeListener(onMessage);
      unwatchSettings();
      unwatchCollapsed();
    } catch {
      // The extension is gone, and its listeners with it.
    }
  });
  schedule();
}

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  createShadowRootUi,
  type ShadowRootContentScriptUi,
} from 'wxt/utils/content-script-ui/shadow-root';
import type { OverlayUi } from '../ui/overlay-entry.ts';
import { OVERLAY_CSS } from '../ui/styles.ts';
import { interfaceLanguage } from './language.ts';
import { sendMessage } from './messages.ts';
import { loadOverlayUi } from './ui-loader.ts';
import { onAddressChange } from './dom-change.ts';
import { watchLifetime } from './lifetime.ts';
import { findAnchor, pageKindForUrl, type PageKind, type PortalLocation } from './page-kinds.ts';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  overlayCollapsedItem,
  watchSettings,
  type Settings,
} from './settings.ts';

/** The overlay's host element; also the guard that no second overlay is ever mounted. */
export const HOST_TAG = 'csp-multichannel-guide';

interface Page {
  kind: PageKind;
  where: PortalLocation;
  /** Same key = same page for the user: keep the overlay and its answers. */
  key: string;
}

function pageAt(url: URL | Location): Page | undefined {
  const match = pageKindForUrl(url);
  if (!match) return undefined;
  const guid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(
    match.where.path,
  )?.[0];
  // One customer's sub-pages (subscriptions, users, …) are one page for the check.
  const key = `${match.where.cloud}|${match.kind.id}|${match.kind.id === 'customer' && guid ? guid.toLowerCase() : match.where.path.toLowerCase()}`;
  return { ...match, key };
}

/**
 * Runs the overlay for the lifetime of a content script: on every soft navigation it looks
 * at the URL first (no DOM work on other pages), waits for the page kind's anchor, mounts one
 * overlay, and tears it down when the user leaves the page or the extension is reloaded.
 */
export function startOverlay(ctx: ContentScriptContext): void {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let collapsed = false;
  let session: Session | undefined;

  const ready = Promise.all([loadSettings(), overlayCollapsedItem.getValue()]).then(([s, c]) => {
    settings = s;
    collapsed = c;
  });

  const languageNow = (page: Page) =>
    interfaceLanguage({
      choice: settings.uiLanguage,
      urlLocale: page.where.locale,
      htmlLang: document.documentElement.lang,
      browserLanguages: navigator.languages,
    });

  class Session {
    page: Page;
    private readonly guard: MutationObserver;
    private ui: ShadowRootContentScriptUi<undefined> | undefined;
    private mounting = false;
    private overlay: OverlayUi | undefined;
    private stopped = false;
    private readonly observers: MutationObserver[] = [];

    constructor(page: Page) {
      this.page = page;
      // Start loading the UI now, while the portal is still rendering the page.
      loadOverlayUi().catch(() => undefined);
      if (!this.tryMount()) {
        // Wait for the portal to render the anchor: one querySelector per batch of mutations.
        const waiting = new MutationObserver(() => {
          if (this.tryMount()) waiting.disconnect();
        });
        waiting.observe(document.documentElement, { childList: true, subtree: true });
        this.observers.push(waiting);
      }
      // The portal may replace <body> or drop our host while re-rendering: mount again.
      const guard = (this.guard = new MutationObserver(() => {
        if (!lifetime.check()) return;
        if (this.ui && !this.ui.shadowHost.isConnected && !this.mounting) {
          this.ui.remove();
          this.ui = undefined;
          this.tryMount();
        }
      }));
      guard.observe(document.documentElement, { childList: true });
      if (document.body) guard.observe(document.body, { childList: true });
      // Follow the portal's language when it changes <html lang>.
      const lang = new MutationObserver(() => this.update());
      lang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
      this.observers.push(guard, lang);
    }

    private tryMount(): boolean {
      if (this.stopped || this.ui || this.mounting) return Boolean(this.ui || this.mounting);
      if (!findAnchor(this.page.kind, document)) return false;
      this.mounting = true;
      void this.mount();
      return true;
    }

    private async mount(): Promise<void> {
      // Never two overlays: drop any left by an older copy of the extension.
      for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
      let overlay: OverlayUi;
      try {
        [overlay] = await Promise.all([loadOverlayUi(), ready]);
      } catch (error) {
        this.mounting = false;
        console.error('CSP Multichannel Guide: the overlay could not load.', error);
        return;
      }
      this.overlay = overlay;
      const ui = await createShadowRootUi<undefined>(ctx, {
        name: HOST_TAG,
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: OVERLAY_CSS,
        isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'paste', 'copy', 'cut'],
        onMount: (container) => {
          this.renderInto(container);
          return undefined;
        },
        onRemove: () => overlay.unmountOverlay(ui.uiContainer),
      });
      this.mounting = false;
      if (this.stopped) {
        ui.remove();
        return;
      }
      for (const stale of document.querySelectorAll(HOST_TAG)) stale.remove();
      ui.mount();
      ui.shadowHost.setAttribute('data-page-kind', this.page.kind.id);
      this.ui = ui;
      if (document.body) this.guard.observe(document.body, { childList: true });
    }

    private renderInto(container: HTMLElement): void {
      this.overlay?.renderOverlay(container, {
        kind: this.page.kind,
        cloud: this.page.where.cloud,
        language: languageNow(this.page),
        settings,
        collapsed,
        onToggle: (next: boolean) => {
          collapsed = next;
          void overlayCollapsedItem.setValue(next);
          session?.update();
        },
        onOpenOptions: () => void sendMessage({ type: 'open-options' }).catch(() => undefined),
      });
    }

    /** Re-renders with the current language, settings and collapsed state. */
    update(): void {
      if (this.ui?.shadowHost.isConnected) this.renderInto(this.ui.uiContainer);
    }

    stop(): void {
      this.stopped = true;
      for (const observer of this.observers) observer.disconnect();
      this.ui?.remove();
      this.ui = undefined;
    }
  }

  /** The address the overlay last followed. */
  let href = '';
  // WXT reports soft navigations from the Navigation API's `navigate` event, which fires
  // before `location` changes: use the event's new URL.
  const onLocation = (event?: Event) => {
    if (!lifetime.check()) return;
    const next = (event as (Event & { newUrl?: URL }) | undefined)?.newUrl;
    if ((next ?? location).href === href) return;
    href = (next ?? location).href;
    const page = pageAt(next ?? location);
    if (session && page && session.page.key === page.key) {
      session.page = page;
      session.update();
      return;
    }
    session?.stop();
    session = page ? new Session(page) : undefined;
  };

  const lifetime = watchLifetime(ctx);
  ctx.addEventListener(window, 'wxt:locationchange', onLocation);
  // One observer for the content script's lifetime (lib/dom-change.ts): has the address
  // changed? Firefox has no Navigation API, and WXT polls only once a second there. It looks
  // at most once per task: after a batch it stops observing until the next task, then looks
  // once more and observes again. A burst of mutations in one task costs one look.
  const lookAtAddress = onAddressChange(() => location.href, onLocation);
  const dom = new MutationObserver(() => {
    lookAtAddress();
    dom.disconnect();
    setTimeout(() => {
      if (ctx.signal.aborted) return;
      lookAtAddress();
      observeDom();
    }, 0);
  });
  const observeDom = () =>
    dom.observe(document.documentElement, { childList: true, subtree: true });
  observeDom();
  const unwatchSettings = watchSettings((next) => {
    settings = next;
    session?.update();
  });
  const unwatchCollapsed = overlayCollapsedItem.watch((next) => {
    collapsed = next;
    session?.update();
  });
  ctx.onInvalidated(() => {
    // The page first: in an orphaned script the extension APIs below may throw.
    dom.disconnect();
    session?.stop();
    session = undefined;
    try {
      unwatchSettings();
      unwatchCollapsed();
    } catch {
      // The extension is gone, and its listeners with it.
    }
  });
  onLocation();
}

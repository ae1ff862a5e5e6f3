import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Language } from '../../core/index.ts';
import { interfaceLanguage } from '../lib/language.ts';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from '../lib/settings-schema.ts';
import type { OverlayPart } from '../lib/overlay-parts.ts';
import { loadOverlayPart } from '../lib/ui-loader.ts';
import type { OverlayUi } from '../ui/overlay-entry.ts';
import type { OverlayParts } from '../ui/part-loader.ts';
import { watchPartnerOpened } from './partner-opened.ts';
import { pageAt, type PortalPage } from './portal-page.ts';
import { watchStoredState } from './stored-state.ts';

export type StateChange = 'page' | 'settings' | 'language' | 'panel' | 'ui';

/**
 * What the features share: the page, the settings in force (and which the organization
 * manages), whether a portal panel is open, the interface language, and the overlay's parts
 * once loaded with that language's strings (lib/overlay-parts.ts). A part loads only when a
 * feature needs it (`loadPart`): the open entry point when the partner opens it, a link's
 * explanation when a portal panel shows a link; another language's strings load when the
 * language changes.
 */
export interface ContentState {
  readonly page: PortalPage | undefined;
  readonly settings: Settings;
  /**
   * Whether the stored settings were read: until then `settings` are the defaults, and nothing
   * that depends on the partner's own IDs (whose link it is, the IDs offer) is drawn.
   */
  readonly storedRead: boolean;
  readonly managed: ReadonlySet<SettingKey>;
  readonly panelOpen: boolean;
  /** Notes the portal panels and dialogs seen in this frame (content/partner-opened.ts). */
  seePanels(panels: readonly Element[]): void;
  /** Whether the partner opened this panel: first seen after the partner's own click or key. */
  openedByPartner(panel: Element): boolean;
  /** Whether the offer to save the IDs of the portal's own link was answered (it is made once). */
  readonly offerAnswered: boolean;
  /** Whether the entry point is collapsed, as remembered (this tab or another). */
  readonly collapsed: boolean;
  /** A part of the overlay, once loaded and able to speak the current language; else undefined. */
  part<P extends OverlayPart>(part: P): OverlayParts[P] | undefined;
  /** The UI chunk once loaded, whatever it speaks (its styles; to unmount what a part drew). */
  readonly uiChunk: OverlayUi | undefined;
  language(): Language;
  /** Loads a part with the current language's strings (undefined if it could not load). */
  loadPart<P extends OverlayPart>(part: P): Promise<OverlayParts[P] | undefined>;
  updatePage(): void;
  /**
   * The top-most open modal panel (`PORTAL_MARKS.modalPanel`), whose focus trap the entry
   * point must be inside to be usable; undefined while none is open.
   */
  readonly modalPanel: Element | undefined;
  setPanelOpen(open: boolean, modalPanel?: Element): void;
  on(listener: (change: StateChange) => void): void;
}

export function createContentState(ctx: ContentScriptContext): ContentState {
  const listeners: ((change: StateChange) => void)[] = [];
  // The interface language, worked out once per change of what it depends on.
  let interfaceLanguageNow: Language | undefined;
  const emit = (change: StateChange) => {
    if (change !== 'panel' && change !== 'ui') interfaceLanguageNow = undefined;
    if (!ctx.signal.aborted) for (const listener of listeners) listener(change);
  };
  let page = pageAt(location);
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let managed: ReadonlySet<SettingKey> = new Set();
  let panelOpen = false;
  // Until read: answered, so nothing appears and then moves the help's controls.
  let offerAnswered = true;
  let ui: OverlayUi | undefined;
  let storedRead = false;
  let modalPanel: Element | undefined;

  let collapsed = true;
  const partnerOpened = watchPartnerOpened(ctx);

  // Everything stored, in one read and one listener (settings, policy, the partner's answers).
  const unwatch = watchStoredState((stored) => {
    ({ settings, managed, offerAnswered, collapsed } = stored);
    storedRead = true;
    emit('settings');
  });
  // Follow the portal's language when it changes <html lang>.
  const lang = new MutationObserver(() => emit('language'));
  lang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  ctx.onInvalidated(() => {
    lang.disconnect();
    try {
      unwatch();
    } catch {
      // The extension is gone, and its listeners with it.
    }
  });

  const language = () =>
    (interfaceLanguageNow ??= interfaceLanguage({
      choice: settings.uiLanguage,
      urlLocale: page?.where.locale,
      htmlLang: document.documentElement.lang,
      // Read only when neither the choice nor the page names a language.
      get browserLanguages() {
        return navigator.languages;
      },
    }));

  return {
    get page() {
      return page;
    },
    get settings() {
      return settings;
    },
    get storedRead() {
      return storedRead;
    },
    get managed() {
      return managed;
    },
    get panelOpen() {
      return panelOpen;
    },
    seePanels: (panels) => partnerOpened.see(panels),
    openedByPartner: (panel) => partnerOpened.has(panel),
    get offerAnswered() {
      return offerAnswered;
    },
    get collapsed() {
      return collapsed;
    },
    part: (name) => ui?.loadedPart(name, language()),
    get uiChunk() {
      return ui;
    },
    language,
    async loadPart(name) {
      const wanted = language();
      const ready = ui?.loadedPart(name, wanted);
      if (ready) return ready;
      try {
        const loaded = await loadOverlayPart(name, wanted);
        ui = loaded.ui;
        emit('ui');
        return loaded.part;
      } catch (error) {
        console.error('CSP Multichannel Guide: the overlay could not load.', error);
        return undefined;
      }
    },
    updatePage() {
      const next = pageAt(location);
      const changed = next?.key !== page?.key || next?.kind?.id !== page?.kind?.id;
      page = next;
      if (changed || next) emit('page');
    },
    get modalPanel() {
      return modalPanel;
    },
    setPanelOpen(open, modal) {
      if (open === panelOpen && modal === modalPanel) return;
      panelOpen = open;
      modalPanel = modal;
      emit('panel');
    },
    on: (listener) => void listeners.push(listener),
  };
}

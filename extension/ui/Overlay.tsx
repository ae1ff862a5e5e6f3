import { useEffect } from 'preact/hooks';
import type { Cloud, Language, Status } from '../../core/index.ts';
import { ownAction } from '../../ui/own-input.ts';
import { translator } from '../lib/i18n.ts';
import { emailLanguage } from '../lib/language.ts';
import { roleOnPage, type PageKind } from '../lib/page-kinds.ts';
import type { Settings } from '../lib/settings.ts';
import { Check } from './Check.tsx';
import { InvitationHelper } from './InvitationHelper.tsx';
import { LinkChecker } from './LinkChecker.tsx';

export interface OverlayProps {
  /** The kind of portal page, when it is one the extension knows. */
  kind: PageKind | undefined;
  /** Same key = same page for the partner: the check keeps its answers. */
  pageKey: string;
  cloud: Cloud;
  language: Language;
  settings: Settings;
  /** Closed: by the partner, or by a portal panel that opened (entry-point.ts). */
  collapsed: boolean;
  /** A portal panel or dialog is open: stay aside, out of its way. */
  panelOpen: boolean;
  /** Pixels from the top the open entry point must stay below (the portal's command bars). */
  clearTop: number;
  /** The partner opened or closed the entry point (their own click or key only). */
  onToggle: (collapsed: boolean) => void;
  onOpenOptions: () => void;
  /** The check's state for the host's attributes: null = not shown, undefined = no verdict yet. */
  onCheck: (status: Status | undefined | null) => void;
}

/**
 * The entry point on every Partner Center page: a small button that opens the multichannel
 * check (with the cloud from the page, and the role the page implies or else the options':
 * `roleOnPage`) and a paste-a-link checker. One role for the whole panel: on the indirect
 * resellers pages the provider's check, and its reseller link builder.
 */
export function Overlay({
  kind,
  pageKey,
  cloud,
  language,
  settings,
  collapsed,
  panelOpen,
  clearTop,
  onToggle,
  onOpenOptions,
  onCheck,
}: OverlayProps) {
  const t = translator(language);
  // Shown or not: the check itself tells its verdict (onVerdict below).
  useEffect(() => {
    if (collapsed) onCheck(null);
  }, [collapsed]);
  const role = roleOnPage(kind, settings.role);
  const own = { tenantId: settings.tenantId, partnerId: settings.partnerId, role: role.value };

  return (
    <aside
      class={`panel ${collapsed ? 'collapsed' : ''} ${panelOpen ? 'aside' : ''}`}
      lang={language}
      aria-label={t('common:product.name')}
      data-kind={kind?.id}
      style={collapsed ? undefined : { maxHeight: `max(160px, calc(100vh - ${clearTop + 24}px))` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !collapsed && event.isTrusted) {
          // Closing the entry point is all this Escape does: the portal's panel it may live in
          // (content/modal-place.ts) stays open.
          event.stopPropagation();
          onToggle(true);
          (event.currentTarget.querySelector('.toggle') as HTMLElement | null)?.focus();
        }
      }}
    >
      <header class="bar">
        <button
          type="button"
          class="toggle"
          aria-expanded={!collapsed}
          aria-controls="cmg-body"
          title={
            collapsed && panelOpen
              ? t('extension:entry.panelOpen')
              : t(collapsed ? 'extension:overlay.expand' : 'extension:overlay.collapse')
          }
          // Only the partner's own click changes the remembered state.
          onClick={ownAction(() => onToggle(!collapsed))}
        >
          <span class="logo" aria-hidden="true">
            ⇄
          </span>
          <span class="title">{t('extension:title')}</span>
          <span class="chevron" aria-hidden="true">
            {collapsed ? '▴' : '▾'}
          </span>
        </button>
        {!collapsed && (
          <button
            type="button"
            class="icon-button"
            onClick={ownAction(() => onOpenOptions())}
            title={t('extension:overlay.options')}
          >
            <span aria-hidden="true">⚙</span>
            <span class="visually-hidden">{t('extension:overlay.options')}</span>
          </button>
        )}
      </header>
      <div id="cmg-body" class="body" hidden={collapsed}>
        {!collapsed && (
          <>
            <div class="check-section">
              <p class="intro">
                {kind?.oneCustomer ? t('extension:check.intro') : t('extension:entry.intro')}
              </p>
              <Check
                key={pageKey}
                t={t}
                language={language}
                idPrefix="cmg-check"
                known={{
                  cloud: { value: cloud, from: 'page' },
                  role,
                }}
                ask={['origin', 'service']}
                onOpenOptions={onOpenOptions}
                onVerdict={(status) => onCheck(status)}
              />
            </div>
            {/* The reseller's help wherever the role is the reseller's; the provider's link
                builder on the pages that are the provider's. */}
            {role.value === 'indirect-reseller' || kind?.impliesRole === 'indirect-provider' ? (
              <InvitationHelper
                t={t}
                cloud={cloud}
                language={language}
                role={role.value}
                emailLanguage={emailLanguage(settings.emailLanguage, language)}
                own={own}
              />
            ) : null}
            {role.value !== 'indirect-reseller' && (
              <LinkChecker
                t={t}
                language={language}
                emailLanguage={emailLanguage(settings.emailLanguage, language)}
                idPrefix="cmg-link"
                own={own}
              />
            )}
            {kind && !kind.confirmed && (
              <p class="footnote">{t('extension:overlay.unconfirmedPage')}</p>
            )}
          </>
        )}
      </div>
    </aside>
  );
}

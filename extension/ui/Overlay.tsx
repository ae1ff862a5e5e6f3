import { useEffect, useState } from 'preact/hooks';
import type { Cloud, Language } from '../../core/index.ts';
import { findInvitationText } from '../lib/find-invitation.ts';
import { translator } from '../lib/i18n.ts';
import { emailLanguage } from '../lib/language.ts';
import type { PageKind } from '../lib/page-kinds.ts';
import type { Settings } from '../lib/settings.ts';
import { Check } from './Check.tsx';
import { InvitationHelper } from './InvitationHelper.tsx';

export interface OverlayProps {
  kind: PageKind;
  cloud: Cloud;
  language: Language;
  settings: Settings;
  collapsed: boolean;
  onToggle: (collapsed: boolean) => void;
  onOpenOptions: () => void;
}

/** The panel on Partner Center pages: a header that collapses it, and the page's helper. */
export function Overlay({
  kind,
  cloud,
  language,
  settings,
  collapsed,
  onToggle,
  onOpenOptions,
}: OverlayProps) {
  const t = translator(language);
  return (
    <aside
      class={`panel ${collapsed ? 'collapsed' : ''}`}
      lang={language}
      aria-label={t('common:product.name')}
      data-kind={kind.id}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !collapsed) {
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
          title={t(collapsed ? 'extension:overlay.expand' : 'extension:overlay.collapse')}
          onClick={() => onToggle(!collapsed)}
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
            onClick={onOpenOptions}
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
            {kind.feature === 'eligibility' ? (
              <>
                <p class="intro">{t('extension:check.intro')}</p>
                <Check
                  t={t}
                  language={language}
                  idPrefix="cmg-check"
                  known={{
                    cloud: { value: cloud, from: 'page' },
                    role: { value: settings.role, from: 'options' },
                  }}
                  ask={['origin', 'service']}
                  onOpenOptions={onOpenOptions}
                />
              </>
            ) : (
              <PageInvitation kind={kind} cloud={cloud} settings={settings} language={language} />
            )}
            {!kind.confirmed && <p class="footnote">{t('extension:overlay.unconfirmedPage')}</p>}
          </>
        )}
      </div>
    </aside>
  );
}

/** Follows the invitation link the page shows: it changes when the partner ticks DAP, etc. */
function PageInvitation({
  kind,
  cloud,
  settings,
  language,
}: {
  kind: PageKind;
  cloud: Cloud;
  settings: Settings;
  language: Language;
}) {
  const t = translator(language);
  const [pageText, setPageText] = useState<string | undefined>(() => findInvitationText(document));
  useEffect(() => {
    const read = () => setPageText(findInvitationText(document));
    // Fields changed by the portal's scripts fire no event: look again every second, and at
    // once on input in the page or a change in its main region.
    const timer = window.setInterval(read, 1000);
    document.addEventListener('input', read, true);
    document.addEventListener('change', read, true);
    const main = document.querySelector('main');
    const observer = new MutationObserver(read);
    if (main)
      observer.observe(main, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['value', 'href'],
      });
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('input', read, true);
      document.removeEventListener('change', read, true);
      observer.disconnect();
    };
  }, []);
  return (
    <InvitationHelper
      t={t}
      cloud={cloud}
      language={language}
      // The indirect resellers pages exist only for indirect providers: the page says the role.
      role={
        kind.id === 'customer' ||
        kind.id === 'customer-list' ||
        kind.id === 'request-relationship-direct'
          ? settings.role
          : 'indirect-provider'
      }
      pageText={pageText}
      emailLanguage={emailLanguage(settings.emailLanguage, language)}
      showPageLink={kind.feature === 'invitation'}
    />
  );
}

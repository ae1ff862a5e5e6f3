import { browser } from 'wxt/browser';
import { emailLanguage } from '../../lib/language.ts';
import { Check } from '../../ui/Check.tsx';
import { LinkChecker } from '../../ui/LinkChecker.tsx';
import { mountExtensionPage, useExtensionPage } from '../../ui/extension-page.tsx';

/** The toolbar popup: the same check with all four questions, on any tab. */
function Popup() {
  const page = useExtensionPage((t) => t('common:product.name'));
  if (!page) return null;
  const { settings, language, t } = page;
  return (
    <main class="popup" lang={language}>
      <header class="page-header">
        <h1>
          <span class="logo" aria-hidden="true">
            ⇄
          </span>{' '}
          {t('extension:title')}
        </h1>
        <button
          type="button"
          class="link-button"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('extension:overlay.options')}
        </button>
      </header>
      <p class="intro">{t('extension:popup.intro')}</p>
      <Check
        t={t}
        language={language}
        idPrefix="popup"
        known={{}}
        ask={['cloud', 'origin', 'service', 'role']}
        initial={{ role: settings.role }}
      />
      <LinkChecker
        t={t}
        language={language}
        emailLanguage={emailLanguage(settings.emailLanguage, language)}
        idPrefix="popup-link"
        own={settings}
      />
    </main>
  );
}

mountExtensionPage(<Popup />);

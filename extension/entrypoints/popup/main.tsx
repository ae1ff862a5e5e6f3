import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translator } from '../../lib/i18n.ts';
import { loadSettings, watchSettings, type Settings } from '../../lib/settings.ts';
import { extensionPageLanguage } from '../../lib/ui-language.ts';
import { Check } from '../../ui/Check.tsx';
import { OVERLAY_CSS } from '../../ui/styles.ts';
import { PAGE_CSS } from '../../ui/page-styles.ts';

/** The toolbar popup: the same check with all four questions, on any tab. */
function Popup() {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  const language = extensionPageLanguage(settings);
  const t = translator(language);
  document.documentElement.lang = language;
  document.title = t('common:product.name');
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
    </main>
  );
}

const style = document.createElement('style');
style.textContent = OVERLAY_CSS + PAGE_CSS;
document.head.append(style);
render(<Popup />, document.getElementById('app')!);

import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, ROLES } from '../../../core/index.ts';
import { translator } from '../../lib/i18n.ts';
import {
  loadSettings,
  resetSettings,
  saveSettings,
  watchSettings,
  type Settings,
} from '../../lib/settings.ts';
import { extensionPageLanguage } from '../../lib/ui-language.ts';
import { OVERLAY_CSS } from '../../ui/styles.ts';
import { PAGE_CSS } from '../../ui/page-styles.ts';

/** Options: role, default e-mail language, interface language, reset. Saved on change. */
function Options() {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [status, setStatus] = useState<'' | 'saved' | 'reset'>('');
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  const language = extensionPageLanguage(settings);
  const t = translator(language);
  document.documentElement.lang = language;
  document.title = `${t('extension:options.title')} – ${t('common:product.name')}`;

  const save = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
    setStatus('saved');
  };

  return (
    <main class="options" lang={language}>
      <h1>
        <span class="logo" aria-hidden="true">
          ⇄
        </span>{' '}
        {t('common:product.name')}: {t('extension:options.title')}
      </h1>
      <p class="intro">{t('extension:options.intro')}</p>
      <form onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('extension:options.role')}</legend>
          {ROLES.map((role) => (
            <label class="radio" key={role}>
              <input
                type="radio"
                name="role"
                value={role}
                checked={settings.role === role}
                onChange={() => void save({ role })}
              />
              <span>
                {t(`rules:answer.role.${role}.label`)}
                <span class="hint"> — {t(`rules:answer.role.${role}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div class="field">
          <label for="email-language">{t('extension:options.emailLanguage')}</label>
          <select
            id="email-language"
            value={settings.emailLanguage}
            onChange={(event) =>
              void save({
                emailLanguage: (event.currentTarget as HTMLSelectElement)
                  .value as Settings['emailLanguage'],
              })
            }
          >
            <option value="auto">{t('extension:options.autoEmail')}</option>
            {LANGUAGES.map((lng) => (
              <option value={lng} key={lng}>
                {t(`common:language.${lng}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="ui-language">{t('extension:options.uiLanguage')}</label>
          <select
            id="ui-language"
            value={settings.uiLanguage}
            onChange={(event) =>
              void save({
                uiLanguage: (event.currentTarget as HTMLSelectElement)
                  .value as Settings['uiLanguage'],
              })
            }
          >
            <option value="auto">{t('extension:options.auto')}</option>
            {LANGUAGES.map((lng) => (
              <option value={lng} key={lng}>
                {t(`common:language.${lng}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="actions">
          <button
            type="button"
            onClick={() =>
              void resetSettings().then((s) => {
                setSettings(s);
                setStatus('reset');
              })
            }
          >
            {t('common:action.reset')}
          </button>
        </div>
        <p class="status-line" role="status" aria-live="polite">
          {status === 'saved'
            ? t('extension:options.saved')
            : status === 'reset'
              ? t('extension:options.resetDone')
              : ''}
        </p>
      </form>
    </main>
  );
}

const style = document.createElement('style');
style.textContent = OVERLAY_CSS + PAGE_CSS;
document.head.append(style);
render(<Options />, document.getElementById('app')!);

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LANGUAGES, ROLES, type Language } from '../../../core/index.ts';
import { resetSettings, saveSettings, type Settings } from '../../lib/settings.ts';
import { mountExtensionPage, useExtensionPage } from '../../ui/extension-page.tsx';
import { TOGGLE_COMMAND } from '../../lib/command.ts';
import type { Translate } from '../../lib/i18n.ts';

/** The keyboard shortcut as the browser has it now (the user may have changed it there). */
function Shortcut({ t }: { t: Translate }) {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) =>
        setShortcut(commands.find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? ''),
      );
  }, []);
  if (shortcut === undefined) return null;
  return (
    <section class="shortcut" aria-labelledby="shortcut-label">
      <h2 id="shortcut-label">{t('extension:shortcut.label')}</h2>
      <p>{shortcut ? <kbd data-shortcut>{shortcut}</kbd> : t('extension:shortcut.none')}</p>
      <p class="hint">{t('extension:shortcut.use')}</p>
      <p class="hint">
        {import.meta.env.FIREFOX
          ? t('extension:shortcut.changeFirefox')
          : t('extension:shortcut.changeChromium')}
      </p>
    </section>
  );
}

/** A choice of "automatic" or one of the product's languages. */
function LanguageField(props: {
  id: string;
  label: string;
  autoLabel: string;
  value: 'auto' | Language;
  languageName: (language: Language) => string;
  onChange: (value: 'auto' | Language) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) =>
          props.onChange((event.currentTarget as HTMLSelectElement).value as 'auto' | Language)
        }
      >
        <option value="auto">{props.autoLabel}</option>
        {LANGUAGES.map((lng) => (
          <option value={lng} key={lng}>
            {props.languageName(lng)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Options: role, default e-mail language, interface language, reset. Saved on change. */
function Options() {
  const [status, setStatus] = useState<'' | 'saved' | 'reset'>('');
  const page = useExtensionPage((t) =>
    t('common:punctuation.pageTitle', {
      page: t('extension:options.title'),
      site: t('common:product.name'),
    }),
  );
  if (!page) return null;
  const { settings, setSettings, language, t } = page;

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
        {t('common:punctuation.labelled', {
          label: t('common:product.name'),
          text: t('extension:options.title'),
        })}
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
        <LanguageField
          id="email-language"
          label={t('extension:options.emailLanguage')}
          autoLabel={t('extension:options.autoEmail')}
          value={settings.emailLanguage}
          languageName={(lng) => t(`common:language.${lng}`)}
          onChange={(emailLanguage) => void save({ emailLanguage })}
        />
        <LanguageField
          id="ui-language"
          label={t('extension:options.uiLanguage')}
          autoLabel={t('extension:options.auto')}
          value={settings.uiLanguage}
          languageName={(lng) => t(`common:language.${lng}`)}
          onChange={(uiLanguage) => void save({ uiLanguage })}
        />
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
        <Shortcut t={t} />
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

mountExtensionPage(<Options />);

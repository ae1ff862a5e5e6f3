import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LANGUAGES, ROLES, type Language } from '../../core/index.ts';
import { cleanPartnerId, cleanTenantId, type SettingKey, type Settings } from '../lib/settings.ts';
import { useExtensionPage } from './extension-page.tsx';
import { TOGGLE_COMMAND } from '../lib/command.ts';
import type { Translate } from '../lib/i18n.ts';

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

/** "Set by your organization": beside a setting a policy fixes (it is disabled there). */
function ManagedBadge({ t, id }: { t: Translate; id: string }) {
  return (
    <span class="managed-badge" id={id} data-managed>
      {t('extension:managed.badge')}
    </span>
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
  locked: boolean;
  t: Translate;
}) {
  return (
    <div class="field" data-setting={props.id}>
      <label for={props.id}>{props.label}</label>
      {props.locked && <ManagedBadge t={props.t} id={`${props.id}-managed`} />}
      <select
        id={props.id}
        value={props.value}
        disabled={props.locked}
        aria-describedby={props.locked ? `${props.id}-managed` : undefined}
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

/** One of the partner's own IDs: saved when the partner leaves the field with a valid value. */
function IdField(props: {
  t: Translate;
  id: 'tenantId' | 'partnerId';
  value: string;
  locked: boolean;
  onSave: (value: string) => void;
}) {
  const { t, id } = props;
  const [text, setText] = useState(props.value);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(props.value), [props.value]);
  const clean = id === 'tenantId' ? cleanTenantId : cleanPartnerId;
  const described = [
    `${id}-hint`,
    props.locked ? `${id}-managed` : '',
    invalid ? `${id}-error` : '',
  ].filter(Boolean);
  return (
    <div class="field" data-setting={id}>
      <label for={id}>{t(`extension:ids.${id}`)}</label>
      {props.locked && <ManagedBadge t={t} id={`${id}-managed`} />}
      <p class="hint" id={`${id}-hint`}>
        {t(id === 'tenantId' ? 'extension:ids.tenantIdHint' : 'extension:ids.partnerIdHint')}
      </p>
      {invalid && (
        <p class="hint error" id={`${id}-error`}>
          {t(
            id === 'tenantId' ? 'extension:ids.invalidTenantId' : 'extension:ids.invalidPartnerId',
          )}
        </p>
      )}
      <input
        id={id}
        type="text"
        spellcheck={false}
        autocomplete="off"
        inputMode={id === 'partnerId' ? 'numeric' : 'text'}
        value={text}
        readOnly={props.locked}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={described.join(' ')}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => {
          if (props.locked) return;
          const value = event.currentTarget.value.trim();
          const cleaned = value === '' ? '' : clean(value);
          setInvalid(cleaned === undefined);
          if (cleaned !== undefined) props.onSave(cleaned);
        }}
      />
    </div>
  );
}

/**
 * Options: role, the partner's own IDs, default e-mail language, interface language, reset.
 * Saved on change. An extension page: no page script runs here, so every event is the
 * partner's (the portal's surfaces check `isTrusted` instead). Settings the organization
 * manages are shown with their value, marked and locked.
 */
export function Options() {
  const [status, setStatus] = useState<'' | 'saved' | 'reset'>('');
  const page = useExtensionPage((t) =>
    t('common:punctuation.pageTitle', {
      page: t('extension:options.title'),
      site: t('common:product.name'),
    }),
  );
  if (!page) return null;
  const { settings, managed, language, t } = page;
  const locked = (key: SettingKey) => managed.has(key);

  const save = async (patch: Partial<Settings>) => {
    await page.save(patch);
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
      {managed.size > 0 && (
        <p class="managed-note" data-managed-note>
          {t('extension:managed.note')}
        </p>
      )}
      <form onSubmit={(event) => event.preventDefault()}>
        <fieldset
          data-setting="role"
          disabled={locked('role')}
          aria-describedby={locked('role') ? 'role-managed' : undefined}
        >
          <legend>{t('extension:options.role')}</legend>
          {locked('role') && <ManagedBadge t={t} id="role-managed" />}
          {ROLES.map((role) => (
            <label class="radio" key={role}>
              <input
                type="radio"
                name="role"
                value={role}
                checked={settings.role === role}
                onChange={() => void save({ role })}
              />
              <span class="radio-text">
                <span>{t(`rules:answer.role.${role}.label`)}</span>
                <span class="hint">{t(`rules:answer.role.${role}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset class="ids">
          <legend>{t('extension:ids.legend')}</legend>
          <p class="hint">{t('extension:ids.intro')}</p>
          <IdField
            t={t}
            id="tenantId"
            value={settings.tenantId}
            locked={locked('tenantId')}
            onSave={(tenantId) => void save({ tenantId })}
          />
          <IdField
            t={t}
            id="partnerId"
            value={settings.partnerId}
            locked={locked('partnerId')}
            onSave={(partnerId) => void save({ partnerId })}
          />
        </fieldset>
        <LanguageField
          id="email-language"
          label={t('extension:options.emailLanguage')}
          autoLabel={t('extension:options.autoEmail')}
          value={settings.emailLanguage}
          languageName={(lng) => t(`common:language.${lng}`)}
          onChange={(emailLanguage) => void save({ emailLanguage })}
          locked={locked('emailLanguage')}
          t={t}
        />
        <LanguageField
          id="ui-language"
          label={t('extension:options.uiLanguage')}
          autoLabel={t('extension:options.auto')}
          value={settings.uiLanguage}
          languageName={(lng) => t(`common:language.${lng}`)}
          onChange={(uiLanguage) => void save({ uiLanguage })}
          locked={locked('uiLanguage')}
          t={t}
        />
        <div class="actions">
          <button type="button" onClick={() => void page.reset().then(() => setStatus('reset'))}>
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

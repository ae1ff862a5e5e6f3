import { useEffect, useRef, useState } from 'preact/hooks';
import {
  LANGUAGES,
  checkPartnerName,
  composeInvitationEmail,
  mailtoHref,
  type InvitationLink,
  type Language,
} from '../../core/index.ts';
import type { Translate } from '../lib/i18n.ts';
import { partnerNameItem } from '../lib/settings.ts';
import { copyText } from './copy.ts';

/**
 * The customer e-mail for an invitation link, written by the core in de, en or zh, with Copy
 * and a mailto: link. The partner's name is remembered in this browser only.
 */
export function EmailComposer({
  t,
  link,
  defaultLanguage,
  idPrefix,
}: {
  t: Translate;
  link: InvitationLink;
  defaultLanguage: Language;
  idPrefix: string;
}) {
  const [name, setName] = useState('');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [copied, setCopied] = useState<'' | 'email' | 'link' | 'failed'>('');
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => setLanguage(defaultLanguage), [defaultLanguage]);
  useEffect(() => {
    let live = true;
    void partnerNameItem.getValue().then((stored) => {
      if (live && stored) setName((current) => current || stored);
    });
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => setCopied(''), [link.url, language, name]);

  const problem = checkPartnerName(name);
  const email = problem ? undefined : composeInvitationEmail(link, name, language);

  const copy = async (what: 'email' | 'link') => {
    const text = what === 'email' && email ? `${email.subject}\n\n${email.body}` : link.url;
    const ok = await copyText(text, root.current ?? document.body);
    setCopied(ok ? what : 'failed');
  };

  return (
    <div class="email" ref={root}>
      <h3>{t('extension:email.title')}</h3>
      <div class="field">
        <label for={`${idPrefix}-name`}>{t('extension:email.partnerName')}</label>
        <input
          id={`${idPrefix}-name`}
          type="text"
          autocomplete="organization"
          value={name}
          aria-invalid={problem !== undefined && name !== ''}
          aria-describedby={problem ? `${idPrefix}-name-problem` : undefined}
          onInput={(event) => {
            const value = (event.currentTarget as HTMLInputElement).value;
            setName(value);
            if (!checkPartnerName(value)) void partnerNameItem.setValue(value.trim());
          }}
        />
        {problem && (
          <p id={`${idPrefix}-name-problem`} class={`hint ${name === '' ? '' : 'error'}`}>
            {t(`extension:email.nameProblem.${problem}`)}
          </p>
        )}
      </div>
      <div class="field">
        <label for={`${idPrefix}-lang`}>{t('extension:email.language')}</label>
        <select
          id={`${idPrefix}-lang`}
          value={language}
          onChange={(event) =>
            setLanguage((event.currentTarget as HTMLSelectElement).value as Language)
          }
        >
          {LANGUAGES.map((lng) => (
            <option value={lng} key={lng}>
              {t(`common:language.${lng}`)}
            </option>
          ))}
        </select>
      </div>
      {email && (
        <>
          <div class="field">
            <label for={`${idPrefix}-subject`}>{t('extension:email.subject')}</label>
            <input
              id={`${idPrefix}-subject`}
              type="text"
              readOnly
              value={email.subject}
              lang={language}
            />
          </div>
          <div class="field">
            <label for={`${idPrefix}-body`}>{t('extension:email.body')}</label>
            <textarea
              id={`${idPrefix}-body`}
              readOnly
              rows={8}
              value={email.body}
              lang={language}
            />
          </div>
        </>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={!email} onClick={() => void copy('email')}>
          {t('extension:email.copyEmail')}
        </button>
        <button type="button" onClick={() => void copy('link')}>
          {t('extension:email.copyLink')}
        </button>
        {email && (
          <a class="button" href={mailtoHref(email)}>
            {t('common:action.sendEmail')}
          </a>
        )}
      </div>
      <p
        class={`status-line ${copied === 'failed' ? 'error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {copied === 'failed'
          ? t('common:action.copyFailed')
          : copied
            ? t('common:action.copied')
            : ''}
      </p>
    </div>
  );
}

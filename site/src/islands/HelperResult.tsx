import { useState } from 'preact/hooks';
import {
  checkPartnerName,
  composeInvitationEmail,
  mailtoHref,
  type InvitationEmail,
  type PartnerNameProblem,
} from '../../../core/invitation-email.ts';
import { INVITATION_HOSTS } from '../../../core/invitation-hosts.ts';
import { parseInvitationLink } from '../../../core/invitation-link.ts';
import type { Language } from '../../../core/languages.ts';
import { fill } from './fill.ts';
import type { HelperStrings } from './types.ts';

interface Props {
  /** What the partner pasted, as it was when they pressed Check. */
  input: string;
  lang: Language;
  id: string;
  Sub: 'h3' | 'h4';
  strings: HelperStrings;
}

/**
 * The invitation helper's result: the link checked with the core parser and explained (or
 * the problem named), then the customer e-mail in the language the partner picks, with Copy
 * and mailto. Loaded on first use (see InvitationHelper.tsx). Nothing leaves the browser;
 * the pasted text is only ever rendered as text.
 */
export default function HelperResult({ input, lang, id, Sub, strings: s }: Props) {
  const result = parseInvitationLink(input);
  const [partnerName, setPartnerName] = useState('');
  const [nameProblem, setNameProblem] = useState<PartnerNameProblem | undefined>();
  const [emailLanguage, setEmailLanguage] = useState<Language>(lang);
  const [email, setEmail] = useState<InvitationEmail | undefined>();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  if (!result.ok) {
    return (
      <div class="message message--problem" data-link-result="problem">
        <Sub>{s.problemTitle}</Sub>
        <p>
          {fill(s.errors[result.error.code] ?? result.error.message, {
            parameter: result.error.parameter ?? '',
          })}
        </p>
      </div>
    );
  }
  const { link } = result;
  const host = new URL(link.url).hostname;
  const confirmed = INVITATION_HOSTS.find((h) => h.host === host)?.confirmed ?? true;

  const compose = (language: Language, name: string) => {
    const problem = checkPartnerName(name);
    setNameProblem(problem);
    setCopyState('idle');
    setEmail(problem ? undefined : composeInvitationEmail(link, name, language));
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  const dap = link.delegatedAdmin === undefined ? 'absent' : link.delegatedAdmin ? 'on' : 'off';

  return (
    <>
      <div class="message message--ok" data-link-result="ok">
        <Sub>{s.resultTitle}</Sub>
        <p>{s.valid}</p>
        <dl class="facts">
          <div>
            <dt>{s.kindLabel}</dt>
            <dd>{s.kind[link.kind]}</dd>
          </div>
          <div>
            <dt>{s.cloudLabel}</dt>
            <dd>{s.cloud[link.cloud]}</dd>
          </div>
          {link.kind !== 'gdap' && (
            <div>
              <dt>{s.dapLabel}</dt>
              <dd>{s.delegatedAdmin[dap]}</dd>
            </div>
          )}
          {(['partnerTenantId', 'resellerTenantId', 'mpnId', 'adminRelationshipId'] as const)
            .filter((field) => link[field] !== undefined)
            .map((field) => (
              <div key={field}>
                <dt>{s.field[field]}</dt>
                <dd>
                  <code>{link[field]}</code>
                </dd>
              </div>
            ))}
        </dl>
        {!confirmed && <p class="notice">{s.unconfirmedHost}</p>}
      </div>
      <form
        class="email-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          compose(emailLanguage, partnerName);
        }}
      >
        <Sub>{s.emailTitle}</Sub>
        <p>{s.emailIntro}</p>
        <div class="field">
          <label for={`${id}-name`}>{s.partnerNameLabel}</label>
          <p class="hint" id={`${id}-name-hint`}>
            {s.partnerNameHint}
          </p>
          {nameProblem && (
            <p class="error" id={`${id}-name-error`}>
              <span class="visually-hidden">{s.errorPrefix} </span>
              {s.partnerNameErrors[nameProblem]}
            </p>
          )}
          <input
            id={`${id}-name`}
            type="text"
            autocomplete="organization"
            aria-describedby={`${id}-name-hint${nameProblem ? ` ${id}-name-error` : ''}`}
            aria-invalid={nameProblem ? 'true' : undefined}
            value={partnerName}
            onInput={(e) => setPartnerName(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-lang`}>{s.emailLanguageLabel}</label>
          <select
            id={`${id}-lang`}
            value={emailLanguage}
            onChange={(e) => {
              const language = e.currentTarget.value as Language;
              setEmailLanguage(language);
              if (email) compose(language, partnerName);
            }}
          >
            {(Object.keys(s.languageNames) as Language[]).map((language) => (
              <option key={language} value={language} lang={language}>
                {s.languageNames[language]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          {s.compose}
        </button>
      </form>
      {email && (
        <div class="email" data-email>
          <div class="field">
            <label for={`${id}-subject`}>{s.subjectLabel}</label>
            <input
              id={`${id}-subject`}
              type="text"
              readOnly
              value={email.subject}
              lang={emailLanguage}
            />
          </div>
          <div class="field">
            <label for={`${id}-body`}>{s.bodyLabel}</label>
            <textarea
              id={`${id}-body`}
              readOnly
              rows={14}
              value={email.body}
              lang={emailLanguage}
            />
          </div>
          <div class="actions">
            <button type="button" class="button" onClick={() => void copy(email.body)}>
              {s.copy}
            </button>
            <a class="button button--secondary" href={mailtoHref(email)}>
              {s.sendEmail}
            </a>
            <span role="status" class="copy-status">
              {copyState === 'copied' ? s.copied : copyState === 'failed' ? s.copyFailed : ''}
            </span>
          </div>
        </div>
      )}
    </>
  );
}

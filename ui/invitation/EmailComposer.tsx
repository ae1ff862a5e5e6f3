import { useEffect, useRef, useState } from 'preact/hooks';
import { checkPartnerName, mailtoHref, type EmailTemplates } from '../../core/invitation-email.ts';
import type { InvitationLink } from '../../core/invitation-link.ts';
import { LANGUAGES, type Language } from '../../core/languages.ts';
import { composeEmail } from '../../locales/email.ts';
import { fillParts } from '../../locales/template.ts';
import { ownAction, ownChoice, ownText } from '../own-input.ts';
import { copyText } from './copy.ts';
import type { EmailComposerStrings } from './strings.ts';

export interface EmailComposerProps {
  /** The invitation or GDAP link the e-mail carries (a parse or build result). */
  link: InvitationLink;
  /** Strings in the partner's language (`invitationStrings(t).email`). */
  strings: EmailComposerStrings;
  /** Language the e-mail starts in; the partner can pick de, en or zh. */
  defaultLanguage: Language;
  /**
   * The guidance site's public address (`SITE_URL`): the e-mail links to the customer's page
   * on accepting there, in the e-mail's language.
   */
  guideBase: string;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** Level of the composer's heading. Default 3. */
  headingLevel?: 2 | 3 | 4;
  /** A company name remembered from before (the extension stores it in the browser). */
  initialName?: string | undefined;
  /**
   * Called with the trimmed name whenever the partner types a valid one (to remember it). Input
   * a page script fakes changes nothing (`ownText`).
   */
  onNameChange?: ((name: string) => void) | undefined;
  /** Marks the composer for automation (`data-email-composer`): which e-mail it writes. */
  purpose?: string | undefined;
}

/**
 * The customer e-mail for an invitation link, written by the core in de, en or zh as the
 * partner types their company name, with Copy e-mail, Copy link and a mailto: link. Shared by
 * the site and the extension; works in a shadow root (copying falls back inside it).
 */
export function EmailComposer({
  link,
  strings: s,
  defaultLanguage,
  guideBase,
  idPrefix,
  headingLevel = 3,
  initialName,
  onNameChange,
  purpose = 'customer',
}: EmailComposerProps) {
  const H = `h${headingLevel}` as 'h3';
  const [name, setName] = useState(initialName ?? '');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  // What the last copy did, and for which e-mail: the status line speaks of it only while the
  // e-mail on screen is still the one copied. Each change of the link, the language or the name
  // is a new e-mail (a new `drawn.generation`, counted as it is drawn), so going back to an
  // earlier name or link does not bring an old "Copied" back. Derived, not cleared by an effect:
  // an effect runs a frame later, and a copy a fast keyboard made in between (Tab and Enter
  // right after typing the name) was wiped by that reset.
  const [copy, setCopy] = useState<{ outcome: 'email' | 'link' | 'failed'; of: number }>();
  const shown = `${link.url}\n${language}\n${name}`;
  const drawn = useRef({ shown, generation: 0 });
  if (drawn.current.shown !== shown)
    drawn.current = { shown, generation: drawn.current.generation + 1 };
  const copied = copy?.of === drawn.current.generation ? copy.outcome : '';
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => setLanguage(defaultLanguage), [defaultLanguage]);
  useEffect(() => {
    if (initialName) setName((current) => current || initialName);
  }, [initialName]);

  // Another language's texts, where the product loads them on demand (`loadTemplates`):
  // null once loading failed; setting it back to undefined loads again.
  const [loaded, setLoaded] = useState<Partial<Record<Language, EmailTemplates | null>>>({});
  const keep = (texts?: EmailTemplates | null) =>
    setLoaded((all) => ({ ...all, [language]: texts }));
  const templates = s.templates[language] ?? loaded[language];
  const load = s.loadTemplates;
  useEffect(() => {
    if (templates === undefined && load) load(language).then(keep, () => keep(null));
  }, [language, templates, load]);
  const loading = templates ? undefined : templates === undefined && load ? 'loading' : 'failed';

  const problem = checkPartnerName(name);
  const email =
    problem || !templates ? undefined : composeEmail(link, name, templates, language, guideBase);
  const shownProblem = problem && name !== '' ? problem : undefined;
  const nameId = `${idPrefix}-name`;

  /** Only the partner's own click copies: a page script's fake click does nothing. */
  const copyNow = async (what: 'email' | 'link') => {
    const of = drawn.current.generation;
    const text = what === 'email' && email ? `${email.subject}\n\n${email.body}` : link.url;
    const ok = await copyText(text, root.current ?? document.body);
    setCopy({ outcome: ok ? what : 'failed', of });
  };

  return (
    <div class="email" ref={root} data-email data-email-composer={purpose}>
      <H>{s.title}</H>
      <p>{s.intro}</p>
      <div class="field">
        <label for={nameId}>{s.partnerName}</label>
        <p class="hint" id={`${nameId}-hint`}>
          {problem === 'empty' ? s.nameProblem.empty : s.partnerNameHint}
        </p>
        {shownProblem && (
          <p class="hint error" id={`${nameId}-problem`} data-name-problem={shownProblem}>
            {fillParts(
              s.prefixed,
              {
                prefix: <span class="visually-hidden">{s.errorPrefix}</span>,
                text: s.nameProblem[shownProblem],
              },
              s.uiLanguage,
            )}
          </p>
        )}
        <input
          id={nameId}
          type="text"
          autocomplete="organization"
          value={name}
          aria-invalid={shownProblem ? 'true' : undefined}
          aria-describedby={`${nameId}-hint${shownProblem ? ` ${nameId}-problem` : ''}`}
          {...ownText(name, (value) => {
            setName(value);
            if (!checkPartnerName(value)) onNameChange?.(value.trim());
          })}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-lang`}>{s.language}</label>
        <select
          id={`${idPrefix}-lang`}
          value={language}
          onChange={ownChoice(language, (value) => setLanguage(value as Language))}
        >
          {LANGUAGES.map((lng) => (
            <option value={lng} key={lng} lang={lng}>
              {s.languageNames[lng]}
            </option>
          ))}
        </select>
      </div>
      {email && (
        <>
          <div class="field">
            <label for={`${idPrefix}-subject`}>{s.subject}</label>
            <input
              id={`${idPrefix}-subject`}
              type="text"
              readOnly
              value={email.subject}
              lang={language}
            />
          </div>
          <div class="field">
            <label for={`${idPrefix}-body`}>{s.body}</label>
            <textarea
              id={`${idPrefix}-body`}
              readOnly
              rows={12}
              value={email.body}
              lang={language}
            />
          </div>
        </>
      )}
      <div class="actions">
        <button
          type="button"
          class="button primary"
          disabled={!email}
          onClick={ownAction(() => void copyNow('email'))}
        >
          {s.copyEmail}
        </button>
        <button
          type="button"
          class="button button--secondary"
          onClick={ownAction(() => void copyNow('link'))}
        >
          {s.copyLink}
        </button>
        {email && (
          <a
            class="button button--secondary"
            href={mailtoHref(email)}
            // Only the partner's own click opens their mail program.
            onClick={ownAction(() => undefined)}
          >
            {s.sendEmail}
          </a>
        )}
      </div>
      <p
        class={`status-line${copied === 'failed' || loading === 'failed' ? ' error' : ''}`}
        role="status"
        data-email-load={loading}
      >
        {copied === 'failed'
          ? s.copyFailed
          : copied
            ? s.copied
            : loading && (loading === 'failed' ? s.loadFailed : s.loading)}
      </p>
      {loading === 'failed' && load && (
        <button type="button" class="button button--secondary" onClick={ownAction(() => keep())}>
          {s.loadAgain}
        </button>
      )}
    </div>
  );
}

import { useMemo } from 'preact/hooks';
import { parseInvitationLink, type Language, type Role } from '../../core/index.ts';
import { translator } from '../lib/i18n.ts';
import { EmailComposer } from './EmailComposer.tsx';
import { LinkSummary } from './LinkSummary.tsx';

export interface LinkHelpProps {
  /** The invitation link the page shows beside this help, as the page shows it now. */
  link: string;
  language: Language;
  /** The role set in the options; the help is the same for every role. */
  role: Role;
  emailLanguage: Language;
  /** Whether the link is in a panel or dialog (the help then lives inside it). */
  inDialog: boolean;
}

/**
 * The help beside an invitation link on a portal page (in the "Request a reseller
 * relationship" panel, or wherever the page shows one): what the link is or what is wrong
 * with it, and, on request, the customer e-mail. It sits in the panel's own DOM, so the
 * panel's focus trap lets the partner type in it.
 */
export function LinkHelp({ link, language, emailLanguage, inDialog }: LinkHelpProps) {
  const t = translator(language);
  const result = useMemo(() => parseInvitationLink(link), [link]);
  // A GDAP request link gets the GDAP e-mail; the composer writes the one that fits the link.
  const emailLink = result.ok ? result.link : undefined;
  return (
    <section
      class={`link-help ${inDialog ? 'in-dialog' : ''}`}
      lang={language}
      aria-label={t('extension:linkHelp.label')}
    >
      <p class="link-help-title">
        <span class="logo" aria-hidden="true">
          ⇄
        </span>
        {t('extension:linkHelp.title')}
      </p>
      <LinkSummary t={t} language={language} result={result} />
      {/* Whoever made the link (an indirect reseller too, from its own "Request a reseller
          relationship"), the link is explained and the e-mail offered, whatever role is set. */}
      {emailLink && (
        <details class="link-email">
          <summary>{t('extension:linkHelp.writeEmail')}</summary>
          <EmailComposer
            t={t}
            link={emailLink}
            defaultLanguage={emailLanguage}
            idPrefix="cmg-panel-email"
          />
        </details>
      )}
    </section>
  );
}

/** The attributes of a link explanation's host (the automation contract, docs/extension.md). */
export function linkAttributes(link: string): Record<string, string> {
  const result = parseInvitationLink(link);
  if (!result.ok) return { 'data-link-error': result.error.code };
  const attributes: Record<string, string> = {
    'data-link-kind': result.link.kind,
    'data-link-cloud': result.link.cloud,
  };
  if (result.link.kind !== 'gdap' && result.link.delegatedAdmin !== undefined)
    attributes['data-dap'] = result.link.delegatedAdmin ? 'on' : 'off';
  return attributes;
}

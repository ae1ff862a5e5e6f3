import { useMemo, useState } from 'preact/hooks';
import {
  parseInvitationLink,
  type Cloud,
  type InvitationLink,
  type Language,
  type Role,
} from '../../core/index.ts';
import type { Translate } from '../lib/i18n.ts';
import { EmailComposer } from './EmailComposer.tsx';
import { LinkSummary } from './LinkSummary.tsx';
import { ResellerLinkBuilder } from './ResellerLinkBuilder.tsx';

/**
 * On "Request a reseller relationship" (and, for indirect providers, the indirect resellers
 * list): reads the link the page shows, says what it is or what is wrong, and writes the
 * customer e-mail. Indirect resellers check the link their provider sent instead; indirect
 * providers build the reseller-specific link.
 */
export function InvitationHelper({
  t,
  cloud,
  role,
  language,
  pageText,
  emailLanguage,
  showPageLink,
}: {
  t: Translate;
  cloud: Cloud;
  role: Role;
  /** The language of the extension's UI (dates in the explanation). */
  language: Language;
  /** The text holding the invitation link on the page, when there is one. */
  pageText: string | undefined;
  emailLanguage: Language;
  /** False on pages without a link of their own (the indirect resellers list). */
  showPageLink: boolean;
}) {
  const [pasted, setPasted] = useState('');
  const [built, setBuilt] = useState<InvitationLink | undefined>(undefined);
  const pageResult = useMemo(
    () => (pageText ? parseInvitationLink(pageText) : undefined),
    [pageText],
  );
  const pastedResult = useMemo(
    () => (pasted.trim() ? parseInvitationLink(pasted) : undefined),
    [pasted],
  );

  if (role === 'indirect-reseller') {
    const link = pastedResult?.ok ? pastedResult.link : undefined;
    return (
      <div class="invitation" data-helper="reseller">
        <h3>{t('extension:reseller.title')}</h3>
        <p>{t('rules:outcome.reseller-forwards-provider-invitation.explanation')}</p>
        <div class="field">
          <label for="cmg-provider-link">{t('extension:reseller.linkLabel')}</label>
          <textarea
            id="cmg-provider-link"
            rows={3}
            spellcheck={false}
            value={pasted}
            onInput={(event) => setPasted((event.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>
        {pastedResult && <LinkSummary t={t} language={language} result={pastedResult} />}
        {link && (
          <>
            {link.kind !== 'gdap' && (
              <p class="message ok">{t('extension:reseller.providerLinkOk')}</p>
            )}
            {link.resellerTenantId && (
              <p class="muted">
                {t('extension:reseller.namesReseller', { tenantId: link.resellerTenantId })}
              </p>
            )}
            <EmailComposer
              t={t}
              link={link}
              defaultLanguage={emailLanguage}
              idPrefix="cmg-reseller-email"
            />
          </>
        )}
      </div>
    );
  }

  const pageLink = pageResult?.ok && pageResult.link.kind !== 'gdap' ? pageResult.link : undefined;
  // A pasted GDAP request gets its explanation and the GDAP e-mail too.
  const checkedLink = pastedResult?.ok ? pastedResult.link : undefined;
  const emailLink = built ?? checkedLink ?? pageLink;

  return (
    <div class="invitation" data-helper={role}>
      {showPageLink && (
        <section class="page-link">
          <h3>{t('extension:invitation.title')}</h3>
          {pageResult ? (
            <>
              <p class="section-label">{t('extension:invitation.foundOnPage')}</p>
              <p class="link-text">
                <code>{pageResult.ok ? pageResult.link.url : pageText}</code>
              </p>
              <LinkSummary t={t} language={language} result={pageResult} />
              {pageResult.ok && pageResult.link.kind === 'gdap' && (
                <p class="message error">{t('extension:invitation.notReseller')}</p>
              )}
            </>
          ) : (
            <p class="muted" data-no-link>
              {t('extension:invitation.notFound')}
            </p>
          )}
          <div class="field">
            <label for="cmg-paste">{t('extension:invitation.pasteLabel')}</label>
            <textarea
              id="cmg-paste"
              rows={2}
              spellcheck={false}
              value={pasted}
              onInput={(event) => setPasted((event.currentTarget as HTMLTextAreaElement).value)}
            />
          </div>
          {pastedResult && <LinkSummary t={t} language={language} result={pastedResult} />}
        </section>
      )}
      {role === 'indirect-provider' && (
        <>
          <ResellerLinkBuilder
            t={t}
            cloud={cloud}
            idPrefix="cmg-build"
            providerTenantId={pageLink?.partnerTenantId}
            onBuilt={setBuilt}
          />
          {built && (
            <section class="built" data-built>
              <p class="link-text">
                <code>{built.url}</code>
              </p>
              <LinkSummary t={t} language={language} result={{ ok: true, link: built }} />
            </section>
          )}
        </>
      )}
      {emailLink && (
        <EmailComposer
          t={t}
          link={emailLink}
          defaultLanguage={emailLanguage}
          idPrefix="cmg-email"
        />
      )}
    </div>
  );
}

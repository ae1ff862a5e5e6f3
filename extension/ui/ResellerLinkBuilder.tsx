import { useEffect, useState } from 'preact/hooks';
import {
  buildInvitationLink,
  type BuildError,
  type BuildField,
  type InvitationLink,
} from '../../core/invitation-link.ts';
import { builderClaims } from '../../core/link-claims.ts';
import type { Cloud } from '../../core/situation.ts';
import { claimView } from '../../locales/claims.ts';
import { ownAction, ownText } from '../../ui/own-input.ts';
import { Claim } from '../../ui/sources/Claim.tsx';
import type { Translate } from '../lib/i18n.ts';

/**
 * For indirect providers: the reseller-specific invitation link, built by the core from the
 * provider's tenant ID (taken from the page's own link when there is one) and the reseller's
 * tenant ID and Partner ID. Messages name the field at fault. No DAP opt-in: Microsoft no
 * longer grants delegated admin privileges through the invitation (admin access is GDAP).
 * Only the partner's own typing fills the fields (`ownText`), so a link is built, whoever
 * submits, from what the partner typed or the page's own link gave. What the link does and how
 * the reseller gets admin access are claims from the register (`builderClaims`), each with its
 * marker and sources, and only in the clouds they speak to (no GDAP on 21Vianet).
 */
export function ResellerLinkBuilder({
  t,
  cloud,
  idPrefix,
  providerTenantId,
  onBuilt,
}: {
  t: Translate;
  cloud: Cloud;
  idPrefix: string;
  providerTenantId?: string | undefined;
  onBuilt: (link: InvitationLink | undefined) => void;
}) {
  const [values, setValues] = useState({
    partnerTenantId: providerTenantId ?? '',
    resellerTenantId: '',
    resellerPartnerId: '',
  });
  const [errors, setErrors] = useState<BuildError[]>([]);

  useEffect(() => {
    if (providerTenantId)
      setValues((v) => (v.partnerTenantId ? v : { ...v, partnerTenantId: providerTenantId }));
  }, [providerTenantId]);

  const submit = (event: Event) => {
    event.preventDefault();
    const result = buildInvitationLink({
      cloud,
      partnerTenantId: values.partnerTenantId,
      reseller: { tenantId: values.resellerTenantId, partnerId: values.resellerPartnerId },
    });
    if (result.ok) {
      setErrors([]);
      onBuilt(result.link);
    } else {
      setErrors(result.errors);
      onBuilt(undefined);
    }
  };

  const field = (
    name: Exclude<BuildField, 'cloud'>,
    label: string,
    inputMode: 'text' | 'numeric',
  ) => {
    const id = `${idPrefix}-${name}`;
    const error = errors.find((e) => e.field === name);
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <input
          id={id}
          name={name}
          type="text"
          inputMode={inputMode}
          spellcheck={false}
          autocomplete="off"
          value={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...ownText(values[name], (value) => setValues((v) => ({ ...v, [name]: value })))}
        />
        {name === 'partnerTenantId' &&
          providerTenantId &&
          values.partnerTenantId === providerTenantId && (
            <p class="hint">{t('extension:provider.prefilled')}</p>
          )}
        {error && (
          <p id={`${id}-error`} class="hint error" data-build-error={error.code}>
            {t(`link:build.error.${error.code}`)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form class="builder" onSubmit={submit} noValidate>
      <h3>{t('link:build.title')}</h3>
      <p class="muted">{t('link:build.intro')}</p>
      {builderClaims(cloud).map((id) => (
        <Claim
          key={id}
          view={claimView(t, id)}
          lang={t.language}
          sourceLine={t.template('changes:sourceLine')}
          newTab
        />
      ))}
      {field('partnerTenantId', t('link:build.partnerTenantId'), 'text')}
      {field('resellerTenantId', t('link:build.resellerTenantId'), 'text')}
      {field('resellerPartnerId', t('link:build.resellerPartnerId'), 'numeric')}
      {errors.find((e) => e.field === 'cloud') && (
        <p class="hint error">{t('link:build.error.unknown-cloud')}</p>
      )}
      <div class="actions">
        {/* A script's click submits nothing (its `requestSubmit` builds from the fields' state). */}
        <button type="submit" class="primary" onClick={ownAction(() => undefined)}>
          {t('link:build.submit')}
        </button>
      </div>
    </form>
  );
}

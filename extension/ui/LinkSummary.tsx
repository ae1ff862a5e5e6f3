import {
  INVITATION_HOSTS,
  type InvitationLink,
  type InvitationLinkResult,
} from '../../core/index.ts';
import type { Translate } from '../lib/i18n.ts';
import { labelled, tDynamic } from './text.ts';

/** What `parseInvitationLink` found: the kind of link, its cloud, DAP, ids; or what is wrong. */
export function LinkSummary({ t, result }: { t: Translate; result: InvitationLinkResult }) {
  if (!result.ok) {
    return (
      <p class="message error" role="alert" data-link-error={result.error.code}>
        {tDynamic(t, `link:error.${result.error.code}`, {
          parameter: result.error.parameter ?? '',
        })}
      </p>
    );
  }
  const { link } = result;
  return (
    <div class="link-summary" data-link-kind={link.kind} data-link-cloud={link.cloud}>
      <p class="message ok">{t('link:valid')}</p>
      <ul class="facts">
        <li data-fact="kind">{t(`link:kind.${link.kind}`)}</li>
        <li data-fact="cloud">{t(`link:cloud.${link.cloud}`)}</li>
        {link.kind !== 'gdap' && (
          <li data-fact="dap" data-dap={delegatedAdmin(link)}>
            {t(`link:delegatedAdmin.${delegatedAdmin(link)}`)}
          </li>
        )}
        {link.resellerTenantId && (
          <li data-fact="reseller">
            {labelled(t, t('link:field.resellerTenantId'), <code>{link.resellerTenantId}</code>)}
          </li>
        )}
        {link.mpnId && (
          <li data-fact="mpn">{labelled(t, t('link:field.mpnId'), <code>{link.mpnId}</code>)}</li>
        )}
      </ul>
      {!hostConfirmed(link) && <p class="message warn">{t('link:unconfirmedHost')}</p>}
    </div>
  );
}

function delegatedAdmin(link: InvitationLink): 'on' | 'off' | 'absent' {
  return link.delegatedAdmin === undefined ? 'absent' : link.delegatedAdmin ? 'on' : 'off';
}

function hostConfirmed(link: InvitationLink): boolean {
  const host = new URL(link.url).hostname;
  return INVITATION_HOSTS.find((h) => h.host === host)?.confirmed ?? false;
}

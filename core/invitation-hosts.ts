import type { ClaimId } from './claims.ts';

/**
 * Where reseller-relationship invitations may point: the exact hosts, paths and fragments
 * the parser accepts. One place, as data. Entries marked `confirmed: false` were seen only
 * in third-party material (see the domain brief); the UI says so where it matters.
 *
 * US Government cloud: the contract allows `usgov` as a cloud, but no invitation host for it
 * is documented in our sources, so none is listed here and such links are rejected as
 * `untrusted-host`. Add a row once a host is confirmed.
 */

export type InvitationCloud = 'global' | '21vianet' | 'usgov';

export interface InvitationHost {
  host: string;
  cloud: InvitationCloud;
  /** Path of the invitation page, compared case-insensitively. */
  path: string;
  /** How the link names its type and the partner. */
  style: 'admin-center' | 'partner-signup' | 'business-store';
  /** Whether the link format on this host is documented by Microsoft. */
  confirmed: boolean;
  /** The host new links are built for, per cloud. */
  buildsLinks: boolean;
  /** The service behind the host is retired: the claim that says so. */
  retired?: ClaimId;
}

export const INVITATION_HOSTS: readonly InvitationHost[] = [
  {
    host: 'admin.microsoft.com',
    cloud: 'global',
    path: '/adminportal/home',
    style: 'admin-center',
    confirmed: true,
    buildsLinks: true,
  },
  {
    // Older global link: portal.office.com/partner/partnersignup.aspx?type=ResellerRelationship&id=…
    host: 'portal.office.com',
    cloud: 'global',
    path: '/partner/partnersignup.aspx',
    style: 'partner-signup',
    confirmed: true,
    buildsLinks: false,
  },
  {
    // The Microsoft Store for Business, retired on 31 March 2023: old links still read.
    host: 'businessstore.microsoft.com',
    cloud: 'global',
    path: '/manage/partner-invitation',
    style: 'business-store',
    confirmed: true,
    buildsLinks: false,
    retired: 'business-store-retired',
  },
  {
    // Office 365 admin center operated by 21Vianet: unconfirmed as the invitation host.
    host: 'portal.partner.microsoftonline.cn',
    cloud: '21vianet',
    path: '/adminportal/home',
    style: 'admin-center',
    confirmed: false,
    buildsLinks: true,
  },
];

/** Fragments that open the reseller invitation in the admin center. */
export const RESELLER_FRAGMENTS = [
  '#/BillingAccounts/partner-invitation',
  '#/partners/invitation',
] as const;

/** Fragment prefix of a granular delegated admin (GDAP) request. */
export const GDAP_FRAGMENT_PREFIX = '#/partners/invitation/granularAdminRelationships/';

/**
 * Outlook Safe Links (Microsoft Defender for Office 365) rewrites links in mail to
 * `https://<region>.safelinks.protection.outlook.com/?url=<encoded link>&data=…&reserved=0`,
 * region labels such as `eur02`, `nam12`, `apc01`. Exactly one region label under this
 * domain, nothing else: look-alikes stay untrusted hosts.
 */
export const SAFE_LINKS_HOST = /^[a-z]{2,5}[0-9]{2}\.safelinks\.protection\.outlook\.com$/;

/** invType values and the kind of link they make. */
export const INVITATION_TYPES = {
  resellerrelationship: 'reseller',
  indirectresellerrelationship: 'indirect-reseller',
} as const;

/** Partner Center portals (where the extension runs), by cloud. Not invitation hosts. */
export const PARTNER_CENTER_HOSTS = {
  global: 'partner.microsoft.com',
  '21vianet': 'partner.partnercenter.microsoftonline.cn',
} as const;

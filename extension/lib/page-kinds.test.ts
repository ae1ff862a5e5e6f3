import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, pageKindForUrl, portalLocation } from './page-kinds.ts';

const TENANT = '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d';

/** Where each kind's fixture is shown in the portal (paths after the locale segment). */
const FIXTURE_PATHS: Record<string, string[]> = {
  'customer-list': ['/dashboard/v2/customers/list', '/commerce2/customers/list'],
  customer: [
    `/dashboard/v2/customers/${TENANT}`,
    `/dashboard/v2/customers/${TENANT}/subscriptions`,
  ],
  'request-relationship-direct': ['/dashboard/v2/customers/request-reseller-relationship'],
  'request-relationship-indirect': [
    '/dashboard/v2/indirect-resellers/request-reseller-relationship',
  ],
  'indirect-resellers': [
    '/dashboard/v2/indirect-resellers/list',
    '/dashboard/v2/indirect-resellers',
  ],
  'indirect-providers': [
    '/dashboard/v2/indirect-providers/list',
    '/dashboard/v2/indirect-providers',
  ],
};

const urlsFor = (path: string) => [
  `https://partner.microsoft.com${path}`,
  `https://partner.microsoft.com/en-us${path}`,
  `https://partner.microsoft.com/de-de${path}`,
  `https://partner.microsoft.com/zh-cn${path}`,
  `https://partner.partnercenter.microsoftonline.cn/pcv${path}`,
  `https://partner.partnercenter.microsoftonline.cn/zh-cn/pcv${path}`,
  `https://partner.partnercenter.microsoftonline.cn/en-us/pcv${path}`,
];

describe('page kinds', () => {
  it('every kind has its portal paths here', () => {
    expect(Object.keys(FIXTURE_PATHS).sort()).toEqual(PAGE_KINDS.map((k) => k.id).sort());
  });

  for (const kind of PAGE_KINDS) {
    it(`${kind.id}: its URLs on both portals, with and without locale, match it and no other kind`, () => {
      for (const path of FIXTURE_PATHS[kind.id]!) {
        for (const url of urlsFor(path)) {
          expect(pageKindForUrl(new URL(url))?.kind.id, url).toBe(kind.id);
        }
      }
    });
  }

  it('other pages, hosts and schemes match nothing', () => {
    for (const url of [
      'https://partner.microsoft.com/',
      'https://partner.microsoft.com/en-us/dashboard/overview',
      'https://partner.microsoft.com/dashboard/v2/customers/not-a-guid/subscriptions',
      'https://partner.microsoft.com/dashboard/v2/customers/list/extra',
      'https://partner.partnercenter.microsoftonline.cn/pcv/sales',
      'http://partner.microsoft.com/dashboard/v2/customers/list',
      'https://example.com/dashboard/v2/customers/list',
      'https://partner.microsoft.com.evil.example/dashboard/v2/customers/list',
      'https://admin.microsoft.com/dashboard/v2/customers/list',
    ]) {
      expect(pageKindForUrl(new URL(url)), url).toBeUndefined();
    }
  });

  it('reads the cloud from the host and the locale segment from the path', () => {
    expect(
      portalLocation(new URL('https://partner.microsoft.com/de-de/dashboard/v2/customers/list')),
    ).toEqual({
      cloud: 'global',
      locale: 'de-de',
      path: '/dashboard/v2/customers/list',
    });
    expect(
      portalLocation(
        new URL('https://partner.partnercenter.microsoftonline.cn/pcv/dashboard/overview'),
      ),
    ).toEqual({
      cloud: '21vianet',
      path: '/dashboard/overview',
    });
    expect(
      portalLocation(new URL('https://partner.partnercenter.microsoftonline.cn/zh-cn/pcv/x'))
        ?.locale,
    ).toBe('zh-cn');
  });
});

import { describe, expect, it } from 'vitest';
import { STORE_LISTINGS, storeListings } from './extension-stores.ts';

describe('store listings of the extension', () => {
  it('are shown as configured, null meaning not yet published', () => {
    expect(storeListings().map((s) => s.url)).toEqual(Object.values(STORE_LISTINGS));
    const listed = storeListings({
      chrome: 'https://chromewebstore.google.com/detail/abc',
      edge: null,
      firefox: 'https://addons.mozilla.org/de/firefox/addon/x/',
    });
    expect(listed.map((s) => [s.id, s.url])).toEqual([
      ['chrome', 'https://chromewebstore.google.com/detail/abc'],
      ['edge', null],
      ['firefox', 'https://addons.mozilla.org/de/firefox/addon/x/'],
    ]);
  });

  it('refuse an address that is not the store’s own, naming the store and the host', () => {
    expect(() =>
      storeListings({ chrome: 'https://example.com/x', edge: null, firefox: null }),
    ).toThrow(
      /Chrome Web Store listing "https:\/\/example\.com\/x" is not an https:\/\/ address on chromewebstore\.google\.com/,
    );
    expect(() =>
      storeListings({ chrome: null, edge: 'http://microsoftedge.microsoft.com/a', firefox: null }),
    ).toThrow(/Microsoft Edge Add-ons/);
    expect(() => storeListings({ chrome: null, edge: null, firefox: 'not a url' })).toThrow(
      /Firefox Add-ons/,
    );
  });
});

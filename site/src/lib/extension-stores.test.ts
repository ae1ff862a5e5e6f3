import { describe, expect, it } from 'vitest';
import {
  DOWNLOAD_LINKS,
  downloadLinks,
  STORE_LISTINGS,
  storeListings,
} from './extension-stores.ts';

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

  it('give the source code and the release packages as configured, null meaning not yet published', () => {
    expect(downloadLinks().map((d) => d.url)).toEqual(Object.values(DOWNLOAD_LINKS));
    expect(
      downloadLinks({ source: 'https://git.example.com/guide', packages: null }).map((d) => [
        d.id,
        d.url,
      ]),
    ).toEqual([
      ['source', 'https://git.example.com/guide'],
      ['packages', null],
    ]);
  });

  it('refuse a download address that is not public https, naming what it is for', () => {
    expect(() => downloadLinks({ source: 'http://git.example.com/guide', packages: null })).toThrow(
      'The address of the source code "http://git.example.com/guide" is not a public https:// address; set it to where the source code can be had, or to null while it is not published.',
    );
    expect(() => downloadLinks({ source: null, packages: 'https://127.0.0.1/release/' })).toThrow(
      /release packages "https:\/\/127\.0\.0\.1\/release\/"/,
    );
    expect(() => downloadLinks({ source: 'not a url', packages: null })).toThrow(/source code/);
  });
});

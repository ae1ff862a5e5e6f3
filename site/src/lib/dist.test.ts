import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, internalReferences, pageImages, urlOf } from './dist.ts';

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'site-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('link checker', () => {
  it('reads internal hrefs, srcs and island URLs, not external links or fragments', () => {
    const html = `<a href="/en/">x</a><a href="https://example.com/">y</a><a href="#main">z</a>
      <img src='logo.svg'><astro-island component-url="/assets/a.js" renderer-url="/assets/r.js"></astro-island>
      <a href="mailto:x@example.com">m</a><a href="/en/search/?q=a&amp;b=c">s</a>`;
    expect(internalReferences(html)).toEqual([
      '/en/',
      'logo.svg',
      '/assets/a.js',
      '/assets/r.js',
      '/en/search/?q=a&b=c',
    ]);
  });

  it('finds links to missing pages and files, and accepts existing ones', () => {
    const root = site({
      'index.html':
        '<a href="/en/">ok</a><a href="/en/missing/">broken</a><a href="/en">ok too</a>',
      'en/index.html':
        '<a href="glossary/">ok</a><a href="../style.css">broken</a><a href="/">ok</a>',
      'en/glossary/index.html': '<a href="/en/trees/x/start/#a">broken</a>',
    });
    expect(brokenLinks(root)).toEqual([
      { page: '/en/glossary/index.html', ref: '/en/trees/x/start/#a' },
      { page: '/en/index.html', ref: '../style.css' },
      { page: '/index.html', ref: '/en/missing/' },
    ]);
  });

  it("finds a page's image files, absolute and relative, and leaves out missing ones", () => {
    const root = site({ 'assets/a.webp': 'a', 'en/x/b.png': 'b' });
    const html = `<img src="/assets/a.webp" alt=""><img alt="" src='b.png'><img src="/gone.png">
      <a href="/assets/a.webp">not an image on the page</a>`;
    expect(pageImages(root, '/en/x/index.html', html)).toEqual([
      join(root, 'assets', 'a.webp'),
      join(root, 'en', 'x', 'b.png'),
    ]);
  });

  it('maps files to URLs', () => {
    expect(urlOf('/en/glossary/index.html')).toBe('/en/glossary/');
    expect(urlOf('/404.html')).toBe('/404.html');
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { LANGUAGES } from '../../core/languages.ts';
import { manifestMessages } from '../../extension/lib/manifest-messages.ts';

/**
 * `npm run release` end to end, once (about a minute): what goes to the stores and the web
 * links to SITE_URL and nowhere else. Needs `tar` and `unzip` (.ci/run installs unzip).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const SITE_URL = 'https://guide.example.com';
const LOCAL = /127\.0\.0\.1|localhost/;

let out: string;
let site: string;

const unzipText = (zip: string) =>
  execFileSync('unzip', ['-p', zip], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
const name = (kind: string) => `${pkg.name}-${pkg.version}-${kind}`;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'release-test-'));
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/release.ts', '--out', join(out, 'release')],
    { cwd: ROOT, env: { ...process.env, SITE_URL }, encoding: 'utf8' },
  );
  expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
  site = join(out, 'site');
  mkdirSync(site);
  execFileSync('tar', ['-xzf', join(out, 'release', `${name('site')}.tar.gz`), '-C', site]);
}, 600_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run release', () => {
  it('puts the site, the Chrome, Edge and Firefox packages and the sources in one folder with their SHA-256 list', () => {
    const dir = join(out, 'release');
    const files = ['site.tar.gz', 'chrome.zip', 'edge.zip', 'firefox.zip', 'sources.zip'].map(
      (kind) => `${pkg.name}-${pkg.version}-${kind}`,
    );
    expect(readdirSync(dir).sort()).toEqual([...files, 'SHA256SUMS'].sort());
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8');
    for (const file of files) {
      const hash = createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex');
      expect(sums).toContain(`${hash}  ${file}\n`);
    }
  });

  it('store packages link to SITE_URL, never to this machine, and carry the one version', () => {
    for (const browser of ['chrome', 'edge', 'firefox']) {
      const zip = join(out, 'release', `${name(browser)}.zip`);
      const text = unzipText(zip);
      expect(text, browser).toContain(SITE_URL);
      expect(text, browser).not.toMatch(LOCAL);
      const manifest = JSON.parse(
        execFileSync('unzip', ['-p', zip, 'manifest.json']).toString('utf8'),
      ) as { version: string };
      expect(manifest.version).toBe(pkg.version);
    }
  });

  it('store packages name the extension in every product language', () => {
    for (const browser of ['chrome', 'edge', 'firefox']) {
      const zip = join(out, 'release', `${name(browser)}.zip`);
      for (const { folder, messages } of manifestMessages()) {
        const packed = JSON.parse(
          execFileSync('unzip', ['-p', zip, `_locales/${folder}/messages.json`]).toString('utf8'),
        ) as typeof messages;
        expect(packed.extName.message, `${browser} ${folder}`).toBe(messages.extName.message);
        expect(packed.extDescription.message, `${browser} ${folder}`).toBe(
          messages.extDescription.message,
        );
      }
    }
  });

  it('scripts that run in Partner Center’s pages use the browser’s own API; the background keeps webextension-polyfill', () => {
    // A sentence only webextension-polyfill carries (it turns that error into an empty reply).
    const POLYFILL = 'The message port closed before a response was received';
    for (const browser of ['chrome', 'edge', 'firefox']) {
      const zip = join(out, 'release', `${name(browser)}.zip`);
      const file = (path: string) =>
        execFileSync('unzip', ['-p', zip, path], { maxBuffer: 16 * 1024 * 1024 }).toString('utf8');
      // The UI chunk's code and its parts' are in overlay/ (extension/lib/overlay-parts.ts).
      const overlay = execFileSync('unzip', ['-Z1', zip])
        .toString('utf8')
        .split('\n')
        .filter((path) => /^overlay\/.+\.js$/.test(path));
      expect(overlay, browser).toEqual(
        expect.arrayContaining(['overlay/entry-part.js', 'overlay/link-part.js']),
      );
      const inPages = [
        'content-scripts/content.js',
        'overlay-ui.js',
        'settings-store.js',
        ...overlay,
      ];
      for (const path of inPages) expect(file(path), `${browser} ${path}`).not.toContain(POLYFILL);
      expect(file('background.js'), browser).toContain(POLYFILL);
    }
  });
  it('the site’s canonical and hreflang links, sitemap and robots.txt use SITE_URL', () => {
    const page = readFileSync(join(site, 'de', 'glossary', 'index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${SITE_URL}/de/glossary/">`);
    for (const lang of LANGUAGES)
      expect(page).toContain(
        `<link rel="alternate" hreflang="${lang}" href="${SITE_URL}/${lang}/glossary/">`,
      );
    expect(page).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE_URL}/">`);

    expect(readFileSync(join(site, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE_URL}/sitemap-index.xml`,
    );
    expect(readFileSync(join(site, 'sitemap-index.xml'), 'utf8')).toContain(
      `<loc>${SITE_URL}/sitemap-0.xml</loc>`,
    );
    const sitemap = readFileSync(join(site, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain(`${SITE_URL}/de/glossary/`);
    for (const loc of locs) expect(loc.startsWith(`${SITE_URL}/`), loc).toBe(true);
    // Error pages and the search page are not for search engines.
    expect(locs.filter((loc) => /\/(404|search)\/$/.test(loc))).toEqual([]);
    expect(sitemap).toContain(
      `<xhtml:link rel="alternate" hreflang="zh" href="${SITE_URL}/zh/glossary/"/>`,
    );
    expect(sitemap).not.toMatch(LOCAL);
  });
});

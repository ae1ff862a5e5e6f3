import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LOCAL_SITE_URL,
  parsePort,
  requireSiteUrl,
  siteUrl,
  SiteUrlError,
} from '../../config/site-url.ts';
import { NO_TELEMETRY } from '../../scripts/telemetry.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Runs a project script as `npm run` would (Node 22 from node_modules, tsx), without a shell. */
function runScript(script: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('SITE_URL, the one public-address setting', () => {
  it('is the local address of `npm start` when unset, for development builds and tests', () => {
    expect(siteUrl({})).toBe(LOCAL_SITE_URL);
    expect(siteUrl({ SITE_URL: '  ' })).toBe(LOCAL_SITE_URL);
  });

  it('follows PORT when unset, as `PORT=8080 npm start` serves the site there', () => {
    expect(LOCAL_SITE_URL).toBe('http://127.0.0.1:4321/');
    expect(siteUrl({ PORT: '8080' })).toBe('http://127.0.0.1:8080/');
    expect(siteUrl({ PORT: '8080', SITE_URL: 'https://guide.example.com' })).toBe(
      'https://guide.example.com/',
    );
    expect(() => siteUrl({ PORT: 'eighty' })).toThrow(
      'PORT must be a whole number from 1 to 65535, not "eighty".',
    );
  });

  it('a port is a whole number from 1 to 65535, and the message names where it came from', () => {
    expect(parsePort(' 65535 ', '--port')).toBe(65535);
    for (const bad of ['0', '65536', '-1', '80.5', '', '0x50'])
      expect(() => parsePort(bad, '--port')).toThrow(`--port must be a whole number`);
  });

  it('is normalised to the origin with one trailing slash', () => {
    expect(siteUrl({ SITE_URL: 'https://Guide.Example.com' })).toBe('https://guide.example.com/');
    expect(siteUrl({ SITE_URL: 'https://guide.example.com/' })).toBe('https://guide.example.com/');
  });

  it('names what is wrong with a value it cannot use', () => {
    expect(() => siteUrl({ SITE_URL: 'guide.example.com' })).toThrow(
      /SITE_URL must be an absolute address starting with https:\/\/.*"guide\.example\.com" is not an address/,
    );
    expect(() => siteUrl({ SITE_URL: 'ftp://guide.example.com' })).toThrow(/uses ftp:/);
    expect(() => siteUrl({ SITE_URL: 'https://example.com/guide/' })).toThrow(
      /origin only.*remove "\/guide\/"/,
    );
  });

  it('must be set, public and https for what is published', () => {
    expect(() => requireSiteUrl('a release', {})).toThrow(SiteUrlError);
    expect(() => requireSiteUrl('a release', {})).toThrow(
      /SITE_URL is not set\. Building a release needs .* set SITE_URL to the https:\/\/ address/,
    );
    expect(() => requireSiteUrl('a release', { SITE_URL: 'http://127.0.0.1:4321' })).toThrow(
      /an address of this machine only/,
    );
    expect(() => requireSiteUrl('a release', { SITE_URL: 'http://localhost:8080/' })).toThrow(
      /an address of this machine only/,
    );
    expect(() => requireSiteUrl('a release', { SITE_URL: 'http://guide.example.com' })).toThrow(
      /over https/,
    );
    expect(requireSiteUrl('a release', { SITE_URL: 'https://guide.example.com' })).toBe(
      'https://guide.example.com/',
    );
  });

  it.each([
    ['zip-extension.ts', 'the store packages'],
    ['release.ts', 'a release'],
  ])(
    '`%s` without SITE_URL stops before building, with a message naming SITE_URL, not a stack trace',
    (script, what) => {
      for (const SITE_URL of ['', 'http://127.0.0.1:4321']) {
        const { status, output } = runScript(script, { SITE_URL });
        expect(status).toBe(1);
        expect(output).toContain('SITE_URL');
        expect(output).toContain(`Building ${what} needs`);
        expect(output).toContain('https://guide.example.com');
        expect(output).not.toMatch(/\n\s+at /);
      }
    },
    // Two Node start-ups with tsx each; slow only on a busy machine.
    60_000,
  );
});

describe('telemetry', () => {
  it('.ci/run turns off every tool that calls home, as the build scripts do', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    for (const [name, value] of Object.entries(NO_TELEMETRY))
      expect(ci).toMatch(new RegExp(`export .*\\b${name}=${value}\\b`));
  });
});

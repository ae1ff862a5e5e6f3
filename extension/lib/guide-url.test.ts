import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserConfig } from 'wxt';
import { guideLinkFor } from './guide-link.ts';
import { GUIDE_URL } from './guide-url.ts';

/** The `define` the extension's build config (wxt.config.ts) gives Vite, for an environment. */
async function buildDefine(env: Record<string, string | undefined>): Promise<unknown> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const { default: config } = (await import('../wxt.config.ts')) as { default: UserConfig };
  const vite = config.vite as (env: unknown) => { define?: Record<string, string> };
  // The build passes its own ConfigEnv; the define does not read it.
  return JSON.parse(vite({})!.define!['import.meta.env.GUIDE_URL']!);
}

afterEach(() => vi.unstubAllEnvs());

describe('links to the guide', () => {
  it('the build puts SITE_URL in, or the local address npm start serves (following its port)', async () => {
    expect(await buildDefine({ SITE_URL: 'https://guide.example.com', PORT: undefined })).toBe(
      'https://guide.example.com/',
    );
    expect(await buildDefine({ SITE_URL: undefined, PORT: undefined })).toBe(
      'http://127.0.0.1:4321/',
    );
    expect(await buildDefine({ SITE_URL: undefined, PORT: '8080' })).toBe('http://127.0.0.1:8080/');
  });

  it('lead to the tree of the situation, under the guide address without a doubled slash', () => {
    expect(GUIDE_URL).toMatch(/^https?:\/\/[^/]+$/);
    expect(guideLinkFor('de', { origin: 'microsoft-direct' })).toMatch(
      new RegExp(`^${GUIDE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/de/trees/[a-z-]+/`),
    );
  });
});

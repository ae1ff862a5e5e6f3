import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../config/site-url.ts';
import { GUIDE_URL, guideLinkFor } from './guide-url.ts';

describe('links to the guide', () => {
  it('go to SITE_URL (the local address of development builds without it)', () => {
    expect(`${GUIDE_URL}/`).toBe(siteUrl());
    expect(guideLinkFor('de', { origin: 'microsoft-direct' })).toMatch(
      new RegExp(`^${GUIDE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/de/trees/`),
    );
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { CLAIM_IDS, LANGUAGES } from '../../core/index.ts';
import { claimMarkerProblems } from '../../locales/claim-markers.ts';
import { claimView } from '../../locales/claims.ts';
import { translator } from '../../locales/i18n.ts';

/**
 * Every page of the built site states a claim about today only with its confirmation marker,
 * inside an element that names the claim and its level (the register's level). Run
 * `npm run build:site` first.
 */
const DIST = resolve(import.meta.dirname, '..', 'dist');

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe.each(LANGUAGES)('claims on the built site (%s)', (lang) => {
  it('every claim a page states carries its marker and level', () => {
    const t = translator(lang);
    const views = CLAIM_IDS.map((id) => claimView(t, id));
    const files = pages(join(DIST, lang));
    expect(files.length).toBeGreaterThan(20);
    let stated = 0;
    for (const file of files) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const body = document.body as unknown as Element;
      expect(claimMarkerProblems(body, views), file).toEqual([]);
      stated += body.querySelectorAll('[data-claim]').length;
    }
    expect(stated).toBeGreaterThan(50);
    // Reads every page: seconds on a busy machine, not a speed assertion.
  }, 120_000);
});

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, decisionTrees, treePath } from '../../core/index.ts';
import { brokenLinks, htmlFiles } from '../src/lib/dist.ts';

/** Checks of the built site (run `npm run build:site` first; skipped by nothing: it fails without a build). */
const DIST = resolve(import.meta.dirname, '..', 'dist');

describe('the built site', () => {
  it('exists', () => {
    expect(existsSync(join(DIST, 'index.html')), 'run "npm run build:site" first').toBe(true);
  });

  it('has no broken internal links', () => {
    expect(brokenLinks(DIST)).toEqual([]);
  });

  it('carries a whole search index: an entry that names every language, and no empty file', () => {
    const dir = join(DIST, 'pagefind');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      statSync(join(dir, f)).isFile(),
    );
    expect(files.filter((f) => statSync(join(dir, f)).size === 0)).toEqual([]);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual([...LANGUAGES].sort());
  });

  it('pre-renders every tree step and verdict in every language', () => {
    for (const lang of LANGUAGES)
      for (const tree of decisionTrees())
        for (const node of tree.nodes) {
          const file = join(DIST, treePath(lang, tree.id, node.id), 'index.html');
          expect(existsSync(file), file).toBe(true);
        }
  });

  it('every page declares its language and, outside the root, the same page in the others', () => {
    for (const file of htmlFiles(DIST)) {
      const html = readFileSync(join(DIST, file), 'utf8');
      const lang = /^\/(de|en|zh)\//.exec(file)?.[1];
      if (!lang) continue;
      expect(html, file).toContain(`<html lang="${lang}"`);
      for (const other of LANGUAGES) expect(html, file).toContain(`hreflang="${other}"`);
      expect(html, file).toContain('hreflang="x-default"');
    }
  });
});

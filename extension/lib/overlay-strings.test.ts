import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../core/index.ts';
import { LANGUAGE_PACKS } from './language-packs.ts';
import {
  OVERLAY_ENTRY,
  modulesMissedByWalk,
  overlayKeyPatterns,
  overlayModules,
  overlayPacks,
  packKeys,
} from './overlay-strings.ts';

const patterns = overlayKeyPatterns(LANGUAGE_PACKS.en);

describe("the overlay's language packs: only the keys its code can ask for", () => {
  it('reads the modules the overlay imports, not the popup’s or the options page’s', () => {
    const modules = overlayModules().map((m) => m.replace(/\\/g, '/'));
    expect(modules[0]).toBe(OVERLAY_ENTRY.replace(/\\/g, '/'));
    for (const used of ['extension/ui/Overlay.tsx', 'extension/ui/LinkHelp.tsx', 'core/claims.ts'])
      expect(modules.some((m) => m.endsWith(used))).toBe(true);
    for (const page of ['extension/ui/OptionsPage.tsx', 'extension/ui/extension-page.tsx'])
      expect(modules.some((m) => m.endsWith(page))).toBe(false);
  });

  it('every key and pattern the overlay’s modules name resolves in every language’s pack', () => {
    expect(patterns.length).toBeGreaterThan(100);
    for (const language of LANGUAGES) {
      const keys = packKeys(overlayPacks()[language]);
      const unresolved = patterns.filter((p) => !keys.some((k) => p.match.test(k)));
      expect(unresolved.map((p) => `${language}: ${p.source} (${p.at})`)).toEqual([]);
    }
  });

  it('a pack holds nothing the overlay cannot ask for, and each text as the locale file has it', () => {
    for (const language of LANGUAGES) {
      const pack = overlayPacks()[language];
      const keys = packKeys(pack);
      const full = new Set(packKeys(LANGUAGE_PACKS[language]));
      expect(keys.filter((k) => !patterns.some((p) => p.match.test(k)))).toEqual([]);
      // Every key of the full pack that a pattern matches is kept: the trimming loses none.
      expect(
        [...full].filter((k) => patterns.some((p) => p.match.test(k)) && !keys.includes(k)),
      ).toEqual([]);
      const text = (p: typeof pack, key: string) => {
        const [ns, path] = key.split(':') as [keyof typeof p, string];
        return path.split('.').reduce<unknown>((n, s) => (n as Record<string, unknown>)[s], p[ns]);
      };
      for (const key of keys) expect(text(pack, key)).toBe(text(LANGUAGE_PACKS[language], key));
      // The popup's and options page's strings stay out (they keep the full strings).
      expect(keys).not.toContain('extension:options.title');
      expect(keys.length).toBeLessThan(full.size);
    }
  });
});

describe('a key the reading cannot follow fails with the module and what to write', () => {
  const dir = mkdtempSync(join(tmpdir(), 'overlay-strings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const module = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const refused = (text: string) => {
    const file = module('overlay-module.ts', text);
    return () => overlayKeyPatterns(LANGUAGE_PACKS.en, [file]);
  };

  it('a namespace or first segment taken from a value', () => {
    expect(refused('export const k = (ns: string, key: string) => `${ns}:${key}`;\n')).toThrow(
      /overlay-module\.ts:1: `\$\{ns\}:\$\{key\}` takes its namespace from a value: write the namespace and first segment out/,
    );
    expect(refused('export const k = (key: string) => `link:${key}`;\n')).toThrow(
      /overlay-module\.ts:1: `link:\$\{key\}` names no key segment before its first \$\{…\}/,
    );
    expect(refused('export const k = (id: string) => `the help: ${id}:title`;\n')).toThrow(
      /takes its namespace from a value/,
    );
  });

  it('a key joined with +, or a literal that names no text (a prefix joined elsewhere)', () => {
    expect(refused("export const k = (kind: string) => 'link:kind.' + kind;\n")).toThrow(
      /overlay-module\.ts:1: 'link:kind\.' \+ kind joins a key with \+/,
    );
    expect(
      refused("const base = 'link:party';\nexport const k = (f: string) => `${base}.${f}`;\n"),
    ).toThrow(/overlay-module\.ts:1: link:party names no text \(a key prefix joined elsewhere\?\)/);
  });

  it('reads keys written whole and template literals as patterns, not prose with colons', () => {
    const file = module(
      'readable.ts',
      [
        "export const a = 'link:kind.gdap';",
        'export const b = (s: string) => `rules:status.${s}.title`;',
        'export const c = (where: string) => `${where}: the page has no title.`;',
        '',
      ].join('\n'),
    );
    expect(overlayKeyPatterns(LANGUAGE_PACKS.en, [file]).map((p) => p.source)).toEqual([
      'link:kind.gdap',
      'rules:status.${…}.title',
    ]);
  });

  it('the import walk follows static and dynamic relative imports, not type-only ones', () => {
    module('types.ts', "export type T = 'extension:title';\n");
    module('lazy.ts', "export const lazy = 'extension:title';\n");
    module('data.ts', "export const data = ['common:product.name'];\n");
    const entry = module(
      'entry.ts',
      [
        "import type { T } from './types.ts';",
        "import { data } from './data';",
        "export const later = () => import('./lazy.ts');",
        'export const x: T | string = data[0] ?? "";',
        '',
      ].join('\n'),
    );
    expect(overlayModules(entry).map((m) => m.slice(dir.length + 1))).toEqual([
      'entry.ts',
      'data.ts',
      'lazy.ts',
    ]);
  });

  it('the build refuses a module in the UI chunk that the walk did not reach', () => {
    const walked = overlayModules();
    const options = resolve(OVERLAY_ENTRY, '../../ui/OptionsPage.tsx');
    expect(
      modulesMissedByWalk(
        [...walked, options, '\0virtual:preact', '/x/node_modules/preact/dist/preact.mjs'],
        walked,
      ),
    ).toEqual(['extension/ui/OptionsPage.tsx']);
  });
});

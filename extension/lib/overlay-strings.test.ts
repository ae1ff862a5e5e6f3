import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../core/index.ts';
import { LANGUAGE_PACKS } from './language-packs.ts';
import { OVERLAY_PARTS } from './overlay-parts.ts';
import {
  OVERLAY_ENTRY,
  PART_ENTRIES,
  modulesMissedByWalk,
  overlayKeyPatterns,
  overlayModules,
  overlayPacks,
  packKeys,
  partModules,
} from './overlay-strings.ts';

const patternsOf = Object.fromEntries(
  OVERLAY_PARTS.map((part) => [part, overlayKeyPatterns(LANGUAGE_PACKS.en, partModules(part))]),
) as Record<(typeof OVERLAY_PARTS)[number], ReturnType<typeof overlayKeyPatterns>>;

const slashed = (modules: string[]) => modules.map((m) => m.replace(/\\/g, '/'));

describe("the overlay's language packs: per part, only the keys its code can ask for", () => {
  it('reads the modules each part imports, not the other part’s, the popup’s or the options page’s', () => {
    const has = (modules: string[], end: string) => modules.some((m) => m.endsWith(end));
    const entry = slashed(partModules('entry'));
    const link = slashed(partModules('link'));
    expect(entry[0]).toBe(OVERLAY_ENTRY.replace(/\\/g, '/'));
    expect(entry[1]).toBe(PART_ENTRIES.entry.replace(/\\/g, '/'));
    for (const used of ['extension/ui/Overlay.tsx', 'extension/ui/Check.tsx', 'core/rules.ts'])
      expect(has(entry, used), used).toBe(true);
    for (const other of ['extension/ui/LinkHelp.tsx', 'ui/invitation/LinkExplanation.tsx'])
      expect(has(entry, other), other).toBe(false);
    for (const used of [
      'extension/ui/LinkHelp.tsx',
      'ui/invitation/LinkExplanation.tsx',
      'ui/invitation/EmailComposer.tsx',
      'core/troubleshoot-tree.ts',
      'core/claims.ts',
    ])
      expect(has(link, used), used).toBe(true);
    for (const other of ['extension/ui/Check.tsx', 'core/rules.ts', 'core/trees.ts'])
      expect(has(link, other), other).toBe(false);
    for (const page of ['extension/ui/OptionsPage.tsx', 'extension/ui/extension-page.tsx'])
      expect(has([...entry, ...link], page), page).toBe(false);
  });

  it('every key and pattern a part’s modules name resolves in that part’s pack of every language', () => {
    for (const part of OVERLAY_PARTS) {
      expect(patternsOf[part].length).toBeGreaterThan(50);
      for (const language of LANGUAGES) {
        const keys = packKeys(overlayPacks(part)[language]);
        const unresolved = patternsOf[part].filter((p) => !keys.some((k) => p.match.test(k)));
        expect(unresolved.map((p) => `${part} ${language}: ${p.source} (${p.at})`)).toEqual([]);
      }
    }
  });

  it('a pack holds nothing its part cannot ask for, and each text as the locale file has it', () => {
    for (const part of OVERLAY_PARTS)
      for (const language of LANGUAGES) {
        const patterns = patternsOf[part];
        const pack = overlayPacks(part)[language];
        const keys = packKeys(pack);
        const full = new Set(packKeys(LANGUAGE_PACKS[language]));
        expect(keys.filter((k) => !patterns.some((p) => p.match.test(k)))).toEqual([]);
        // Every key of the full pack that a pattern matches is kept: the trimming loses none.
        expect(
          [...full].filter((k) => patterns.some((p) => p.match.test(k)) && !keys.includes(k)),
        ).toEqual([]);
        const text = (p: typeof pack, key: string) => {
          const [ns, path] = key.split(':') as [keyof typeof p, string];
          return path
            .split('.')
            .reduce<unknown>((n, s) => (n as Record<string, unknown>)[s], p[ns]);
        };
        for (const key of keys) expect(text(pack, key)).toBe(text(LANGUAGE_PACKS[language], key));
        // The popup's and options page's strings stay out (they keep the full strings).
        expect(keys).not.toContain('extension:options.title');
        expect(keys.length).toBeLessThan(full.size);
      }
  });

  it('the open entry point’s pack carries no link explanation or e-mail; the link’s no rules', () => {
    for (const language of LANGUAGES) {
      const entry = packKeys(overlayPacks('entry')[language]);
      const link = packKeys(overlayPacks('link')[language]);
      expect(
        entry.filter((k) => /^(email|troubleshoot):|^link:(explain|error|email)\./.test(k)),
        // Only the way into troubleshooting under the empty field (extension/ui/LinkPaste.tsx).
      ).toEqual(['troubleshoot:link.offer']);
      expect(link.filter((k) => /^(rules|sources):/.test(k))).toEqual([]);
      expect(link).toContain('email:greeting');
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

  it('the import walk follows static relative imports, not type-only ones, nor a part’s import()', () => {
    module('types.ts', "export type T = 'extension:title';\n");
    module('data.ts', "export const data = ['common:product.name'];\n");
    const entry = module(
      'entry.ts',
      [
        "import type { T } from './types.ts';",
        "import { data } from './data';",
        `export const later = () => import('${PART_ENTRIES.link}');`,
        'export const x: T | string = data[0] ?? "";',
        '',
      ].join('\n'),
    );
    expect(overlayModules([entry]).map((m) => m.slice(dir.length + 1))).toEqual([
      'entry.ts',
      'data.ts',
    ]);
  });

  it('an import() of a module that is no part of the overlay is refused, naming it', () => {
    module('lazy.ts', "export const lazy = 'extension:title';\n");
    const entry = module('lazy-entry.ts', "export const later = () => import('./lazy.ts');\n");
    expect(() => overlayModules([entry])).toThrow(
      /lazy-entry\.ts loads .*lazy\.ts with import\(\), which is no part of the overlay/,
    );
  });

  it('the build refuses a module in a part’s chunks that the walk did not reach', () => {
    const walked = partModules('entry');
    const linkOnly = resolve(PART_ENTRIES.link, '../LinkHelp.tsx');
    const options = resolve(OVERLAY_ENTRY, '../../ui/OptionsPage.tsx');
    expect(
      modulesMissedByWalk(
        [
          ...walked,
          options,
          linkOnly,
          '\0virtual:preact',
          '/x/node_modules/preact/dist/preact.mjs',
        ],
        walked,
      ),
    ).toEqual(['extension/ui/OptionsPage.tsx', 'extension/ui/LinkHelp.tsx']);
  });
});

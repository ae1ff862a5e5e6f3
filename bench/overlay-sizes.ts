/**
 * What the overlay loads at each moment, from the build (extension/.output/chrome-mv3), gzip:
 * the code (the UI chunk `overlay-ui.js`, a part's chunk under `overlay/`, and every chunk
 * these import statically, read from the modules themselves) and the strings of the partner's
 * language for that part (`strings/<part>-<language>.js`, the largest of de, en and zh). A
 * moment counts only what is not loaded yet: pasting a link in the open entry point loads the
 * link part on top of the entry point's files. `overlayUiGzipBytes` is the budget of every
 * moment (docs/engineering.md, "The overlay's weight").
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { LANGUAGES, type Language } from '../core/languages.ts';
import { emailPackPath, languagePackPath } from '../extension/lib/language-pack.ts';
import {
  OVERLAY_CHUNK_DIR,
  OVERLAY_PARTS,
  type OverlayPart,
} from '../extension/lib/overlay-parts.ts';
import { UI_CHUNK_PATH } from '../extension/lib/ui-loader-path.ts';
import { BUDGETS, type Measurement } from './budgets.ts';

const budget = BUDGETS.extension;

const gzipBytes = (dir: string, file: string) =>
  gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/** `file` and every module it imports statically (paths relative to the extension's root). */
function withStaticImports(dir: string, file: string, into = new Set<string>()): Set<string> {
  if (into.has(file)) return into;
  into.add(file);
  const [imports] = parse(readFileSync(join(dir, file), 'utf8'), file);
  // `d === -1`: a static import or re-export (a dynamic `import()` loads later, on its own).
  for (const { n, d } of imports)
    if (d === -1 && n?.startsWith('.'))
      withStaticImports(dir, posix.join(dirname(file), n).replace(/^\.\//, ''), into);
  return into;
}

/** A part's code: its own chunk and what it imports, with the UI chunk's. */
const partCode = (dir: string, part: OverlayPart) =>
  new Set([
    ...withStaticImports(dir, UI_CHUNK_PATH.slice(1)),
    ...withStaticImports(dir, `${OVERLAY_CHUNK_DIR}/${part}-part.js`),
  ]);

/** The part's pack of the language whose pack is the largest. */
/** The largest (gzip) of a file the extension has once per language, and its language. */
function largestOf(dir: string, path: (language: Language) => string) {
  return LANGUAGES.map((language) => ({
    language,
    bytes: gzipBytes(dir, path(language).slice(1)),
  })).sort((a, b) => b.bytes - a.bytes)[0]!;
}

const largestPack = (dir: string, part: OverlayPart) =>
  largestOf(dir, (language) => languagePackPath(part, language));

interface Moment {
  what: string;
  part: OverlayPart;
  /** What is loaded already (the other part, at an earlier moment). */
  after?: OverlayPart;
}

const MOMENTS: readonly Moment[] = [
  { what: 'the partner opens the entry point', part: 'entry' },
  { what: 'a portal panel shows its link', part: 'link' },
  { what: 'a link is pasted or built in the open entry point', part: 'link', after: 'entry' },
  { what: 'the entry point is opened beside a panel link', part: 'entry', after: 'link' },
];

export async function overlaySizes(dir: string): Promise<Measurement[]> {
  await init;
  const results: Measurement[] = [];
  for (const { what, part, after } of MOMENTS) {
    const loaded = after ? partCode(dir, after) : new Set<string>();
    const files = [...partCode(dir, part)].filter((file) => !loaded.has(file));
    const code = files.reduce((sum, file) => sum + gzipBytes(dir, file), 0);
    const pack = largestPack(dir, part);
    results.push(
      {
        name: `extension overlay, when ${what}: code and ${pack.language} strings (gzip)`,
        value: code + pack.bytes,
        unit: 'B',
        budget: budget.overlayUiGzipBytes,
      },
      {
        name: `  (code: ${files.sort().join(', ')})`,
        value: code,
        unit: 'B',
      },
    );
  }
  for (const part of OVERLAY_PARTS) {
    const pack = largestPack(dir, part);
    results.push({
      name: `extension ${part} part's language pack, the largest (${pack.language}) (gzip)`,
      value: pack.bytes,
      unit: 'B',
      budget: budget.languagePackGzipBytes,
    });
  }
  const email = largestOf(dir, emailPackPath);
  results.push({
    name: `  (e-mail texts of another language, the largest (${email.language}), loaded when chosen, gzip)`,
    value: email.bytes,
    unit: 'B',
  });
  return results;
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { LANGUAGES, type Language } from '../../core/languages.ts';
import { PACK_NAMESPACES, type LanguagePack, type PackNamespace } from './language-pack.ts';
import { LANGUAGE_PACKS } from './language-packs.ts';
import { OVERLAY_PARTS, type OverlayPart } from './overlay-parts.ts';

/**
 * Which strings each part of the overlay can ask for (lib/overlay-parts.ts), read from its
 * code: the part's language pack (`/strings/<part>-<language>.js`) carries only those
 * (wxt.config.ts), so what loads at once stays small; the popup and the options page keep
 * every string (lib/language-packs.ts).
 *
 * Runs in Node only (the build and the tests), never in the extension. A part's modules are
 * the static imports reachable from the UI chunk's entry (`entrypoints/overlay-ui.ts`) and from
 * the part's own module (`PART_ENTRIES`); a dynamic `import()` in them must name a part's
 * module, which loads with its own pack. The build checks that every module Rollup put into a
 * chunk that loads with a part is among that part's modules (`modulesMissedByWalk`).
 * In each module, every string literal that starts with a pack namespace (`link:kind.gdap`)
 * is a key, and every template literal that does (`rules:outcome.${outcome}.title`) is a
 * pattern, each `${…}` standing for one or more key segments. A key that this cannot read
 * fails the build and `lib/overlay-strings.test.ts`, naming the module and what to write
 * instead: a namespace or first segment that comes from a value (`${ns}:${key}`,
 * `link:${name}`), a key joined with `+`, or a literal that names no text (a prefix joined
 * elsewhere). So a key held in data is written whole (or as one template literal) where the
 * data is: the overlay's code is the one place that says what the overlay shows.
 */

const EXTENSION_DIR = fileURLToPath(new URL('..', import.meta.url));
const ROOT = resolve(EXTENSION_DIR, '..');

/** The overlay's entry: the UI chunk (an unlisted script, see entrypoints/overlay-ui.ts). */
export const OVERLAY_ENTRY = resolve(EXTENSION_DIR, 'entrypoints/overlay-ui.ts');

/** Each part's own module, which ui/part-loader.ts loads with `import()`. */
export const PART_ENTRIES: Readonly<Record<OverlayPart, string>> = {
  entry: resolve(EXTENSION_DIR, 'ui/entry-part.ts'),
  link: resolve(EXTENSION_DIR, 'ui/link-part.ts'),
};

const NAMESPACE_RE = new RegExp(`^(${PACK_NAMESPACES.join('|')}):`);
/** A namespace inside a template's text, followed by a key (or a `${…}`): `… link:${k}`. */
const NAMESPACE_INSIDE_RE = new RegExp(`(?<![\\w-])(${PACK_NAMESPACES.join('|')}):(?:$|[\\w-])`);
/** The text after a `${…}` that made a namespace: `${ns}:${key}`, `${ns}:a.b`. */
const AFTER_VALUE_NAMESPACE_RE = /^:(?:$|[\w-]+(?:\.|$))/;
/** What one `${…}` of a template literal stands for: one or more key segments. */
const SEGMENTS = '[^.]+(?:\\.[^.]+)*';

/** A key or key pattern the overlay's code can ask for, and where it is written. */
export interface KeyPattern {
  /** As written: `link:kind.gdap`, or `rules:outcome.${…}.title` for a template literal. */
  source: string;
  /** Matches the keys (`ns:path`) it stands for. */
  match: RegExp;
  /** Module (relative to the repository) and line. */
  at: string;
}

/** A place in the overlay's code where a key is built in a way the extraction cannot read. */
export interface UnreadableKey {
  at: string;
  code: string;
  problem: string;
}

const where = (file: string, source: ts.SourceFile, node: ts.Node) =>
  `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined; // packages hold no keys of ours
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')])
    if (existsSync(candidate) && /\.(tsx?|json)$/.test(candidate)) return candidate;
  throw new Error(
    `${relative(ROOT, from)} imports "${specifier}", which is no .ts, .tsx or .json file; the overlay's strings are read from the modules it imports.`,
  );
}

/**
 * Relative imports that bring code (type-only imports and exports bring none): the static
 * ones, and the dynamic `import()`s apart.
 */
function importsOf(file: string, source: ts.SourceFile): { static: string[]; dynamic: string[] } {
  const specifiers: string[] = [];
  const dynamic: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isImportDeclaration(node) &&
      !node.importClause?.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      specifiers.push(node.moduleSpecifier.text);
    else if (
      ts.isExportDeclaration(node) &&
      !node.isTypeOnly &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    )
      specifiers.push(node.moduleSpecifier.text);
    else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      dynamic.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const resolved = (list: string[]) => list.flatMap((s) => resolveImport(file, s) ?? []);
  return { static: resolved(specifiers), dynamic: resolved(dynamic) };
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  const text = readFileSync(file, 'utf8');
  let source = parsed.get(file);
  if (source?.text !== text) {
    source = ts.createSourceFile(
      file,
      text,
      ts.ScriptTarget.Latest,
      true,
      file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    parsed.set(file, source);
  }
  return source;
}

const PART_FILES = new Set(Object.values(PART_ENTRIES));

/**
 * The modules that load with `roots` (absolute paths, .ts/.tsx, the roots first): their static
 * imports, followed. A dynamic `import()` must name a part's module (`PART_ENTRIES`): that part
 * loads later, with its own strings; any other fails, naming the module.
 */
export function overlayModules(roots: readonly string[] = [OVERLAY_ENTRY]): string[] {
  const seen = new Set<string>(roots);
  const queue = [...roots];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (file.endsWith('.json')) continue;
    const imports = importsOf(file, parse(file));
    const stray = imports.dynamic.filter((target) => !PART_FILES.has(target));
    if (stray.length)
      throw new Error(
        `${relative(ROOT, file)} loads ${stray.map((m) => relative(ROOT, m)).join(', ')} with import(), which is no part of the overlay (extension/lib/overlay-parts.ts), so no language pack would carry its strings. Import it statically, or make it a part in PART_ENTRIES.`,
      );
    for (const next of imports.static)
      if (!seen.has(next) && !isLocaleFile(next)) {
        seen.add(next);
        queue.push(next);
      }
  }
  return [...seen].filter((f) => !f.endsWith('.json'));
}

/** The modules whose code runs when `part` is loaded: the UI chunk's and the part's own. */
export const partModules = (part: OverlayPart): string[] =>
  overlayModules([OVERLAY_ENTRY, PART_ENTRIES[part]]);

/** The locale dictionaries themselves (`locales/<lng>/<ns>.json`) are the texts, not keys. */
const isLocaleFile = (file: string) => /[\\/]locales[\\/][a-z]{2}[\\/][a-z-]+\.json$/.test(file);

/** Keys, patterns and unreadable keys in one module. */
export function keysInModule(file: string): { keys: KeyPattern[]; unreadable: UnreadableKey[] } {
  const source = parse(file);
  const keys: KeyPattern[] = [];
  const unreadable: UnreadableKey[] = [];
  const fail = (node: ts.Node, problem: string) =>
    unreadable.push({ at: where(file, source, node), code: node.getText(source), problem });
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (NAMESPACE_RE.test(node.text)) {
        if (
          ts.isBinaryExpression(node.parent) &&
          node.parent.operatorToken.kind === ts.SyntaxKind.PlusToken
        )
          fail(
            node.parent,
            'joins a key with +: write the key as one template literal (`ns:a.${b}`)',
          );
        else
          keys.push({
            source: node.text,
            match: new RegExp(`^${escape(node.text)}$`),
            at: where(file, source, node),
          });
      }
    } else if (ts.isTemplateExpression(node)) {
      const texts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      const head = NAMESPACE_RE.exec(node.head.text);
      if (head && node.head.text === head[0])
        fail(node, "names no key segment before its first ${…}: write the key's first segment out");
      else if (head)
        keys.push({
          source: texts.join('${…}'),
          match: new RegExp(`^${texts.map(escape).join(SEGMENTS)}$`),
          at: where(file, source, node),
        });
      else if (
        texts.some((t) => NAMESPACE_INSIDE_RE.test(t)) ||
        texts.slice(1).some((t) => AFTER_VALUE_NAMESPACE_RE.test(t))
      )
        fail(node, 'takes its namespace from a value: write the namespace and first segment out');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { keys, unreadable };
}

/** Every key and pattern of the given modules (a part's); throws on a key it cannot read. */
export function overlayKeyPatterns(all: LanguagePack, modules: readonly string[]): KeyPattern[] {
  const keys: KeyPattern[] = [];
  const unreadable: UnreadableKey[] = [];
  for (const file of modules) {
    const found = keysInModule(file);
    keys.push(...found.keys);
    unreadable.push(...found.unreadable);
  }
  const every = packKeys(all);
  for (const key of keys)
    if (!every.some((k) => key.match.test(k)))
      unreadable.push({
        at: key.at,
        code: key.source,
        problem:
          'names no text (a key prefix joined elsewhere?): write each key whole, or as one template literal',
      });
  if (unreadable.length)
    throw new Error(
      `The overlay's language packs hold only the keys its code names (extension/lib/overlay-strings.ts), and these keys cannot be read:\n${unreadable
        .map((u) => `- ${u.at}: ${u.code} ${u.problem}`)
        .join('\n')}`,
    );
  return keys;
}

type Tree = { readonly [key: string]: string | Tree };

/** Every key of a pack, `ns:path`. */
export function packKeys(pack: LanguagePack): string[] {
  const walk = (tree: Tree, prefix: string): string[] =>
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [`${prefix}${k}`] : walk(v, `${prefix}${k}.`),
    );
  return PACK_NAMESPACES.flatMap((ns) => walk(pack[ns] as Tree, `${ns}:`));
}

/** The pack with only the keys that one of `patterns` matches (every namespace kept). */
export function trimPack(pack: LanguagePack, patterns: readonly KeyPattern[]): LanguagePack {
  const keep = (tree: Tree, prefix: string): Tree => {
    const out: Record<string, string | Tree> = {};
    for (const [k, v] of Object.entries(tree)) {
      if (typeof v === 'string') {
        if (patterns.some((p) => p.match.test(`${prefix}${k}`))) out[k] = v;
      } else {
        const inner = keep(v, `${prefix}${k}.`);
        if (Object.keys(inner).length) out[k] = inner;
      }
    }
    return out;
  };
  return Object.fromEntries(
    PACK_NAMESPACES.map((ns: PackNamespace) => [ns, keep(pack[ns] as Tree, `${ns}:`)]),
  ) as LanguagePack;
}

/**
 * The build's check of the walk: every module of ours that Rollup rendered into a chunk that
 * loads with a part must be one of that part's modules (`partModules`), else its keys would be
 * missing from the part's packs.
 */
export function modulesMissedByWalk(
  chunkModules: readonly string[],
  modules: readonly string[],
): string[] {
  const walked = new Set(modules.map((m) => resolve(m)));
  return chunkModules
    .filter((id) => !id.startsWith('\0') && !/[\\/]node_modules[\\/]/.test(id))
    .map((id) => resolve(id.replace(/\?.*$/, '')))
    .filter((id) => id.startsWith(ROOT) && /\.tsx?$/.test(id) && !walked.has(id))
    .map((id) => relative(ROOT, id));
}

export type OverlayPacks = Readonly<Record<Language, LanguagePack>>;

const packs = new Map<OverlayPart, OverlayPacks>();

/**
 * A part's language packs: every language's strings (lib/language-packs.ts) trimmed to the
 * keys the part's code can ask for. The build writes them into `/strings/<part>-<language>.js`;
 * the overlay's component tests speak through them, so a key the trimming lost fails there.
 */
export function overlayPacks(part: OverlayPart): OverlayPacks {
  let found = packs.get(part);
  if (found) return found;
  const patterns = overlayKeyPatterns(LANGUAGE_PACKS.en, partModules(part));
  found = Object.fromEntries(
    LANGUAGES.map((language) => [language, trimPack(LANGUAGE_PACKS[language], patterns)]),
  ) as Record<Language, LanguagePack>;
  packs.set(part, found);
  return found;
}

/** Every part's packs (the parts in OVERLAY_PARTS order). */
export const allOverlayPacks = (): readonly OverlayPacks[] => OVERLAY_PARTS.map(overlayPacks);

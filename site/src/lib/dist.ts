import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';

/**
 * Reading the built site (site/dist): its HTML pages, the JavaScript each page loads, and the
 * internal links that lead nowhere. Used by the bench (bench/site.ts) and by the tests.
 */

/** Every HTML file under `root`, as site paths (`/en/glossary/index.html`), sorted. */
export function htmlFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (full !== join(root, 'pagefind')) walk(full);
      } else if (name.endsWith('.html'))
        found.push(`/${relative(root, full).split(sep).join('/')}`);
    }
  };
  walk(root);
  return found.sort();
}

/** The URL a page file is served at: `/en/glossary/index.html` → `/en/glossary/`. */
export function urlOf(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

const ATTR = /\s(href|src|component-url|renderer-url|action)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** Internal references of an HTML page (href, src, island URLs, form actions), not external. */
export function internalReferences(html: string): string[] {
  const refs: string[] = [];
  for (const match of html.matchAll(ATTR)) {
    const value = (match[2] ?? match[3] ?? '').replace(/&amp;/g, '&');
    if (!value || value.startsWith('#')) continue;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) continue;
    refs.push(value);
  }
  return refs;
}

/** The file a reference resolves to from a page, or undefined when nothing is there. */
export function resolveReference(root: string, pageFile: string, ref: string): string | undefined {
  const path = ref.split('#')[0]!.split('?')[0]!;
  if (path === '') return join(root, pageFile);
  const absolute = path.startsWith('/') ? path : posix.join(posix.dirname(pageFile), path);
  let decoded: string;
  try {
    decoded = decodeURIComponent(absolute);
  } catch {
    return undefined;
  }
  const target = resolve(root, `.${decoded}`);
  if (!target.startsWith(resolve(root))) return undefined;
  const candidates = decoded.endsWith('/')
    ? [join(target, 'index.html')]
    : [target, join(target, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export interface BrokenLink {
  page: string;
  ref: string;
}

/** Every internal reference in the built site that has no file behind it. */
export function brokenLinks(root: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const page of htmlFiles(root)) {
    const html = readFileSync(join(root, page), 'utf8');
    for (const ref of internalReferences(html)) {
      if (!resolveReference(root, page, ref)) broken.push({ page, ref });
    }
  }
  return broken;
}

export interface PageScripts {
  /** Inline scripts (not JSON data). */
  inline: string[];
  /** JS files the page loads at once: script src, island component and renderer, and their static imports. */
  files: string[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']([^"']+\.m?js)["']/g;

/** The JavaScript a page loads before any interaction (dynamic imports are left out). */
export function pageScripts(root: string, pageFile: string, html: string): PageScripts {
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attrs, body]) =>
        !/\bsrc=/.test(attrs ?? '') &&
        !/application\/(ld\+)?json/.test(attrs ?? '') &&
        (body ?? '').trim() !== '',
    )
    .map(([, , body]) => body!);
  const entries = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)=["']([^"']+)["']/gi)].map((m) => m[1]!),
  ];
  const files = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file) || !existsSync(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), m[1]!));
  };
  for (const entry of entries) {
    const file = resolveReference(root, pageFile, entry);
    if (file) visit(file);
  }
  return { inline, files: [...files].sort() };
}

/** The image files a page shows (`<img src>`), resolved to files; missing ones left out. */
export function pageImages(root: string, pageFile: string, html: string): string[] {
  const sources = [...html.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)].map((m) => m[1]!);
  return sources.flatMap((src) => resolveReference(root, pageFile, src) ?? []);
}

/** Dynamic imports (`import("./x.js")`) of a set of JS files, resolved to files. */
export function dynamicImports(files: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/import\(\s*["']([^"']+\.m?js)["']\s*\)/g))
      found.add(resolve(dirname(file), m[1]!));
  }
  return [...found].sort();
}

/**
 * Figures of the guidance site, measured from site/dist: per language the page count, per
 * page type the largest HTML and JavaScript (gzip) and the page with the most image bytes,
 * against the budgets; the build time (a fresh `astro build` unless --quick, then the time the
 * last full bench recorded).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LANGUAGES } from '../core/index.ts';
import { dynamicImports, htmlFiles, pageImages, pageScripts } from '../site/src/lib/dist.ts';
import { BUILD_RECORD, buildSite } from '../scripts/build-site.ts';
import { BUDGETS, type Measurement } from './budgets.ts';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIST = join(ROOT, 'site', 'dist');
const B = BUDGETS.site;

type PageType =
  | 'root'
  | 'home'
  | 'tree question'
  | 'tree verdict'
  | 'tree index'
  | 'guide'
  | 'search'
  | '404'
  | 'quiz'
  | 'deck'
  | 'handout'
  | 'training';

/** The type of a page from its path; `verdict` from the island's markup. */
function pageType(file: string, html: string): PageType {
  if (file === '/index.html') return 'root';
  if (file === '/404.html' || /^\/\w+\/404\//.test(file)) return '404';
  const rest = file.replace(/^\/\w+\//, '');
  if (rest === 'index.html') return 'home';
  if (rest === 'trees/index.html') return 'tree index';
  if (rest.startsWith('trees/'))
    return html.includes('verdict--') ? 'tree verdict' : 'tree question';
  if (rest.startsWith('search/')) return 'search';
  if (rest.startsWith('training/quiz')) return 'quiz';
  // The class decks: `training/deck/…` (by topic) and `training/acceptance/deck/`.
  if (/^training\/(acceptance\/)?deck\//.test(rest)) return 'deck';
  if (/^training\/(handouts|cheat-sheet)\//.test(rest)) return 'handout';
  if (rest.startsWith('training/')) return 'training';
  return 'guide';
}

function jsBudget(type: PageType, hasIsland: boolean): number {
  switch (type) {
    case 'tree question':
    case 'tree verdict':
      return B.treePageJsGzipBytes;
    case 'quiz':
      return B.quizPageJsGzipBytes;
    case 'deck':
      return B.deckPageJsGzipBytes;
    case 'handout':
      return B.handoutPageJsGzipBytes;
    case 'search':
      return B.searchPageJsGzipBytes;
    case 'root':
      return B.rootPageJsGzipBytes;
    default:
      return hasIsland ? B.islandPageJsGzipBytes : B.staticPageJsBytes;
  }
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** A script file's gzip size, compressed once however many pages load it. */
const gzFileSizes = new Map<string, number>();
const gzFile = (file: string) => {
  let size = gzFileSizes.get(file);
  if (size === undefined) gzFileSizes.set(file, (size = gz(readFileSync(file))));
  return size;
};

/** A fresh build unless quick; in quick mode, the time the last `npm run build:site` took. */
function buildSeconds(quick: boolean): number | undefined {
  if (!quick) return buildSite({ quiet: true });
  if (!existsSync(BUILD_RECORD)) return undefined;
  return (JSON.parse(readFileSync(BUILD_RECORD, 'utf8')) as { seconds: number }).seconds;
}

export async function measure({ quick }: { quick: boolean }): Promise<Measurement[]> {
  const seconds = buildSeconds(quick);
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('No built site in site/dist: run "npm run build:site" first.');
  }
  const results: Measurement[] = [];
  if (seconds !== undefined)
    results.push({
      name: `site build (astro + pagefind${quick ? ', last build' : ''})`,
      value: seconds,
      unit: 's',
    });
  else console.log('site build time: not recorded yet (run npm run build:site once)');

  interface Worst {
    html: number;
    js: number;
    pages: number;
    hasIsland: boolean;
    jsPage: string;
  }
  const byLanguage = new Map<string, Map<PageType, Worst>>();
  const helperChunks = new Set<string>();
  const counts = new Map<string, number>();
  /** Per language, the page that shows the most image bytes. */
  const images = new Map<string, { bytes: number; page: string }>();
  for (const file of htmlFiles(DIST)) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const language = /^\/(de|en|zh)\//.exec(file)?.[1] ?? 'root';
    const type = pageType(file, html);
    const scripts = pageScripts(DIST, file, html);
    const js =
      scripts.inline.reduce((sum, s) => sum + gz(s), 0) +
      scripts.files.reduce((sum, f) => sum + gzFile(f), 0);
    const jsRaw = scripts.inline.reduce((sum, s) => sum + s.length, 0) + scripts.files.length;
    for (const chunk of dynamicImports(scripts.files))
      if (/LinkPasteResult/.test(chunk)) helperChunks.add(chunk);
    counts.set(language, (counts.get(language) ?? 0) + 1);
    const imageBytes = pageImages(DIST, file, html).reduce((sum, f) => sum + statSync(f).size, 0);
    if (imageBytes > (images.get(language)?.bytes ?? -1))
      images.set(language, { bytes: imageBytes, page: file });
    const types = byLanguage.get(language) ?? new Map<PageType, Worst>();
    byLanguage.set(language, types);
    const worst = types.get(type) ?? { html: 0, js: 0, pages: 0, hasIsland: false, jsPage: '' };
    worst.pages++;
    worst.html = Math.max(worst.html, gz(html));
    const hasIsland = html.includes('<astro-island');
    worst.hasIsland ||= hasIsland;
    const value = hasIsland || type === 'root' || type === 'handout' ? js : jsRaw;
    if (value >= worst.js) {
      worst.js = value;
      worst.jsPage = file;
    }
    types.set(type, worst);
  }
  for (const language of ['root', ...LANGUAGES]) {
    const types = byLanguage.get(language);
    if (!types) continue;
    results.push({
      name: `site/${language} pages`,
      value: counts.get(language) ?? 0,
      unit: 'count',
    });
    const heaviest = images.get(language);
    if (heaviest && heaviest.bytes > 0)
      results.push({
        name: `site/${language} images of one page, most (${heaviest.page})`,
        value: heaviest.bytes,
        unit: 'B',
        budget: B.pageImageBytes,
      });
    for (const [type, worst] of [...types].sort(([a], [b]) => a.localeCompare(b))) {
      results.push({
        name: `site/${language} ${type} HTML, largest (gzip)`,
        value: worst.html,
        unit: 'B',
        budget: B.pageHtmlGzipBytes,
      });
      const budget = jsBudget(type, worst.hasIsland);
      const gzipped = worst.hasIsland || type === 'root' || type === 'handout';
      results.push({
        name: `site/${language} ${type} JS, largest (${gzipped ? 'gzip' : 'bytes'})`,
        value: worst.js,
        unit: 'B',
        budget,
      });
    }
  }
  results.push(...searchIndexSizes());
  for (const chunk of helperChunks) {
    results.push({
      name: 'site invitation helper logic, on first use (gzip)',
      value: gz(readFileSync(chunk)),
      unit: 'B',
      budget: B.invitationHelperOnDemandGzipBytes,
    });
  }
  return results;
}

/** The stored size of each language's search index (index chunks, metadata, fragments). */
function searchIndexSizes(): Measurement[] {
  const root = join(DIST, 'pagefind');
  const files = ['index', 'fragment', '.'].flatMap((dir) =>
    readdirSync(join(root, dir)).map((name) => join(root, dir, name)),
  );
  return LANGUAGES.map((lang) => ({
    name: `site/${lang} search index (stored)`,
    value: files
      .filter(
        (f) => basename(f).startsWith(`${lang}_`) || basename(f).startsWith(`pagefind.${lang}_`),
      )
      .reduce((sum, f) => sum + statSync(f).size, 0),
    unit: 'B' as const,
    budget: B.searchIndexBytesPerLanguage,
  }));
}

/**
 * Training mode figures, from the built site (`site/dist`, or TRAINING_DIST): the JavaScript
 * the quiz page ships (inline scripts, island, renderer and every module they import
 * statically), gzip, per language, against BUDGETS.site.quizPageJsGzipBytes; and the size of
 * the quiz page's HTML against BUDGETS.site.pageHtmlGzipBytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { LANGUAGES } from '../core/languages.ts';
import { BUDGETS, type Measurement } from './budgets.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function distDir(): string {
  return resolve(ROOT, process.env.TRAINING_DIST ?? 'site/dist');
}

const gzipSize = (text: string | Buffer) => gzipSync(text).length;

/** Every script a page loads, with its gzip size: inline ones and the module graph. */
export function pageScripts(dist: string, pagePath: string): { name: string; gzip: number }[] {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const result: { name: string; gzip: number }[] = [];
  let inline = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const [, attributes = '', body = ''] = match;
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (!src && body.trim()) result.push({ name: `inline #${++inline}`, gzip: gzipSize(body) });
  }
  const entries = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g),
  ].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url) || !url.startsWith('/')) return;
    seen.add(url);
    const file = join(dist, url);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${url}, which is not in ${dist}`);
    const code = readFileSync(file, 'utf8');
    result.push({ name: url, gzip: gzipSize(code) });
    // Static imports between the built chunks (relative, same folder). Dynamic imports are
    // left out: the Preact renderer loads signals only for islands with signal props, and
    // the e2e test (test/e2e/training/quiz.spec.ts) counts what a real visit downloads.
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\/[^"']+\.js)["']/g)) {
      visit(new URL(m[1]!, `http://x${url}`).pathname);
    }
  };
  entries.forEach(visit);
  return result;
}

export async function measure({ quick }: { quick: boolean }): Promise<Measurement[]> {
  void quick; // Sizes are exact: nothing to repeat.
  const dist = distDir();
  const results: Measurement[] = [];
  for (const lang of LANGUAGES) {
    const page = `${lang}/training/quiz`;
    const scripts = pageScripts(dist, page);
    results.push({
      name: `training/${lang} quiz page JS (gzip, ${scripts.length} scripts)`,
      value: scripts.reduce((sum, s) => sum + s.gzip, 0),
      unit: 'B',
      budget: BUDGETS.site.quizPageJsGzipBytes,
    });
    results.push({
      name: `training/${lang} quiz page HTML (gzip)`,
      value: gzipSize(readFileSync(join(dist, page, 'index.html'))),
      unit: 'B',
      budget: BUDGETS.site.pageHtmlGzipBytes,
    });
  }
  return results;
}

// `npx tsx bench/training.ts` prints the figures and the scripts behind them.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const s of pageScripts(distDir(), 'en/training/quiz')) console.log(s.name, s.gzip);
  for (const m of await measure({ quick: true })) console.log(m.name, m.value, '/', m.budget);
}

/**
 * The site's search index: Pagefind, fed the built pages with word breaks between Chinese
 * words and between the parts of German compounds (site/src/lib/search-terms.ts), so the
 * index cuts words the way the search page cuts a query. The pages on disk stay as built;
 * only the indexer reads the cut text. The German vocabulary that compounds are split into
 * is the site's own: the words of its German pages and the termbase's German terms.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import * as pagefind from 'pagefind';
import { CONCEPTS } from '../locales/termbase.ts';
import { htmlFiles } from '../site/src/lib/dist.ts';
import {
  indexText,
  vocabulary,
  WORD_BREAK,
  type Vocabulary,
} from '../site/src/lib/search-terms.ts';

const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
  parentNode: TextNode | null;
}

/** Whether a text is part of the page's heading, which Pagefind takes for its title. */
function inHeading(node: TextNode): boolean {
  for (let at = node.parentNode; at; at = at.parentNode)
    if (at.nodeName.toUpperCase() === 'H1') return true;
  return false;
}

function textNodes(node: TextNode, found: TextNode[] = []): TextNode[] {
  if (node.nodeType === 3) found.push(node);
  else if (!SKIP.has(node.nodeName.toUpperCase()))
    for (const child of Array.from(node.childNodes)) textNodes(child, found);
  return found;
}

interface Page {
  file: string;
  lang: string;
  document: ReturnType<typeof parseHTML>['document'];
  texts: TextNode[];
}

function readPages(root: string): Page[] {
  return htmlFiles(root).map((file) => {
    const { document } = parseHTML(readFileSync(join(root, file), 'utf8'));
    const lang = document.documentElement.getAttribute('lang') ?? 'en';
    return { file, lang, document, texts: textNodes(document as unknown as TextNode) };
  });
}

/** The German words compounds are split into: the German pages' words and the termbase's. */
export function germanVocabulary(pages: readonly Page[]): Vocabulary {
  const texts = pages
    .filter((p) => p.lang === 'de')
    .flatMap((p) => p.texts.map((t) => t.textContent ?? ''));
  return vocabulary([...texts, ...CONCEPTS.map((c) => c.de.term)]);
}

/** A metadata value Pagefind takes from an element's text: `data-pagefind-meta="scenario"`. */
const META_FROM_TEXT = /^[\w-]+$/;

/** Where such a value goes, cut for the index, while the element's text stays page text. */
const META_VALUE = 'data-meta-value';

/**
 * Cuts the words of what Pagefind reads from attributes: a title given in `data-title`, a
 * metadata value taken from an element's text (moved into an attribute, so the text keeps its
 * word breaks as page text and the value gets its own) and an image's alt text. Pagefind
 * splits a metadata value only at spaces: a Chinese value gets spaces between its words, and a
 * German one stays as written (a space inside a compound would show in a result's title).
 */
export function cutAttributes(page: Pick<Page, 'document' | 'lang'>, vocab: Vocabulary): void {
  const { document, lang } = page;
  const metaCut = (text: string) => (lang === 'zh' ? indexText(lang, text, vocab, ' ') : text);
  for (const titled of Array.from(document.querySelectorAll('[data-title]')))
    titled.setAttribute('data-title', metaCut(titled.getAttribute('data-title') ?? ''));
  for (const meta of Array.from(document.querySelectorAll('[data-pagefind-meta]'))) {
    const key = meta.getAttribute('data-pagefind-meta') ?? '';
    if (!META_FROM_TEXT.test(key)) continue;
    meta.setAttribute(META_VALUE, metaCut(meta.textContent ?? ''));
    meta.setAttribute('data-pagefind-meta', `${key}[${META_VALUE}]`);
  }
  for (const image of Array.from(document.querySelectorAll('img[alt]')))
    image.setAttribute(
      'alt',
      indexText(lang, image.getAttribute('alt') ?? '', vocab, lang === 'zh' ? ' ' : WORD_BREAK),
    );
}

/** Indexes the built site in `root` into `root/pagefind`; returns the pages indexed. */
export async function writeSearchIndex(root: string): Promise<number> {
  const pages = readPages(root);
  const vocab = germanVocabulary(pages);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      cutAttributes(page, vocab);
      for (const node of page.texts)
        node.textContent = indexText(
          page.lang,
          node.textContent ?? '',
          vocab,
          // Pagefind splits a title's words only at spaces; `shownText` removes them again.
          page.lang === 'zh' && inHeading(node) ? ' ' : WORD_BREAK,
        );
      const added = await index.addHTMLFile({
        sourcePath: page.file.slice(1),
        content: page.document.toString(),
      });
      if (added.errors.length > 0)
        throw new Error(`Pagefind could not index ${page.file}: ${added.errors.join('; ')}`);
    }
    // The index's files come back in memory and are written here, whole, before the backend
    // is closed: Pagefind's own `writeFiles` answered before its last files were flushed, and
    // closing then left them empty (an empty `pagefind-entry.json` switched search off).
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length > 0)
      throw new Error(`Pagefind could not write its index: ${fileErrors.join('; ')}`);
    const out = join(root, 'pagefind');
    rmSync(out, { recursive: true, force: true });
    for (const file of files) {
      const target = join(out, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
  } finally {
    await pagefind.close();
  }
  return pages.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2];
  if (!root) throw new Error('Name the built site to index: search-index.ts <site directory>.');
  const count = await writeSearchIndex(resolve(root));
  console.log(`Search index: ${count} pages.`);
}

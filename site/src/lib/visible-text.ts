import { parseHTML } from 'linkedom';

/**
 * What a reader sees or hears of an HTML page, as separate pieces of text: one per block
 * (paragraph, list item, table cell, heading, SVG `<text>`/`<tspan>` line, option…), plus the
 * attributes read out or shown (`aria-label`, `title`, `alt`, `placeholder`, meta
 * description, and `data-title`: a page's title in the search results). Inline elements join their block's text, so `<strong>下一步</strong>: …`
 * comes out as one piece, the way it renders. Code (`code`, `kbd`, `samp`, `pre`) becomes
 * the word CODE, and so does a title quoted verbatim (`data-verbatim`); scripts and styles are left out. Used by the typography checks.
 */

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'button', 'caption', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1',
  'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'legend', 'li', 'main', 'nav', 'ol',
  'optgroup', 'option', 'output', 'p', 'section', 'select', 'summary', 'table', 'tbody', 'td',
  'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'svg', 'text', 'tspan', 'g', 'a',
  'body', 'head', 'html', 'noscript', 'astro-island', 'input', 'img', 'menu', 'search',
]); // prettier-ignore
// `a` counts as a block: in this site links in running text sit at word boundaries, and
// links in lists and diagrams are separate items. SVG `text`/`tspan` are separate lines.

const SKIP = new Set(['script', 'style', 'template', 'title-ignore']);
const CODE = new Set(['code', 'kbd', 'samp', 'pre', 'var']);
const ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'data-title'];

export interface TextPiece {
  text: string;
  /** The language of the text: the nearest `lang` attribute (a German quote on a Chinese page is German). */
  lang: string;
}

export interface VisibleText {
  /** Block texts, whitespace collapsed, empty ones left out. */
  blocks: TextPiece[];
  /** Attribute values read out or shown. */
  attributes: TextPiece[];
}

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

export function visibleText(html: string): VisibleText {
  const { document } = parseHTML(html);
  const blocks: TextPiece[] = [];
  const attributes: TextPiece[] = [];
  let current = '';
  let currentLang = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, lang: currentLang });
    current = '';
  };
  const walk = (node: DomNode, lang: string): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    const own = node.getAttribute?.('lang') || lang;
    const attribute = (value: string | null | undefined) => {
      if (value && value.trim()) attributes.push({ text: value.trim(), lang: own });
    };
    for (const name of ATTRIBUTES) attribute(node.getAttribute?.(name));
    if (name === 'meta' && /^description$/i.test(node.getAttribute?.('name') ?? '')) {
      attribute(node.getAttribute?.('content'));
    }
    if (name === 'input' && /^(submit|button)$/i.test(node.getAttribute?.('type') ?? '')) {
      attribute(node.getAttribute?.('value'));
    }
    // `data-verbatim`: another publisher's words quoted as they are (a cited page's title),
    // not ours to correct; like code, it stands in the sentence as one token.
    if (CODE.has(name) || node.getAttribute?.('data-verbatim') != null) {
      current += 'CODE';
      return;
    }
    const block = BLOCK.has(name) || own !== lang;
    if (block) flush();
    const outer = currentLang;
    currentLang = own;
    for (const child of Array.from(node.childNodes)) walk(child, own);
    if (block) flush();
    currentLang = outer;
  };
  walk(document.documentElement as unknown as DomNode, '');
  flush();
  return { blocks, attributes };
}

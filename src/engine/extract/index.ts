/**
 * Web page → clean article: the extraction behind "Paste as clean article",
 * the drop and import of saved pages, and `copydesk extract`.
 *
 * Pipeline: input checks (`extractProblem`, a one-line reason for what cannot
 * be a page) → linkedom parses the HTML (it runs in Node and in a web worker
 * alike; no hand-written parsing) → Readability finds the article container →
 * the container is read as blocks (`blocks.ts`) → Copydesk's boilerplate
 * rules drop the furniture Readability leaves in (`clean.ts`) → the blocks are
 * written as text or Markdown (`write.ts`). Where Readability finds nothing,
 * or too little, the page's visible text stands in (`fallback.ts`), cleaned
 * the same way.
 *
 * Bundled on its own as `dist/extract.js` (Readability and linkedom are large):
 * the products load it only when an extraction is asked for.
 */
import { parseHTML } from 'linkedom';
import type { DomNode } from './blocks';
import { cleanBlocks } from './clean';
import { readArticle, visibleBlocks, wordsUpTo } from './fallback';
import { extractProblem } from './input';
import { type ExtractFormat, writeBlocks } from './write';

export { extractProblem, MAX_HTML_LENGTH } from './input';
export type { ExtractFormat } from './write';

export interface ExtractOptions {
  /** `text`: paragraphs separated by a blank line, no markup. `markdown`: headings, lists, quotes, emphasis and links kept. */
  format?: ExtractFormat;
  /** Put the page's headline first. */
  title?: boolean;
  /** Drop the furniture Copydesk's boilerplate rules are sure of (default true; false shows what the clean-up removes). */
  clean?: boolean;
}

export interface ExtractResult {
  /** The article, paragraphs separated by one blank line, ending in a line break ('' when nothing was found). */
  text: string;
  /** The page's headline, or null. */
  title: string | null;
  /**
   * Where the text came from: `readability` (the article container Readability
   * found), `page` (the page's visible text: Readability found nothing or too
   * little), `none` (no text, or a problem).
   */
  source: 'readability' | 'page' | 'none';
  /** Why nothing was extracted, in one line (empty, binary, not HTML, too large, unreadable); unset when all went well. */
  problem?: string;
}

/** Deeper than this, a page is not read at all (no real page comes near; the tree walks would run out of stack). */
const MAX_DEPTH = 1000;
/** Past these, Readability is not asked (its time grows faster than the page): the visible text is read instead. */
const READABILITY_ELEMENTS = 60_000;
const READABILITY_DEPTH = 200;

/** The number of elements and the depth of the tree, by an iterative walk that stops counting past the limits. */
function shapeOf(root: DomNode | null): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  let node: DomNode | null = root;
  while (node && elements <= READABILITY_ELEMENTS * 2 && deepest <= MAX_DEPTH) {
    if (node.nodeType === 1) elements++;
    if (node.firstChild) {
      node = node.firstChild;
      deepest = Math.max(deepest, ++depth);
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      depth--;
    }
    if (node === root) break;
    node = node?.nextSibling ?? null;
  }
  return { elements, depth: deepest };
}

/** Fewer words than this from Readability is too little to be an article: the page's visible text is read instead. */
const ENOUGH_WORDS = 60;

/**
 * The article of a web page. Never throws: input that cannot be a page, or a
 * page that cannot be read, gives `text: ''` and a `problem`.
 */
export function extractArticle(html: string, options: ExtractOptions = {}): ExtractResult {
  const format = options.format ?? 'text';
  const problem = extractProblem(html);
  if (problem) return { text: '', title: null, source: 'none', problem };
  try {
    const page = asDocument(html);
    const { document } = parseHTML(page);
    const { elements, depth } = shapeOf(document.documentElement as unknown as DomNode);
    if (depth > MAX_DEPTH) return { text: '', title: null, source: 'none', problem: `the page is nested too deeply to read (over ${MAX_DEPTH} levels)` };
    const title = titleOf(document);
    // Readability's time grows faster than the page on very large or deep trees: past these, the visible text is read.
    const article = elements <= READABILITY_ELEMENTS && depth <= READABILITY_DEPTH ? readArticle(document) : undefined;
    let blocks = article?.blocks ?? [];
    let source: ExtractResult['source'] = 'readability';
    if (wordsUpTo(blocks, ENOUGH_WORDS) < ENOUGH_WORDS) {
      // Readability found nothing, or too little to be the article: its heuristics are unsure on so short a
      // page, so the page's visible text (menus, banners, footers left out) stands in, if it has any.
      // Readability changed the document it read: the visible text comes from a fresh parse.
      const visible = visibleBlocks((article ? parseHTML(page).document : document) as unknown as DomNode);
      if (wordsUpTo(visible, 1) > 0) {
        blocks = visible;
        source = 'page';
      }
    }
    const headline = article?.title ?? title ?? null;
    if (options.clean !== false) blocks = cleanBlocks(blocks, headline);
    const text = writeBlocks(blocks, format, options.title ? headline : undefined);
    if (blocks.length === 0) return { text, title: headline, source: 'none', problem: 'the page has no readable text' };
    return { text, title: headline, source };
  } catch (error) {
    return { text: '', title: null, source: 'none', problem: `the page could not be read (${String((error as Error)?.message ?? error).split('\n')[0]})` };
  }
}

/**
 * The input as a whole document: a fragment (what a clipboard often holds: a
 * few paragraphs, no `<html>` or `<body>`) is put in a body, as a browser would,
 * so that the parser gives it a body to read.
 */
function asDocument(html: string): string {
  return /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
}

function titleOf(document: { title?: string }): string | undefined {
  const t = document.title?.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

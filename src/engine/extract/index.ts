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
    const { document } = parseHTML(html);
    const title = titleOf(document);
    const article = readArticle(document);
    let blocks = article?.blocks ?? [];
    let source: ExtractResult['source'] = 'readability';
    const found = wordsUpTo(blocks, ENOUGH_WORDS);
    if (found < ENOUGH_WORDS) {
      // Readability found nothing, or too little to be the article: its heuristics are unsure on so short a
      // page, so the page's visible text (menus, banners, footers left out) stands in, if it has any.
      // Readability changed the document it read: the visible text comes from a fresh parse.
      const page = visibleBlocks(parseHTML(html).document as unknown as DomNode);
      if (wordsUpTo(page, 1) > 0) {
        blocks = page;
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

function titleOf(document: { title?: string }): string | undefined {
  const t = document.title?.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

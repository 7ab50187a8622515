/**
 * The two readings of a parsed page: Readability's article (its container,
 * read as blocks without serialising and re-parsing it) and, for the pages
 * where Readability finds nothing or too little, the page's visible text (the
 * body read as blocks, skipping scripts, hidden parts and page furniture such
 * as navigation, banners, footers and asides).
 */
import { Readability } from '@mozilla/readability';
import { type Block, type DomNode, readBlocks } from './blocks';

/** The number of words in the blocks, counting no further than `cap` (pages can be long). */
export function wordsUpTo(blocks: readonly Block[], cap: number): number {
  let count = 0;
  const word = /[\p{L}\p{N}]+/gu;
  for (const b of blocks) {
    word.lastIndex = 0;
    while (word.exec(b.text)) if (++count >= cap) return cap;
  }
  return count;
}

/** Readability's private byline test, with its cheap conditions first (the original reads every element's whole text first: quadratic on deep pages). */
interface BylineTest {
  _isValidByline?: (node: Element, matchString: string) => boolean;
  REGEXPS?: { byline?: RegExp };
}
function cheapBylineTest(reader: BylineTest): void {
  const byline = reader.REGEXPS?.byline;
  if (typeof reader._isValidByline !== 'function' || !(byline instanceof RegExp)) return;
  reader._isValidByline = (node, matchString) => {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || byline.test(matchString))) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  };
}

/** Readability's article as blocks, with its headline; undefined when it finds none. */
export function readArticle(document: unknown): { blocks: Block[]; title: string | null } | undefined {
  // Readability changes the document it reads (the caller reads the visible text from a fresh parse).
  const reader = new Readability(document as Document, { serializer: (el: Node) => el as unknown as string, keepClasses: true });
  cheapBylineTest(reader as unknown as BylineTest);
  const article = reader.parse();
  if (!article?.content) return undefined;
  const root = article.content as unknown as DomNode;
  return { blocks: readBlocks(root), title: article.title?.replace(/\s+/g, ' ').trim() || null };
}

/** The visible text of a page, furniture left out. */
export function visibleBlocks(document: DomNode): Block[] {
  const body = (document as unknown as { body?: DomNode }).body ?? document;
  return readBlocks(body, { skipFurniture: true });
}

/**
 * The two readings of a parsed page: Readability's article (its container,
 * read as blocks without serialising and re-parsing it) and, for the pages
 * where Readability finds nothing or too little, the page's visible text (the
 * body read as blocks, skipping scripts, hidden parts and page furniture such
 * as navigation, banners, footers and asides).
 */
import { Readability } from '@mozilla/readability';
import { type Block, type DomNode, readBlocks } from './blocks';

export function wordsOf(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return n;
}

/** Readability's article as blocks, with its headline; undefined when it finds none. */
export function readArticle(document: unknown): { blocks: Block[]; title: string | null } | undefined {
  // Readability changes the document it reads (the caller reads the visible text from a fresh parse).
  const reader = new Readability(document as Document, { serializer: (el: Node) => el as unknown as string });
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

/**
 * Web page → clean article. Readability (on linkedom, which runs in Node and
 * in a web worker alike) finds the article container; the result is written
 * out as plain paragraphs or Markdown.
 *
 * First cut: the API the paste, drop, import and `copydesk extract` features
 * build on. The boilerplate clean-up of what Readability leaves in, the
 * fallback to the page's visible text and the input checks come next.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export type ExtractFormat = 'text' | 'markdown';

export interface ExtractOptions {
  /** `text`: paragraphs separated by a blank line, no markup. `markdown`: headings, lists and emphasis kept. */
  format?: ExtractFormat;
  /** Put the page's headline first. */
  title?: boolean;
}

export interface ExtractResult {
  /** The article, paragraphs separated by one blank line, ending in a line break ('' when nothing was found). */
  text: string;
  /** The page's headline, or null. */
  title: string | null;
  /** Where the text came from. */
  source: 'readability' | 'none';
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'TD', 'TH', 'DT', 'DD']);

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}

/** The text of each block element, in document order (blocks nested in blocks are read once, at the outer one). */
function blocks(root: Node, out: { tag: string; text: string }[]): void {
  for (let i = 0; i < root.childNodes.length; i++) {
    const n = root.childNodes[i];
    if (n.nodeType !== 1) continue;
    if (BLOCKS.has(n.nodeName)) {
      const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text) out.push({ tag: n.nodeName, text });
    } else blocks(n, out);
  }
}

function render(b: { tag: string; text: string }, format: ExtractFormat): string {
  if (format === 'text') return b.text;
  if (/^H[1-6]$/.test(b.tag)) return `${'#'.repeat(Number(b.tag[1]))} ${b.text}`;
  if (b.tag === 'LI') return `- ${b.text}`;
  if (b.tag === 'BLOCKQUOTE') return `> ${b.text}`;
  return b.text;
}

export function extractArticle(html: string, options: ExtractOptions = {}): ExtractResult {
  const format = options.format ?? 'text';
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) return { text: '', title: null, source: 'none' };
  const { document: body } = parseHTML(`<html><body>${article.content}</body></html>`);
  const found: { tag: string; text: string }[] = [];
  blocks(body.body as unknown as Node, found);
  const title = article.title?.trim() || null;
  const parts = found.map((b) => render(b, format));
  if (options.title && title) parts.unshift(format === 'markdown' ? `# ${title}` : title);
  return { text: parts.length > 0 ? `${parts.join('\n\n')}\n` : '', title, source: 'readability' };
}

/**
 * DOM → blocks: the reading of an element tree (Readability's article, or a
 * whole page's body for the fallback) as the paragraphs, headings, list items,
 * quotes and preformatted runs a reader sees, each with its text twice: plain
 * (for the boilerplate rules and the text format) and with inline Markdown
 * (emphasis, code, links).
 *
 * The walk follows the HTML content model rather than a list of "paragraph
 * tags": any element that is not phrasing content closes the current block,
 * so text lying loose in a `<div>` next to a `<p>` is read as a paragraph of
 * its own instead of being lost. Parts a reader does not see (scripts, styles,
 * `hidden`, `aria-hidden`, `display:none`, form controls) are skipped; the
 * fallback also skips page furniture (navigation, banners, footers, asides).
 *
 * Only the DOM interface linkedom and browsers share is used (node types,
 * names, attributes, child lists), through a minimal structural type, so the
 * module neither depends on linkedom's typings nor parses HTML itself.
 */

export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
}

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'pre' | 'caption';

export interface Block {
  kind: BlockKind;
  /** The text as read, whitespace collapsed (line breaks from `<br>` kept), no markup. */
  text: string;
  /** The same text with inline Markdown: `*em*`, `**strong**`, `` `code` ``, `[text](url)`. */
  markdown: string;
  /** Heading level 1–6. */
  level?: number;
  /** List nesting (0 = top level) and whether the list is numbered. */
  depth?: number;
  ordered?: boolean;
  /** Number of `<blockquote>`s around the block. */
  quoteDepth: number;
  /** Read inside a small box whose class or id names it furniture (`share`, `related`, `newsletter`, `caption`…). */
  furniture?: boolean;
  /** Share of the block's letters and digits that lie inside links (0–1): a block that is all link is a menu entry or a story teaser. */
  linkShare: number;
}

export interface BlockOptions {
  /** Also skip navigation, banners, footers, asides, forms and dialogs (the whole-page fallback). */
  skipFurniture?: boolean;
}

/** Never read: not shown, not text, or controls. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'MATH',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'IMG',
  'PICTURE',
  'SOURCE',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'BUTTON',
  'OPTION',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

/** Page furniture, skipped by the whole-page fallback. */
const FURNITURE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'DIALOG', 'MENU']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);

/**
 * Class and id words of page furniture boxes: sharing, related stories,
 * newsletter and subscription prompts, advertising, bylines, credits and
 * captions, breadcrumbs, recommendation widgets. The words sites and content
 * systems use for these (Readability's own "negative" hints are of the same
 * kind), matched as whole words of a class or id.
 */
const FURNITURE_CLASS =
  /(?:^|[-_\s])(?:share|sharing|social|related|newsletter|promo|advert|ads?|sponsor(?:ed)?|byline|credits?|caption|breadcrumbs?|subscribe|signup|outbrain|taboola|recirc)(?:[-_\s]|$)/i;

/** An element whose class or id names it furniture. */
function furnitureBox(node: DomNode): boolean {
  const hint = `${node.getAttribute?.('class') ?? ''} ${node.getAttribute?.('id') ?? ''}`;
  return hint.trim() !== '' && FURNITURE_CLASS.test(hint);
}

/** Furniture boxes are small: no paragraph-length block, a few headlines' worth of words at most. */
function smallBox(blocks: readonly Block[], from: number): boolean {
  let total = 0;
  for (let i = from; i < blocks.length; i++) {
    const words = blocks[i].text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (words >= 25) return false;
    total += words;
  }
  return total <= 120;
}

/** Phrasing content: these stay inside the current block. Everything else starts a new one. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
  'WBR',
  'BR',
  'NOBR',
  'BIG',
]);

const EMPHASIS: Record<string, string> = { EM: '*', I: '*', STRONG: '**', B: '**' };

/** Whether a link target is worth keeping in Markdown: absolute web and mail addresses only. */
function keptHref(href: string | null): string | undefined {
  if (!href) return undefined;
  const h = href.trim();
  return /^(https?:\/\/|mailto:)[^\s()<>]+$/i.test(h) ? h : undefined;
}

function hiddenElement(el: DomNode, options: BlockOptions): boolean {
  const name = el.nodeName.toUpperCase();
  if (SKIP.has(name)) return true;
  const attr = (n: string): string | null => el.getAttribute?.(n) ?? null;
  if (attr('hidden') !== null || attr('aria-hidden') === 'true') return true;
  const style = attr('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  if (options.skipFurniture) {
    if (FURNITURE.has(name)) return true;
    const role = attr('role');
    if (role && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  }
  return false;
}

interface Context {
  quoteDepth: number;
  listDepth: number;
  ordered: boolean;
  pre: boolean;
}

/** Inline text being gathered for the current block. */
class Inline {
  text = '';
  markdown = '';
  /** Characters of text (spaces aside) read inside links, and in all. */
  linked = 0;
  visible = 0;
  add(text: string, markdown: string = text): void {
    this.text += text;
    this.markdown += markdown;
  }
  get linkShare(): number {
    return this.visible > 0 ? Math.min(1, this.linked / this.visible) : 0;
  }
  get empty(): boolean {
    return this.text.trim() === '';
  }
}

const collapse = (s: string): string =>
  s
    .replace(/[ \t\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*\n[ \t\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]*/g, '\n')
    .replace(/[ \t\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g, ' ');

/** Characters that would read as Markdown syntax inside running text. */
function escapeMarkdown(s: string): string {
  return s.replace(/[\\*`]/g, (c) => `\\${c}`).replace(/(^|\s)_(?=\S)|(\S)_(?=\s|$)/g, (m) => m.replace('_', '\\_'));
}

class Walker {
  readonly blocks: Block[] = [];
  private inline = new Inline();
  private pending: Omit<Block, 'text' | 'markdown' | 'linkShare'> | undefined;
  private inLink = 0;

  constructor(private readonly options: BlockOptions) {}

  /** Ends the current block, if it has any text. */
  flush(ctx: Context): void {
    const shape = this.pending ?? { kind: ctx.pre ? 'pre' : 'paragraph', quoteDepth: ctx.quoteDepth };
    if (!this.inline.empty) {
      const text = ctx.pre ? this.inline.text : collapse(this.inline.text);
      const markdown = ctx.pre ? this.inline.text : collapse(this.inline.markdown);
      const kept = ctx.pre ? tidyPre : tidy;
      this.blocks.push({ ...shape, text: kept(text), markdown: kept(markdown), linkShare: this.inline.linkShare } as Block);
    }
    this.inline = new Inline();
    this.pending = undefined;
  }

  walk(node: DomNode, ctx: Context): void {
    for (let child = node.firstChild; child; child = child.nextSibling) this.visit(child, ctx);
  }

  private visit(node: DomNode, ctx: Context): void {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      const visible = value.length - (value.match(/\s/g)?.length ?? 0);
      this.inline.visible += visible;
      if (this.inLink > 0) this.inline.linked += visible;
      if (ctx.pre) this.inline.add(value);
      else {
        const flat = value.replace(/[\t\n\r\f]+/g, ' ');
        this.inline.add(flat, escapeMarkdown(flat));
      }
      return;
    }
    if (node.nodeType !== 1) return;
    if (hiddenElement(node, this.options)) return;
    const name = node.nodeName.toUpperCase();
    if (INLINE.has(name)) return this.visitInline(node, name, ctx);
    this.visitBlock(node, name, ctx);
  }

  private visitInline(node: DomNode, name: string, ctx: Context): void {
    if (name === 'BR') return this.inline.add('\n');
    if (name === 'A') {
      this.inLink++;
      try {
        this.visitInlineMarked(node, name, ctx);
      } finally {
        this.inLink--;
      }
      return;
    }
    this.visitInlineMarked(node, name, ctx);
  }

  private visitInlineMarked(node: DomNode, name: string, ctx: Context): void {
    if (ctx.pre) return this.walk(node, ctx);
    const mark = EMPHASIS[name] ?? (name === 'CODE' || name === 'KBD' || name === 'SAMP' || name === 'TT' ? '`' : undefined);
    const href = name === 'A' ? keptHref(node.getAttribute?.('href') ?? null) : undefined;
    if (!mark && !href) return this.walk(node, ctx);
    // Gather the element's own text, then wrap it (the marks hug the words, not the spaces around them).
    const outer = this.inline;
    this.inline = new Inline();
    this.walk(node, ctx);
    const inner = this.inline;
    this.inline = outer;
    outer.linked += inner.linked;
    outer.visible += inner.visible;
    const md = inner.markdown;
    const core = md.trim();
    if (core === '') return outer.add(inner.text, md);
    const lead = md.slice(0, md.length - md.trimStart().length);
    const trail = md.slice(md.trimEnd().length);
    let wrapped = core;
    if (mark === '`') wrapped = `\`${inner.text.trim().replace(/`/g, "'")}\``;
    else if (mark && !core.includes('\n')) wrapped = `${mark}${core}${mark}`;
    if (href) wrapped = `[${wrapped.replace(/[[\]]/g, (c) => `\\${c}`)}](${href})`;
    outer.add(inner.text, `${lead}${wrapped}${trail}`);
  }

  private visitBlock(node: DomNode, name: string, ctx: Context): void {
    this.flush(ctx);
    const before = this.blocks.length;
    this.visitBlockContent(node, name, ctx);
    if (this.blocks.length > before && furnitureBox(node) && smallBox(this.blocks, before)) {
      for (let i = before; i < this.blocks.length; i++) this.blocks[i].furniture = true;
    }
  }

  private visitBlockContent(node: DomNode, name: string, ctx: Context): void {
    if (/^H[1-6]$/.test(name)) {
      this.pending = { kind: 'heading', level: Number(name[1]), quoteDepth: ctx.quoteDepth };
      this.walk(node, ctx);
      this.flush(ctx);
      return;
    }
    switch (name) {
      case 'UL':
      case 'OL':
      case 'MENU':
        this.walk(node, { ...ctx, listDepth: ctx.listDepth + 1, ordered: name === 'OL' });
        break;
      case 'LI':
        this.pending = { kind: 'item', depth: Math.max(0, ctx.listDepth - 1), ordered: ctx.ordered, quoteDepth: ctx.quoteDepth };
        this.walk(node, ctx);
        break;
      case 'BLOCKQUOTE':
        this.walk(node, { ...ctx, quoteDepth: ctx.quoteDepth + 1 });
        break;
      case 'PRE': {
        const pre = { ...ctx, pre: true };
        this.walk(node, pre);
        this.flush(pre);
        break;
      }
      case 'FIGCAPTION':
        this.pending = { kind: 'caption', quoteDepth: ctx.quoteDepth };
        this.walk(node, ctx);
        break;
      case 'TR':
        this.row(node, ctx);
        break;
      default:
        this.walk(node, ctx);
    }
    this.flush(ctx);
  }

  /** A table row of plain cells reads as one line, cells apart; a row of cells holding blocks (a layout table) reads as its blocks. */
  private row(node: DomNode, ctx: Context): void {
    const cells: DomNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1 && (c.nodeName.toUpperCase() === 'TD' || c.nodeName.toUpperCase() === 'TH') && !hiddenElement(c, this.options)) cells.push(c);
    }
    const before = this.blocks.length;
    const texts: { text: string; markdown: string }[] = [];
    let linked = 0;
    let visible = 0;
    for (const cell of cells) {
      this.walk(cell, ctx);
      if (this.blocks.length > before) {
        // A cell held blocks: read the rest of the row as blocks too.
        this.flush(ctx);
        continue;
      }
      texts.push({ text: collapse(this.inline.text).trim(), markdown: collapse(this.inline.markdown).trim() });
      linked += this.inline.linked;
      visible += this.inline.visible;
      this.inline = new Inline();
    }
    if (this.blocks.length > before) return;
    const kept = texts.filter((t) => t.text !== '');
    if (kept.length === 0) return;
    this.inline.add(kept.map((t) => t.text).join(' | '), kept.map((t) => t.markdown).join(' | '));
    this.inline.linked = linked;
    this.inline.visible = visible;
  }
}

/** Trims each line of a block and drops empty lines. */
function tidy(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** Preformatted text keeps its indentation; only trailing spaces and blank edges go. */
function tidyPre(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((l) => l.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The blocks of an element's content, in document order. */
export function readBlocks(root: DomNode, options: BlockOptions = {}): Block[] {
  const walker = new Walker(options);
  const ctx: Context = { quoteDepth: 0, listDepth: 0, ordered: false, pre: false };
  walker.walk(root, ctx);
  walker.flush(ctx);
  return walker.blocks;
}

/**
 * The blocks without those read in furniture boxes, unless the boxes hold as
 * much text as the rest: then the class words misled (a site that names its
 * article `post-share-body`), and nothing is dropped.
 */
export function withoutFurniture(blocks: readonly Block[]): readonly Block[] {
  let boxed = 0;
  let total = 0;
  for (const b of blocks) {
    total += b.text.length;
    if (b.furniture) boxed += b.text.length;
  }
  if (boxed === 0 || boxed * 2 >= total) return blocks;
  return blocks.filter((b) => !b.furniture);
}

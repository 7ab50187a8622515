/**
 * The clean-up of extracted blocks. Readability finds the article
 * container, but the container often still holds furniture: photo credits and
 * caption lines, "Read more" and newsletter prompts, lists of related stories,
 * share prompts. Copydesk's own boilerplate detector already knows these lines
 * (it reads a pasted draft line by line), so the blocks are written one line
 * each, checked with the boilerplate category alone, and the lines it flags
 * are dropped.
 *
 * Precision guards, as for the boilerplate fixes a person applies in bulk:
 *  - only findings the detector is sure of count: a sure deletion
 *    (`Fix.review` not set), or a line whose own words make it furniture
 *    (a warning). The detector marks a warning for review when the line sits
 *    inside the story it found on a pasted page; here Readability has already
 *    cut the page down to the story's container, so "inside the story" says
 *    nothing more, and the guards below take the place of that caution;
 *  - a long sentence that reports speech (quotation marks, or a verb of
 *    saying) is never dropped, whatever the detector says, nor is a line of
 *    prose long enough to be a paragraph: Readability already judged it part
 *    of the article, and losing one costs more than keeping a stray line;
 *  - a menu or related-stories verdict (navigation, related) does not stand
 *    on a line that reads as a sentence (eight words or more, ending in . ! ?):
 *    menus and headline lists are not punctuated as sentences; nor does a
 *    menu verdict stand on a line longer than a menu entry (over 15 words);
 *  - a line inside a block quote is never dropped: it is quoted material
 *    (a pull quote, an embedded post), and Copydesk does not cut quotes;
 *    nor is a line of preformatted text (code reads like separators), nor a
 *    heading (the article's structure; a heading goes only with the list of
 *    links it introduces, below), nor a list item on a menu verdict (inside
 *    the article container, a list of short items is far more often the
 *    article's own list than a menu);
 *  - lines go one at a time, never as a whole run or section.
 */
import { check, primaryFix } from '../index';
import { type Block, withoutFurniture } from './blocks';

/** Long enough to be a sentence of the article rather than a label. */
const LONG_WORDS = 14;
/** Long enough to be a paragraph: furniture lines (prompts, credits, captions) are shorter. */
const PARAGRAPH_WORDS = 30;
const REPORTED_SPEECH =
  /["“”«»„]|\b(?:said|says|say|told|tells|added|adds|asked|according to|explained|noted|wrote|writes|stated|argued|insisted|recalled|announced|confirmed|declared)\b/i;

/** Menus and headline lists: their verdicts do not stand on a line punctuated as a sentence. */
const LIST_RULES = new Set(['boilerplate/navigation', 'boilerplate/related']);
const SENTENCE_WORDS = 8;
/** Longer than a menu entry. */
const MENU_WORDS = 15;
const SENTENCE_END = /[.!?]['"’”)]*$/;

/** A line the clean-up keeps whatever the rule that flagged it: see the module header. */
function keptAnyway(block: Block, line: string, rule: string): boolean {
  if (block.quoteDepth > 0 || block.kind === 'pre' || block.kind === 'heading') return true;
  if (block.kind === 'item' && rule === 'boilerplate/navigation') return true;
  const words = line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words >= PARAGRAPH_WORDS || (words >= LONG_WORDS && REPORTED_SPEECH.test(line))) return true;
  if (rule === 'boilerplate/navigation' && words > MENU_WORDS) return true;
  return LIST_RULES.has(rule) && words >= SENTENCE_WORDS && SENTENCE_END.test(line.trim());
}

/** The blocks without the lines the boilerplate detector is sure are furniture. */
export function dropBoilerplate(blocks: readonly Block[]): Block[] {
  // One line per block line, blocks a blank line apart (as a pasted page reads).
  const lines: { block: number; line: number }[] = [];
  const texts: string[] = [];
  blocks.forEach((b, bi) => {
    b.text.split('\n').forEach((t, li) => {
      if (texts.length > 0 && li === 0) {
        texts.push('');
        lines.push({ block: -1, line: -1 });
      }
      texts.push(t.replace(/\r/g, ' '));
      lines.push({ block: bi, line: li });
    });
  });
  const draft = texts.join('\n');
  const result = check(draft, { categories: { duplicate: false, grammar: false, style: false, quote: false }, maxLength: Number.MAX_SAFE_INTEGER });
  if (result.skipped) return [...blocks];
  // Start offset of each draft line, to place findings.
  const starts: number[] = [];
  let pos = 0;
  for (const t of texts) {
    starts.push(pos);
    pos += t.length + 1;
  }
  const dropped = new Map<number, Set<number>>();
  for (const f of result.findings) {
    if (f.category !== 'boilerplate') continue;
    const fix = primaryFix(f);
    if (!fix || (fix.review && f.severity !== 'warning')) continue;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= f.start) lo = mid;
      else hi = mid - 1;
    }
    const at = lines[lo];
    if (at.block < 0 || keptAnyway(blocks[at.block], texts[lo], f.rule)) continue;
    let set = dropped.get(at.block);
    if (!set) dropped.set(at.block, (set = new Set()));
    set.add(at.line);
  }
  const out: Block[] = [];
  blocks.forEach((b, bi) => {
    const gone = dropped.get(bi);
    if (!gone) return out.push(b);
    const textLines = b.text.split('\n');
    if (gone.size >= textLines.length) return;
    const mdLines = b.markdown.split('\n');
    // Lines line up between the two forms; when they do not, the block is kept whole.
    if (mdLines.length !== textLines.length) return out.push(b);
    const keep = (_: string, i: number): boolean => !gone.has(i);
    out.push({ ...b, text: textLines.filter(keep).join('\n'), markdown: mdLines.filter(keep).join('\n') });
  });
  return out;
}

/** A teaser or menu entry: all link, short, not a sentence. */
function teaser(b: Block): boolean {
  if (b.linkShare < 0.9 || b.quoteDepth > 0 || b.kind === 'pre') return false;
  const words = b.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return words > 0 && words <= TEASER_WORDS && !SENTENCE_END.test(b.text.trim());
}
const TEASER_WORDS = 16;
/** So many teasers in a row make a list of links (related stories, a menu), not the article's text. */
const TEASER_RUN = 3;

/**
 * The article's blocks without furniture: small boxes whose class names them
 * furniture (`withoutFurniture`), photo captions (`<figcaption>`: the
 * photo does not come along into the draft, so its caption and credit are
 * furniture there), lists of links, and the lines the boilerplate rules are
 * sure of. When the link-list and boilerplate rules would take more than
 * half the text, they have misread the page, and they are not applied.
 */
export function cleanBlocks(blocks: readonly Block[], headline?: string | null): Block[] {
  const base = withoutFurniture(blocks).filter((b) => b.kind !== 'caption');
  const cleaned = dropBoilerplate(dropLinkLists(base));
  // Rules that would take most of the text have misread the page (a table of short rows, a list-like article): keep it.
  return [...dropHeadline(size(cleaned) * 2 < size(base) ? base : cleaned, headline)];
}

function size(blocks: readonly Block[]): number {
  let n = 0;
  for (const b of blocks) n += b.text.length;
  return n;
}

const comparable = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The blocks without the page's headline where it opens the article (within
 * the first few blocks): the headline is not body text, and the products put
 * it first themselves when asked (`title`).
 */
function dropHeadline(blocks: readonly Block[], headline?: string | null): readonly Block[] {
  if (!headline) return blocks;
  const h = comparable(headline);
  if (h === '') return blocks;
  const at = blocks.slice(0, HEADLINE_WITHIN).findIndex((b) => b.kind !== 'pre' && b.quoteDepth === 0 && comparable(b.text) === h);
  return at < 0 ? blocks : blocks.filter((_, i) => i !== at);
}
const HEADLINE_WITHIN = 4;

/**
 * The blocks without lists of links: runs of three or more blocks that are
 * each all link, short and unpunctuated (related stories, "more from",
 * menus left inside the article container), with the heading that introduces
 * such a run when nothing else follows it before the next heading.
 */
export function dropLinkLists(blocks: readonly Block[]): Block[] {
  const gone = new Set<number>();
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && teaser(blocks[j])) j++;
    if (j - i >= TEASER_RUN) {
      for (let k = i; k < j; k++) gone.add(k);
      const before = blocks[i - 1];
      const after = blocks[j];
      const headingOnly = before?.kind === 'heading' && (after === undefined || after.kind === 'heading');
      if (headingOnly && (before.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 8) gone.add(i - 1);
    }
    i = j > i ? j : i + 1;
  }
  return blocks.filter((_, i) => !gone.has(i));
}

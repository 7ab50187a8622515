/**
 * Exact repeats of whole paragraphs and lines: each paragraph is folded
 * (white space, quote style and case) and grouped with the paragraphs of the
 * same folded text (store/groups.ts, kept between checks with the index). A
 * paragraph that stands between blank lines is a paragraph; one inside a run
 * of lines (as pasted web pages have) is a line. Each paragraph whose folded
 * text matches an earlier paragraph's (the index keeps, for every paragraph,
 * the latest earlier one with the same folded text) and that has
 * MIN_REPEAT_WORDS words is an ExactRepeat (index.ts).
 *
 * Grouping goes by `repeatHash`, the hash of the folded text, which for
 * plain text (ASCII, quotes, dashes, white space) is read off the paragraph
 * in one pass without building the folded text; only paragraphs whose hashes
 * meet are compared (`sameRepeat`). Most paragraphs repeat none, so most are
 * never folded.
 */
import type { Draft } from '../../draft';

/** Repeated paragraphs and lines need at least this many words ("more than a few"). */
export const MIN_REPEAT_WORDS = 6;

export interface ExactRepeat {
  kind: 'paragraph' | 'line';
  /** Paragraph indices of the later and the earlier copy. */
  paragraph: number;
  earlier: number;
}

const DOUBLE_QUOTES = /[“”„‟«»"]/g;
const SINGLE_QUOTES = /[‘’‚‛']/g;
const DASHES = /[‐‑‒–—]/g;
const SPACE = /\s+/g;

/** Folded form used to compare paragraphs and lines. */
export function foldForRepeat(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, '-').replace(SPACE, ' ').trim().toLowerCase();
}

/** Code of a white space character as `\s` and `trim` know them (both use the same set). */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * What `foldForRepeat` makes of the non-space character `c`, when that does
 * not depend on its neighbours: ASCII (upper case lowered) and the quotes and
 * dashes it straightens; -1 for any other character (whose lower case the
 * whole string's `toLowerCase` decides).
 */
function plainFold(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0xab || c === 0xbb) return 0x22;
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b) return 0x27;
  if (c >= 0x2010 && c <= 0x2014) return 0x2d;
  return -1;
}

/** Stands for white space in ASCII_REPEAT. */
const SPACE_CODE = -2;
/** What foldForRepeat makes of each ASCII character (SPACE_CODE: white space), looked up rather than tested. */
const ASCII_REPEAT = Int16Array.from({ length: 0x80 }, (_, c) => (isSpaceCode(c) ? SPACE_CODE : plainFold(c)));

function mix(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return h;
}

/**
 * The hash of `foldForRepeat(text.slice(from, to))`: equal folded texts,
 * equal hashes. Plain text is folded on the fly (runs of white space as one
 * space, none at the ends); other text is folded first.
 */
export function repeatHash(text: string, from = 0, to = text.length): number {
  let h = 0x811c9dc5 | 0;
  let space = false;
  let any = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const f = c < 0x80 ? ASCII_REPEAT[c] : isSpaceCode(c) ? SPACE_CODE : plainFold(c);
    if (f === SPACE_CODE) {
      space = any;
      continue;
    }
    if (f < 0) return hashString(foldForRepeat(text.slice(from, to)));
    if (space) h = mix(h, 0x20);
    h = mix(h, f);
    space = false;
    any = true;
  }
  return h;
}

/** Whether `a` and `b` fold to the same text (`foldForRepeat`), read on the fly while both are plain. */
export function sameRepeat(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (let first = true; ; first = false) {
    // White space folds to one space, or to none at the ends: skip it on both sides, then compare.
    const si = i;
    const sj = j;
    while (i < a.length && isSpaceCode(a.charCodeAt(i))) i++;
    while (j < b.length && isSpaceCode(b.charCodeAt(j))) j++;
    const endA = i === a.length;
    const endB = j === b.length;
    if (endA || endB) return endA && endB;
    if (!first && i > si !== j > sj) return false;
    const fa = plainFold(a.charCodeAt(i));
    const fb = plainFold(b.charCodeAt(j));
    if (fa < 0 || fb < 0) return foldForRepeat(a) === foldForRepeat(b);
    if (fa !== fb) return false;
    i++;
    j++;
  }
}

/** Whether paragraph `paragraph` stands between blank lines (or the draft's ends). */
export function standsAlone(draft: Draft, paragraph: number): boolean {
  const p = draft.paragraphs[paragraph];
  const before = draft.lines[p.firstLine - 1];
  const after = draft.lines[p.lastLine + 1];
  return (before === undefined || before.blank) && (after === undefined || after.blank);
}

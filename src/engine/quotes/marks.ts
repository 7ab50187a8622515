/**
 * Finding the quotation marks of a draft and pairing them, paragraph by
 * paragraph, in one linear pass.
 *
 * - Double marks only: straight `"`, curly `“ ”`, low `„`. Single marks
 *   (apostrophes, nested quotes, 5'10") are never paired at the top level, so
 *   "Tillerson's" and nested 'quotes' inside a quote cannot open a quote.
 * - A straight `"` right after a digit is an inch mark (5'10", 12") unless a
 *   quote is open and the digit is not part of a feet-and-inches measure.
 * - News style's multi-paragraph quote: a paragraph ends with its quote still
 *   open and the next paragraph starts with an opening mark. Each paragraph
 *   becomes its own segment (ending at the paragraph's end), all segments of
 *   one quote share a `chain` number so they get the same speaker.
 * - An opening mark left open at the end of a paragraph, without that
 *   continuation, is reported as unclosed and is not returned as a quote.
 */
import type { Draft } from '../draft';

export interface Segment {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark, or the paragraph end for a continued segment. */
  end: number;
  /** Offsets of the quoted words (between the marks). */
  innerStart: number;
  innerEnd: number;
  paragraph: number;
  /** Segments of one multi-paragraph quote share this number; -1 for an ordinary quote. */
  chain: number;
  /** True when the quote continues in the next paragraph (no closing mark here). */
  continued: boolean;
}

export interface Unclosed {
  /** Offset of the opening mark left open. */
  start: number;
  paragraph: number;
  /** The mark itself, so a fix can close with its partner. */
  mark: string;
}

export interface MarkScan {
  segments: Segment[];
  unclosed: Unclosed[];
}

const OPEN_ONLY = new Set(['“', '„']);
const CLOSE_ONLY = '”';
const STRAIGHT = '"';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isSpaceOrStart(c: string | undefined): boolean {
  return c === undefined || /[\s([{\u2014\u2013-]/.test(c);
}

/** 5'10" or 5’10": digits, a single mark, digits, then this mark. */
function isFeetInches(text: string, i: number, floor: number): boolean {
  let j = i - 1;
  while (j >= floor && isDigit(text[j])) j--;
  if (j === i - 1 || j < floor) return false;
  if (text[j] !== "'" && text[j] !== '’') return false;
  return isDigit(text[j - 1]);
}

function hasWords(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Any letter or digit (ASCII fast path, then anything outside ASCII that is not a space or mark).
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c > 127 && /[\p{L}\p{N}]/u.test(text[i])) return true;
  }
  return false;
}

/** Offset of the first character of the paragraph that is not a space. */
function firstNonSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(text[i])) i++;
  return i;
}

const cache = new WeakMap<Draft, MarkScan>();

/** The marks the scan looks at: straight, closing and opening double marks. */
const MARK = /["”“„]/g;

export function scanMarks(draft: Draft): MarkScan {
  const cached = cache.get(draft);
  if (cached) return cached;
  const { text, paragraphs } = draft;
  const segments: Segment[] = [];
  const unclosed: Unclosed[] = [];
  let chain = 0;
  // A quote left open by the previous paragraph: its opening mark and segment index.
  let pending: { start: number; mark: string; paragraph: number; chain: number } | undefined;
  // Every double quotation mark, found once (most characters are not marks).
  const marks: number[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) marks.push(m.index);
  let next = 0;

  for (const p of paragraphs) {
    let open = -1;
    let openMark = '';
    let openChain = -1;
    const first = firstNonSpace(text, p.start, p.end);
    if (pending) {
      const c = text[first];
      if (c === STRAIGHT || OPEN_ONLY.has(c)) {
        // Multi-paragraph quote: the previous paragraph's segment stands; this one opens the next.
        open = first;
        openMark = c;
        openChain = pending.chain;
      } else {
        dropChain(segments, pending.chain);
        unclosed.push({ start: pending.start, paragraph: pending.paragraph, mark: pending.mark });
      }
      pending = undefined;
    }
    const from = open >= 0 ? open + 1 : p.start;
    while (next < marks.length && marks[next] < from) next++;
    for (; next < marks.length && marks[next] < p.end; next++) {
      const i = marks[next];
      const c = text[i];
      if (c === STRAIGHT && isDigit(text[i - 1])) {
        if (isFeetInches(text, i, p.start)) continue;
        if (open < 0) continue;
      }
      let opens: boolean;
      if (OPEN_ONLY.has(c)) opens = true;
      else if (c === CLOSE_ONLY) {
        // A right mark used as an opener by mistake: nothing open, space before, a word after.
        opens = open < 0 && isSpaceOrStart(text[i - 1]) && i + 1 < p.end && !/\s/.test(text[i + 1]);
        if (open < 0 && !opens) continue; // a stray closing mark
      } else opens = open < 0;

      if (opens) {
        if (open >= 0) {
          // A second opening mark while one is open: the first was never closed.
          unclosed.push({ start: open, paragraph: p.index, mark: openMark });
          if (openChain >= 0) dropChain(segments, openChain);
        }
        open = i;
        openMark = c;
        openChain = -1;
      } else {
        if (hasWords(text, open + 1, i)) {
          segments.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, paragraph: p.index, chain: openChain, continued: false });
        }
        open = -1;
        openChain = -1;
      }
    }
    if (open >= 0) {
      const c = openChain >= 0 ? openChain : chain++;
      if (hasWords(text, open + 1, p.end)) {
        segments.push({ start: open, end: p.end, innerStart: open + 1, innerEnd: p.end, paragraph: p.index, chain: c, continued: true });
        pending = { start: open, mark: openMark, paragraph: p.index, chain: c };
      } else {
        unclosed.push({ start: open, paragraph: p.index, mark: openMark });
      }
    }
  }
  if (pending) {
    dropChain(segments, pending.chain);
    unclosed.push({ start: pending.start, paragraph: pending.paragraph, mark: pending.mark });
  }
  const result = { segments, unclosed };
  cache.set(draft, result);
  return result;
}

/** A chain whose last opening mark is never closed is not a quote: drop its segments. */
function dropChain(segments: Segment[], chain: number): void {
  while (segments.length > 0 && segments[segments.length - 1].chain === chain && segments[segments.length - 1].continued) segments.pop();
}

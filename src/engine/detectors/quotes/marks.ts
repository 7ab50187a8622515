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
import type { Draft } from '../../draft';

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

/** The marks the scan looks at: straight, closing and opening double marks. */
const MARK = /["”“„]/g;

/** A segment found in one paragraph, offsets relative to the paragraph's start. */
export interface LocalSegment {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** Runs to the paragraph's end, its quote left open (kept only if the next paragraph continues it). */
  continued: boolean;
  /** Opened by the mark that opens the paragraph (a continuation of the previous paragraph's quote, if one is pending). */
  first: boolean;
}

/**
 * One paragraph's marks, read from its text alone (offsets relative to it).
 * The pairing inside a paragraph does not depend on what came before: a
 * quote pending from the previous paragraph is continued only by a mark
 * opening this one, which opens a quote here anyway. What the neighbours
 * decide (chains, dropped continuations) is settled by `mergeMarks`.
 */
export interface MarkLocal {
  /** Closed segments, in order. */
  segments: LocalSegment[];
  /** Opening marks left open inside the paragraph (a second opening mark came first). */
  unclosed: { start: number; mark: string }[];
  /** The paragraph opens with an opening mark (it may continue a pending quote). */
  opensWithMark: boolean;
  /** That first mark was left open by a second opening mark. */
  firstReopened: boolean;
  /** The quote left open at the paragraph's end, if any. */
  tail?: { segment: LocalSegment; mark: string; words: boolean };
}

export function scanParagraph(text: string): MarkLocal {
  const segments: LocalSegment[] = [];
  const unclosed: { start: number; mark: string }[] = [];
  const end = text.length;
  const first = firstNonSpace(text, 0, end);
  const c0 = text[first];
  const opensWithMark = c0 === STRAIGHT || OPEN_ONLY.has(c0);
  let firstReopened = false;
  let open = -1;
  let openMark = '';
  let openIsFirst = false;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === STRAIGHT && isDigit(text[i - 1])) {
      if (isFeetInches(text, i, 0)) continue;
      if (open < 0) continue;
    }
    let opens: boolean;
    if (OPEN_ONLY.has(c)) opens = true;
    else if (c === CLOSE_ONLY) {
      // A right mark used as an opener by mistake: nothing open, space before, a word after.
      opens = open < 0 && isSpaceOrStart(text[i - 1]) && i + 1 < end && !/\s/.test(text[i + 1]);
      if (open < 0 && !opens) continue; // a stray closing mark
    } else opens = open < 0;

    if (opens) {
      if (open >= 0) {
        // A second opening mark while one is open: the first was never closed.
        unclosed.push({ start: open, mark: openMark });
        if (openIsFirst) firstReopened = true;
      }
      open = i;
      openMark = c;
      openIsFirst = i === first && opensWithMark;
    } else {
      if (hasWords(text, open + 1, i)) segments.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, continued: false, first: openIsFirst });
      open = -1;
      openIsFirst = false;
    }
  }
  const out: MarkLocal = { segments, unclosed, opensWithMark, firstReopened };
  if (open >= 0) {
    out.tail = {
      segment: { start: open, end, innerStart: open + 1, innerEnd: end, continued: true, first: openIsFirst },
      mark: openMark,
      words: hasWords(text, open + 1, end),
    };
  }
  return out;
}

/** The marks of a whole draft, with which paragraphs' open-ended segments stand (`tailKept`). */
export interface MergedMarks extends MarkScan {
  /** 1 where the paragraph's open-ended segment is continued by the next paragraph and kept. */
  tailKept: Uint8Array;
}

/**
 * Settle the paragraphs' marks against each other, in one pass over the
 * paragraphs: multi-paragraph chains, and open quotes nobody continues.
 * `hasMarks` (optional) is 0 for paragraphs without a double quotation mark,
 * which are then skipped unless a quote is pending (they change nothing else).
 */
export function mergeMarks(draft: Draft, localOf: (paragraph: number) => MarkLocal, hasMarks?: Uint8Array): MergedMarks {
  const { paragraphs } = draft;
  const segments: Segment[] = [];
  const unclosed: Unclosed[] = [];
  const tailKept = new Uint8Array(paragraphs.length);
  let chain = 0;
  let pending: { start: number; mark: string; paragraph: number; chain: number } | undefined;
  const drop = (c: number) => {
    while (segments.length > 0 && segments[segments.length - 1].chain === c && segments[segments.length - 1].continued) tailKept[segments.pop()!.paragraph] = 0;
  };
  for (let p = 0; p < paragraphs.length; p++) {
    if (hasMarks && hasMarks[p] === 0 && !pending) continue;
    const local = localOf(p);
    const base = paragraphs[p].start;
    let chainIn = -1;
    if (pending) {
      if (local.opensWithMark) chainIn = pending.chain;
      else {
        drop(pending.chain);
        unclosed.push({ start: pending.start, paragraph: pending.paragraph, mark: pending.mark });
      }
      pending = undefined;
    }
    if (chainIn >= 0 && local.firstReopened) drop(chainIn);
    for (const s of local.segments) {
      segments.push({
        start: base + s.start,
        end: base + s.end,
        innerStart: base + s.innerStart,
        innerEnd: base + s.innerEnd,
        paragraph: p,
        chain: s.first && chainIn >= 0 ? chainIn : -1,
        continued: false,
      });
    }
    for (const u of local.unclosed) unclosed.push({ start: base + u.start, paragraph: p, mark: u.mark });
    const tail = local.tail;
    if (tail) {
      const s = tail.segment;
      const c = s.first && chainIn >= 0 ? chainIn : chain++;
      if (tail.words) {
        segments.push({
          start: base + s.start,
          end: base + s.end,
          innerStart: base + s.innerStart,
          innerEnd: base + s.innerEnd,
          paragraph: p,
          chain: c,
          continued: true,
        });
        tailKept[p] = 1;
        pending = { start: base + s.start, mark: tail.mark, paragraph: p, chain: c };
      } else {
        unclosed.push({ start: base + s.start, paragraph: p, mark: tail.mark });
      }
    }
  }
  if (pending) {
    drop(pending.chain);
    unclosed.push({ start: pending.start, paragraph: pending.paragraph, mark: pending.mark });
  }
  return { segments, unclosed, tailKept };
}

/** A draft's quotation marks, scanned and merged afresh (extraction keeps its own per-paragraph scans). */
export function scanMarks(draft: Draft): MergedMarks {
  return mergeMarks(draft, (p) => scanParagraph(draft.paragraphs[p].text));
}

/**
 * Whether a paragraph's marks after an edit (`b`) are those before it (`a`)
 * at the offsets moved by `move` (strictly increasing; -1 where it cannot
 * follow): then the merge settles them as before.
 */
export function sameMarks(a: MarkLocal, b: MarkLocal, move: (x: number) => number): boolean {
  if (a.opensWithMark !== b.opensWithMark || a.firstReopened !== b.firstReopened) return false;
  if (a.segments.length !== b.segments.length || a.unclosed.length !== b.unclosed.length) return false;
  for (let i = 0; i < a.segments.length; i++) if (!sameSegment(a.segments[i], b.segments[i], move)) return false;
  for (let i = 0; i < a.unclosed.length; i++) if (a.unclosed[i].mark !== b.unclosed[i].mark || move(a.unclosed[i].start) !== b.unclosed[i].start) return false;
  const x = a.tail;
  const y = b.tail;
  if (x === undefined || y === undefined) return x === y;
  return x.mark === y.mark && x.words === y.words && sameSegment(x.segment, y.segment, move);
}

function sameSegment(a: LocalSegment, b: LocalSegment, move: (x: number) => number): boolean {
  return (
    a.continued === b.continued &&
    a.first === b.first &&
    move(a.start) === b.start &&
    move(a.end) === b.end &&
    move(a.innerStart) === b.innerStart &&
    move(a.innerEnd) === b.innerEnd
  );
}

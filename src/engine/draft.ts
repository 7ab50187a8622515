/**
 * The shared reading of a draft that every detector starts from: its lines and
 * paragraphs with their offsets. Line breaks may be LF, CRLF or CR; offsets
 * always index the text as given, so CRLF drafts get ranges that VS Code and
 * the command line can use unchanged.
 */

import { firstIndex } from './search';

export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** Zero-based line number. */
  index: number;
  /** End of the line including its line break. */
  breakEnd: number;
  text: string;
  blank: boolean;
}

export interface Paragraph extends Span {
  index: number;
  /** Indices into `lines` of the first and last line. */
  firstLine: number;
  lastLine: number;
  /** The paragraph's text; hard-wrapped lines keep their line breaks. */
  text: string;
}

export interface Draft {
  text: string;
  lines: Line[];
  paragraphs: Paragraph[];
  /**
   * Set when the draft was read as an edit of an earlier one (`readDraftAfter`,
   * used by `createChecker`): what changed. Absent on a first reading, so a
   * detector that keeps state between checks starts afresh.
   */
  change?: DraftChange;
}

/**
 * How a draft differs from the one read before it. Lines (and paragraphs)
 * before `from` are the very same objects as before; the new `[from, toNew)`
 * replace the old `[from, toOld)`; those after are the old ones from `toOld`
 * on, with the same `text` strings, their offsets moved by `delta` and their
 * indices by `toNew - toOld`.
 */
export interface DraftChange {
  previous: Draft;
  /** The characters that differ: old `[start, oldEnd)` became new `[start, newEnd)` (common prefix and suffix left out). */
  start: number;
  oldEnd: number;
  newEnd: number;
  delta: number;
  lines: { from: number; toOld: number; toNew: number };
  paragraphs: { from: number; toOld: number; toNew: number };
}

const LINE_BREAK = /\r\n|\n|\r/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  splitLinesFrom(text, 0, -1, lines, (s) => s);
  return lines;
}

/**
 * Push the lines of `text` from offset `from` (a line start) onto `lines`,
 * up to the line starting at `until` (exclusive; -1: to the end of the text).
 * `own` makes each line's text (a copy, for lines kept between checks).
 */
function splitLinesFrom(text: string, from: number, until: number, lines: Line[], own: (s: string) => string): boolean {
  let start = from;
  LINE_BREAK.lastIndex = from;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    const lineText = own(text.slice(start, m.index));
    lines.push({ index: lines.length, start, end: m.index, breakEnd: m.index + m[0].length, text: lineText, blank: isBlank(lineText) });
    start = m.index + m[0].length;
    if (start === until) return true;
    if (until >= 0 && start > until) return false;
  }
  const last = own(text.slice(start));
  lines.push({ index: lines.length, start, end: text.length, breakEnd: text.length, text: last, blank: isBlank(last) });
  return until < 0;
}

function isBlank(s: string): boolean {
  return !/[^\s\u200b-\u200d\ufeff]/.test(s);
}

/**
 * A line continues the previous one (hard wrapping) when the previous line
 * does not end a sentence and this one starts in lower case.
 */
function continuesPrevious(prev: Line, line: Line): boolean {
  return !/[.!?:;"”’)\]]\s*$/.test(prev.text) && /^\s*[a-z]/.test(line.text);
}

export function splitParagraphs(text: string, lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  groupParagraphs(text, lines, 0, lines.length, paragraphs, (s) => s);
  return paragraphs;
}

/**
 * Push the paragraphs of `lines[from, to)` onto `paragraphs`. `from` must
 * start a paragraph or be blank, and `to` likewise (or be the end).
 */
function groupParagraphs(text: string, lines: readonly Line[], from: number, to: number, paragraphs: Paragraph[], own: (s: string) => string): void {
  let first = -1;
  let lastLine = -1;
  const close = () => {
    if (first < 0) return;
    const a = lines[first];
    const b = lines[lastLine];
    const leading = a.text.length - a.text.trimStart().length;
    const trailing = b.text.length - b.text.trimEnd().length;
    const start = a.start + leading;
    const end = b.end - trailing;
    paragraphs.push({ index: paragraphs.length, start, end, firstLine: first, lastLine, text: own(text.slice(start, end)) });
    first = -1;
  };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (line.blank) {
      close();
    } else if (first >= 0 && continuesPrevious(lines[lastLine], line)) {
      lastLine = i;
    } else {
      close();
      first = lastLine = i;
    }
  }
  close();
}

export function readDraft(text: string): Draft {
  const lines = splitLines(text);
  return { text, lines, paragraphs: splitParagraphs(text, lines) };
}

/** A copy of `s` that does not keep a slice's parent string (a whole earlier draft) alive. */
export function flatCopy(s: string): string {
  // Concatenating builds a new string; slicing it makes V8 flatten it into a
  // fresh buffer of this length, which the result then points into. The
  // characters are those of `s` in any engine; only what is kept alive differs.
  return s.length < 13 ? s : (s + ' ').slice(0, -1);
}

/** Length of the common prefix of a and b (compared in halving blocks, so long equal stretches cost string compares, not a loop per character). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let lo = 0;
  let step = 1 << 16;
  while (lo < n) {
    const len = Math.min(step, n - lo);
    if (a.substr(lo, len) === b.substr(lo, len)) lo += len;
    else if (len === 1) break;
    else step = len >> 1;
  }
  return lo;
}

function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  let step = 1 << 16;
  while (n < max) {
    const len = Math.min(step, max - n);
    if (a.substr(a.length - n - len, len) === b.substr(b.length - n - len, len)) n += len;
    else if (len === 1) break;
    else step = len >> 1;
  }
  return n;
}

/**
 * Read `text` as an edit of `previous`: the same result as `readDraft(text)`
 * (plus `change`), re-reading only the lines and paragraphs around the
 * changed stretch and keeping the text strings of the others, so lookups
 * keyed by them hit without hashing the whole draft again.
 */
export function readDraftAfter(previous: Draft, text: string): Draft {
  const old = previous.text;
  const prefix = commonPrefix(old, text);
  const suffix = commonSuffix(old, text, Math.min(old.length, text.length) - prefix);
  const oldEnd = old.length - suffix;
  const delta = text.length - old.length;
  const oldLines = previous.lines;
  // Lines whose break ends before the change stay, and so does one whose "\n" or "\r\n" ends where it starts
  // (a lone "\r" there could join a "\n" put after it); the line the change starts in is read again.
  let a = firstIndex(oldLines, (l) => l.breakEnd >= prefix);
  if (a < oldLines.length && oldLines[a].breakEnd === prefix && oldLines[a].breakEnd > oldLines[a].end && old.charCodeAt(prefix - 1) === 10) a++;
  // The old lines starting after the changed stretch come back unchanged.
  const b = firstIndex(oldLines, (l) => l.start > oldEnd, a);
  const lines: Line[] = oldLines.slice(0, a);
  const from = a < oldLines.length ? oldLines[a].start : old.length;
  // The line starting after the change is a line start in the new text too (what decides it lies after the change); should reading not meet it, read the whole draft.
  if (!splitLinesFrom(text, from, b < oldLines.length ? oldLines[b].start + delta : -1, lines, flatCopy)) return readDraft(text);
  const toNew = lines.length;
  for (let i = b; i < oldLines.length; i++) {
    const l = oldLines[i];
    lines.push({ index: lines.length, start: l.start + delta, end: l.end + delta, breakEnd: l.breakEnd + delta, text: l.text, blank: l.blank });
  }
  const lineShift = toNew - b;

  // Paragraphs: group again from the paragraph holding the line before the change to the first paragraph that starts after it.
  const oldParagraphs = previous.paragraphs;
  const pa = firstIndex(oldParagraphs, (p) => p.lastLine >= a - 1);
  const pb = firstIndex(oldParagraphs, (p) => p.firstLine > b, pa);
  const paragraphs: Paragraph[] = oldParagraphs.slice(0, pa);
  const groupFrom = pa < oldParagraphs.length ? Math.min(oldParagraphs[pa].firstLine, a) : a;
  const groupTo = pb < oldParagraphs.length ? oldParagraphs[pb].firstLine + lineShift : lines.length;
  groupParagraphs(text, lines, groupFrom, groupTo, paragraphs, flatCopy);
  const pToNew = paragraphs.length;
  for (let i = pb; i < oldParagraphs.length; i++) {
    const p = oldParagraphs[i];
    paragraphs.push({
      index: paragraphs.length,
      start: p.start + delta,
      end: p.end + delta,
      firstLine: p.firstLine + lineShift,
      lastLine: p.lastLine + lineShift,
      text: p.text,
    });
  }
  return {
    text,
    lines,
    paragraphs,
    change: { previous, start: prefix, oldEnd, newEnd: oldEnd + delta, delta, lines: { from: a, toOld: b, toNew }, paragraphs: { from: pa, toOld: pb, toNew: pToNew } },
  };
}

/** Maps offsets to 1-based line and column (UTF-16 units), CRLF-aware. */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = splitLines(text).map((l) => l.start);
  }

  position(offset: number): { line: number; column: number } {
    // The last line starting at or before the offset (the first line for an offset before it).
    const lo = Math.max(0, firstIndex(this.starts, (start) => start > offset) - 1);
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

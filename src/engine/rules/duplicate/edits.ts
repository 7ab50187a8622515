/**
 * Deleting a passage: whole paragraphs go with their lines (the shared
 * `deleteLinesEdit`, so no double blank line is left); part of a paragraph
 * goes with the white space around it, leaving one space between the
 * sentences that remain and none at the paragraph's ends.
 */
import type { Draft } from '../../draft';
import { deleteLinesEdit } from '../../fixes';
import type { Quote, TextEdit } from '../../types';

const SPACE = /[ \t\u00a0\u2009\u202f\r\n]/;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

/**
 * Edits deleting `[start, end)`, which begins and ends at sentence boundaries
 * inside paragraphs `firstParagraph..lastParagraph`.
 */
export function deletePassageEdits(draft: Draft, start: number, end: number, firstParagraph: number, lastParagraph: number): TextEdit[] {
  const { text, paragraphs } = draft;
  const edits: TextEdit[] = [];
  let wholeFrom = -1;
  const flushWhole = (upTo: number) => {
    if (wholeFrom < 0) return;
    edits.push(deleteLinesEdit(draft, paragraphs[wholeFrom].firstLine, paragraphs[upTo].lastLine));
    wholeFrom = -1;
  };
  for (let p = firstParagraph; p <= lastParagraph; p++) {
    const para = paragraphs[p];
    const s = Math.max(start, para.start);
    const e = Math.min(end, para.end);
    if (s <= para.start && e >= para.end) {
      if (wholeFrom < 0) wholeFrom = p;
      continue;
    }
    flushWhole(p - 1);
    if (e <= s) continue;
    let from = s;
    let to = e;
    if (s > para.start && e >= para.end) {
      while (from > para.start && isSpace(text[from - 1])) from--;
      edits.push({ start: from, end: para.end, text: '' });
    } else if (s <= para.start) {
      while (to < para.end && isSpace(text[to])) to++;
      edits.push({ start: para.start, end: to, text: '' });
    } else {
      while (from > para.start && isSpace(text[from - 1])) from--;
      while (to < para.end && isSpace(text[to])) to++;
      edits.push({ start: from, end: to, text: ' ' });
    }
  }
  flushWhole(lastParagraph);
  return edits;
}

/** Direct quotes sorted by start, for range look-ups in logarithmic time. */
export class QuoteIndex {
  private readonly quotes: readonly Quote[];

  constructor(quotes: readonly Quote[]) {
    this.quotes = quotes.filter((q) => q.kind !== 'short' && q.end > q.start).sort((a, b) => a.start - b.start);
  }

  /** Index of the last quote starting before `offset`, or -1. */
  private lastBefore(offset: number): number {
    let lo = 0;
    let hi = this.quotes.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].start < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** True when `[start, end)` lies inside one direct quote. */
  inside(start: number, end: number): boolean {
    const i = this.lastBefore(start + 1);
    for (let k = i; k >= 0 && k > i - 8; k--) {
      const q = this.quotes[k];
      if (q.start <= start && q.end >= end) return true;
    }
    return false;
  }

  /** True when deleting `[start, end)` would cut into a quote (remove some but not all of its words). */
  cuts(start: number, end: number): boolean {
    const i = this.lastBefore(end);
    for (let k = i; k >= 0; k--) {
      const q = this.quotes[k];
      if (q.end <= start) {
        // Quotes rarely nest; look a little further back in case one does.
        if (k < i - 8) break;
        continue;
      }
      if (q.start < end && q.end > start && !(start <= q.start && q.end <= end)) return true;
    }
    return false;
  }
}

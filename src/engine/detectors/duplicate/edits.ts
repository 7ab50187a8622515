/**
 * Deleting a passage: whole paragraphs go with their lines (the shared
 * `deleteLinesEdit`, so no double blank line is left); part of a paragraph
 * goes with the white space around it, leaving one space between the
 * sentences that remain and none at the paragraph's ends.
 */
import type { Draft } from '../../draft';
import { deleteLinesEdit } from '../../fixes';
import { firstIndex } from '../../search';
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
  /** The direct quotes (not scare quotes), sorted by start. */
  readonly list: readonly Quote[];
  /** `reach[k]`: the furthest end of quotes `0..k`. */
  private readonly reach: Int32Array;

  constructor(quotes: readonly Quote[]) {
    const list = quotes.filter((q) => q.kind !== 'short' && q.end > q.start);
    let sorted = true;
    for (let k = 1; k < list.length && sorted; k++) sorted = list[k - 1].start <= list[k].start;
    if (!sorted) list.sort((a, b) => a.start - b.start);
    this.list = list;
    this.reach = new Int32Array(list.length);
    let reach = -1;
    for (let k = 0; k < list.length; k++) this.reach[k] = reach = Math.max(reach, list[k].end);
  }

  /** The furthest end of the quotes starting before `offset` (-1: none). */
  private reachBefore(offset: number): number {
    const lo = firstIndex(this.list, (q) => q.start >= offset);
    return lo === 0 ? -1 : this.reach[lo - 1];
  }

  /** True when `[start, end)` lies inside one direct quote. */
  inside(start: number, end: number): boolean {
    return this.reachBefore(start + 1) >= end;
  }

  /**
   * True when deleting `[start, end)` would cut into a quote (remove some but
   * not all of its words): a quote runs over its start or over its end.
   */
  cuts(start: number, end: number): boolean {
    return this.reachBefore(start) > start || this.reachBefore(end) > end;
  }
}

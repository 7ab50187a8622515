/**
 * Exact repeats of whole paragraphs and lines: each paragraph is folded
 * (white space, quote style and case) and grouped with the paragraphs of the
 * same folded text (store.ts keeps the groups between checks). A paragraph that stands between blank lines is a
 * paragraph; one inside a run of lines (as pasted web pages have) is a line.
 * Each paragraph whose folded text matches an earlier paragraph's (the store
 * keeps, for every paragraph, the latest earlier one with the same folded
 * text) and that has MIN_REPEAT_WORDS words is an ExactRepeat (index.ts).
 */
import type { Draft } from '../../draft';
import type { Entry } from './store';

/** Repeated paragraphs and lines need at least this many words ("more than a few"). */
export const MIN_REPEAT_WORDS = 6;

export interface ExactRepeat {
  kind: 'paragraph' | 'line';
  /** Paragraph indices of the later and the earlier copy. */
  paragraph: number;
  earlier: number;
  /** The later copy's entry in the store. */
  entry: Entry;
}

const DOUBLE_QUOTES = /[“”„‟«»"]/g;
const SINGLE_QUOTES = /[‘’‚‛']/g;
const DASHES = /[‐‑‒–—]/g;
const SPACE = /\s+/g;

/** Folded form used to compare paragraphs and lines. */
export function foldForRepeat(text: string): string {
  return text.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, '-').replace(SPACE, ' ').trim().toLowerCase();
}

/** Whether paragraph `paragraph` stands between blank lines (or the draft's ends). */
export function standsAlone(draft: Draft, paragraph: number): boolean {
  const p = draft.paragraphs[paragraph];
  const before = draft.lines[p.firstLine - 1];
  const after = draft.lines[p.lastLine + 1];
  return (before === undefined || before.blank) && (after === undefined || after.blank);
}

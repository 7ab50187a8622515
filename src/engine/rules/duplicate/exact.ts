/**
 * Exact repeats of whole paragraphs and lines, found with one hash map: each
 * paragraph is folded (white space, quote style and case) and looked up
 * among the earlier ones. A paragraph that stands between blank lines is a
 * paragraph; one inside a run of lines (as pasted web pages have) is a line.
 */
import type { Draft } from '../../draft';
import { countWords } from './tokens';

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

function standsAlone(draft: Draft, paragraph: number): boolean {
  const p = draft.paragraphs[paragraph];
  const before = draft.lines[p.firstLine - 1];
  const after = draft.lines[p.lastLine + 1];
  return (before === undefined || before.blank) && (after === undefined || after.blank);
}

export function findExactRepeats(draft: Draft, want: { paragraph: boolean; line: boolean }): ExactRepeat[] {
  const seen = new Map<string, number>();
  const out: ExactRepeat[] = [];
  for (const p of draft.paragraphs) {
    const key = foldForRepeat(p.text);
    const earlier = seen.get(key);
    seen.set(key, p.index);
    if (earlier === undefined) continue;
    const kind = standsAlone(draft, p.index) ? 'paragraph' : 'line';
    if (!want[kind]) continue;
    if (countWords(draft.text, p.start, p.end, MIN_REPEAT_WORDS) < MIN_REPEAT_WORDS) continue;
    out.push({ kind, paragraph: p.index, earlier });
  }
  return out;
}

/**
 * Exact repeats of whole paragraphs and lines, found with one hash map: each
 * paragraph is folded (white space, quote style and case) and looked up
 * among the earlier ones. A paragraph that stands between blank lines is a
 * paragraph; one inside a run of lines (as pasted web pages have) is a line.
 */
import { NO_MEMO, type Memo } from '../../detector';
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

interface RepeatKey {
  /** The folded paragraph. */
  key: string;
  /** Whether it has MIN_REPEAT_WORDS words. */
  long: boolean;
}

function repeatKey(text: string): RepeatKey {
  return { key: foldForRepeat(text), long: countWords(text, 0, text.length, MIN_REPEAT_WORDS) >= MIN_REPEAT_WORDS };
}

export function findExactRepeats(draft: Draft, want: { paragraph: boolean; line: boolean }, memo: Memo = NO_MEMO): ExactRepeat[] {
  const seen = new Map<string, number>();
  const out: ExactRepeat[] = [];
  for (const p of draft.paragraphs) {
    const folded = memo.get('duplicate/repeat-key', p.text, repeatKey);
    const key = folded.key;
    const earlier = seen.get(key);
    seen.set(key, p.index);
    if (earlier === undefined) continue;
    const kind = standsAlone(draft, p.index) ? 'paragraph' : 'line';
    if (!want[kind]) continue;
    if (!folded.long) continue;
    out.push({ kind, paragraph: p.index, earlier });
  }
  return out;
}

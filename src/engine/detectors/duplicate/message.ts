/**
 * Says in a few words how a later copy differs from the earlier one: a
 * word-level diff (jsdiff) of the two passages, each change shown as
 * `'before' → 'after'`. An insertion or deletion is shown with the word that
 * follows it (or precedes it at the end), so `'Trump' → 'President Donald Trump'`.
 */
import { diffArrays } from 'diff';
import { flatCopy } from '../../draft';

/** Token offsets: token `t` spans `start[t] .. end[t]`. */
export interface TokenOffsets {
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

/** Whether tokens `x` and `y` are the same as written, quote style folded (`foldWord`), case kept: compared in place. */
function sameWritten(text: string, reading: TokenOffsets, x: number, y: number): boolean {
  const xs = reading.start[x];
  const ys = reading.start[y];
  const n = reading.end[x] - xs;
  if (reading.end[y] - ys !== n) return false;
  for (let k = 0; k < n; k++) {
    const a = text.charCodeAt(xs + k);
    const b = text.charCodeAt(ys + k);
    if (a !== b && straight(a) !== straight(b)) return false;
  }
  return true;
}

/** A curly apostrophe as the straight one (foldWord's one change: one character for one). */
function straight(c: number): number {
  return c === 0x2019 || c === 0x2018 ? 0x27 : c;
}

/** At most this many changes are listed; the rest are counted. */
export const MAX_CHANGES_LISTED = 5;
/** Passages longer than this (in words, both copies together) are only diffed when they differ in few words. */
const MAX_DIFF_WORDS = 400;
const MAX_EDITS_LONG = 40;
const MAX_SHOWN_CHARS = 40;

export interface Change {
  before: string;
  after: string;
}

/** The words shown for a change: a copy, since changes are kept between checks and a slice would keep the whole draft alive. */
function show(text: string, reading: TokenOffsets, from: number, to: number): string {
  if (to <= from) return '';
  const raw = text.slice(reading.start[from], reading.end[to - 1]).replace(/\s+/g, ' ');
  if (raw.length <= MAX_SHOWN_CHARS) return flatCopy(raw);
  const cut = raw.lastIndexOf(' ', MAX_SHOWN_CHARS);
  return flatCopy(`${raw.slice(0, cut > 0 ? cut : MAX_SHOWN_CHARS)}…`);
}

/** Stands for the changes past those shown: counted, not read. */
const NOT_SHOWN: Change = Object.freeze({ before: '', after: '' });

/**
 * The changes from tokens `a0..a1` to tokens `b0..b1`, or undefined when the
 * passages are too long or too different to list them. Only the first
 * `shown` are spelt out; the others are NOT_SHOWN (a message lists a few
 * and counts the rest).
 */
export function describeChanges(text: string, reading: TokenOffsets, a0: number, a1: number, b0: number, b1: number, shown = Infinity): Change[] | undefined {
  const la = a1 - a0;
  const lb = b1 - b0;
  // The words are compared in place, by token number (no string per word).
  const before: number[] = new Array(la);
  const after: number[] = new Array(lb);
  for (let t = 0; t < la; t++) before[t] = a0 + t;
  for (let t = 0; t < lb; t++) after[t] = b0 + t;
  const parts = diffArrays(before, after, {
    maxEditLength: la + lb > MAX_DIFF_WORDS ? MAX_EDITS_LONG : Math.max(8, Math.ceil((la + lb) / 2)),
    comparator: (x: number, y: number) => sameWritten(text, reading, x, y),
  });
  if (!parts) return undefined;
  const changes: Change[] = [];
  let ai = a0;
  let bi = b0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p];
    if (!part.added && !part.removed) {
      ai += part.count ?? part.value.length;
      bi += part.count ?? part.value.length;
      continue;
    }
    // Gather one run of removed and added words.
    let removed = 0;
    let added = 0;
    while (p < parts.length && (parts[p].added || parts[p].removed)) {
      const n = parts[p].count ?? parts[p].value.length;
      if (parts[p].removed) removed += n;
      else added += n;
      p++;
    }
    p--;
    let fromA = ai;
    let toA = ai + removed;
    let fromB = bi;
    let toB = bi + added;
    if (removed === 0 || added === 0) {
      // Pure insertion or deletion: show it with a neighbouring word.
      if (toA < a1 && toB < b1) {
        toA++;
        toB++;
      } else if (fromA > a0 && fromB > b0) {
        fromA--;
        fromB--;
      }
    }
    changes.push(changes.length < shown ? { before: show(text, reading, fromA, toA), after: show(text, reading, fromB, toB) } : NOT_SHOWN);
    ai += removed;
    bi += added;
  }
  return changes;
}

export function formatChanges(changes: readonly Change[]): string {
  const listed = changes
    .slice(0, MAX_CHANGES_LISTED)
    .map((c) => (c.before === '' ? `added '${c.after}'` : c.after === '' ? `removed '${c.before}'` : `'${c.before}' → '${c.after}'`));
  const more = changes.length - listed.length;
  return more > 0 ? `${listed.join(', ')} and ${more} more ${more === 1 ? 'change' : 'changes'}` : listed.join(', ');
}

/**
 * Says in a few words how a later copy differs from the earlier one: a
 * word-level diff (jsdiff) of the two passages, each change shown as
 * `'before' → 'after'`. An insertion or deletion is shown with the word that
 * follows it (or precedes it at the end), so `'Trump' → 'President Donald Trump'`.
 */
import { diffArrays } from 'diff';
import { flatCopy } from '../../draft';
import { foldWord } from './tokens';

/** Token offsets: token `t` spans `start[t] .. end[t]`. */
export interface TokenOffsets {
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

/** Token `t` as written, quote style folded, case kept. */
function tokenText(text: string, reading: TokenOffsets, t: number): string {
  return foldWord(text.slice(reading.start[t], reading.end[t]));
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

/**
 * The changes from tokens `a0..a1` to tokens `b0..b1`, or undefined when the
 * passages are too long or too different to list them.
 */
export function describeChanges(text: string, reading: TokenOffsets, a0: number, a1: number, b0: number, b1: number): Change[] | undefined {
  const la = a1 - a0;
  const lb = b1 - b0;
  const before: string[] = [];
  const after: string[] = [];
  for (let t = a0; t < a1; t++) before.push(tokenText(text, reading, t));
  for (let t = b0; t < b1; t++) after.push(tokenText(text, reading, t));
  const parts = diffArrays(before, after, { maxEditLength: la + lb > MAX_DIFF_WORDS ? MAX_EDITS_LONG : Math.max(8, Math.ceil((la + lb) / 2)) });
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
    changes.push({ before: show(text, reading, fromA, toA), after: show(text, reading, fromB, toB) });
    ai += removed;
    bi += added;
  }
  return changes;
}

export function formatChanges(changes: readonly Change[]): string {
  const listed = changes.slice(0, MAX_CHANGES_LISTED).map((c) =>
    c.before === '' ? `added '${c.after}'` : c.after === '' ? `removed '${c.before}'` : `'${c.before}' → '${c.after}'`,
  );
  const more = changes.length - listed.length;
  return more > 0 ? `${listed.join(', ')} and ${more} more ${more === 1 ? 'change' : 'changes'}` : listed.join(', ');
}

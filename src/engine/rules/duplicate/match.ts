/**
 * Finds passages that closely match an earlier passage, in near-linear time.
 *
 * 1. Every run of SHINGLE folded words is hashed; each run is paired with the
 *    latest earlier run with the same words (a seed). One seed per position.
 * 2. Seeds that follow each other on both sides, with small gaps and a small
 *    shift (inserted or deleted words), are chained.
 * 3. Each chain is widened to whole sentences (a sentence joins when the chain
 *    covers at least half of its words) and the two passages are compared word
 *    by word: similarity = 2·(common words) / (words in both) (Dice on the
 *    longest common subsequence). Two sentences or more need `threshold`; a
 *    single sentence needs `threshold + SINGLE_SENTENCE_MARGIN`. A chain that
 *    does not hold up over whole sentences still counts when it is a verbatim
 *    run of MIN_WORDS words or more.
 */
import { diffArrays } from 'diff';
import { NO_MEMO, type Memo } from '../../detector';
import type { Reading } from './tokens';

/** Words per shingle. */
export const SHINGLE = 4;
/** Largest step between two seeds of one chain, on either side (covers two nearby edits). */
const GAP = 2 * SHINGLE + 3;
/** Largest change of offset between two seeds of one chain (inserted or deleted words). */
const DRIFT = 6;
/** Chains followed at once; more means highly repetitive text, and the oldest is closed. */
const MAX_OPEN = 16;
/** Passages of this many words or more count on their own. */
export const MIN_WORDS = 15;
/** Passages of two sentences or more count when they have this many words. */
export const MIN_WORDS_TWO_SENTENCES = 10;
/** Above this size (both copies, in words) a diff is only tried for few differences... */
const MAX_EXACT_COMPARE = 400;
/** ...at most this many; beyond, similarity is estimated from the seeds. */
const MAX_EDITS_LONG = 40;

export const DEFAULT_THRESHOLD = 0.7;
/**
 * A single sentence must match this much more closely (0.9 by default): one
 * sentence can share a long frame with a different one ("… will be able to go
 * from zero to 60 mph in five seconds"; "A spokesman for the company did not
 * immediately respond to a request for comment").
 */
export const SINGLE_SENTENCE_MARGIN = 0.2;

export interface PassageMatch {
  /** Earlier copy: tokens `a0 .. a1 - 1`. */
  a0: number;
  a1: number;
  /** Later copy: tokens `b0 .. b1 - 1`. */
  b0: number;
  b1: number;
  similarity: number;
}

interface Chain {
  firstI: number;
  firstJ: number;
  lastI: number;
  lastJ: number;
  /** Words of the later copy covered by the chain's shingles. */
  covered: number;
}

/**
 * Similarity of two token ranges, or 0 when it is certainly below `threshold`.
 * Myers' diff costs (length × differences), so long passages are only diffed
 * when they differ in few words; otherwise the similarity is estimated from
 * the words the chain's shingles cover (`covered`, a common subsequence).
 */
function similarity(ids: readonly number[], a0: number, a1: number, b0: number, b1: number, threshold: number, covered: number): number {
  const la = a1 - a0;
  const lb = b1 - b0;
  let maxEdit = Math.floor((1 - threshold) * (la + lb));
  const big = la + lb > MAX_EXACT_COMPARE;
  if (big) maxEdit = Math.min(maxEdit, MAX_EDITS_LONG);
  const parts = diffArrays(ids.slice(a0, a1), ids.slice(b0, b1), { maxEditLength: maxEdit });
  if (!parts) return big ? Math.min(1, (2 * covered) / (la + lb)) : 0;
  let common = 0;
  for (const p of parts) if (!p.added && !p.removed) common += p.count ?? p.value.length;
  return (2 * common) / (la + lb);
}

/** Widen a token range to the sentences it mostly covers; undefined when it covers none. */
function toSentences(reading: Reading, t0: number, t1: number): [number, number] | undefined {
  const { sentences } = reading;
  const firstSentence = reading.sentence[t0];
  const lastSentence = reading.sentence[t1 - 1];
  let from = -1;
  let to = -1;
  for (let s = firstSentence; s <= lastSentence; s++) {
    const S = sentences[s];
    const overlap = Math.min(t1, S.lastToken) - Math.max(t0, S.firstToken);
    if (overlap * 2 >= S.lastToken - S.firstToken) {
      if (from < 0) from = s;
      to = s;
    }
  }
  return from < 0 ? undefined : [sentences[from].firstToken, sentences[to].lastToken];
}

function sentenceCount(reading: Reading, t0: number, t1: number): number {
  return reading.sentence[t1 - 1] - reading.sentence[t0] + 1;
}

function bigEnough(reading: Reading, t0: number, t1: number): boolean {
  const words = t1 - t0;
  return words >= MIN_WORDS || (words >= MIN_WORDS_TWO_SENTENCES && sentenceCount(reading, t0, t1) >= 2);
}

function seedChains(ids: readonly number[]): Chain[] {
  const n = ids.length;
  // Open-addressing table: shingle hash -> latest start + 1 (0 = empty).
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const keys = new Int32Array(size);
  const vals = new Int32Array(size);
  const done: Chain[] = [];
  let open: Chain[] = [];
  for (let j = 0; j + SHINGLE <= n; j++) {
    let h = 0;
    for (let q = 0; q < SHINGLE; q++) h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + ids[j + q] + 1) | 0;
    let slot = (h ^ (h >>> 16)) & mask;
    while (vals[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & mask;
    const i = vals[slot] - 1;
    keys[slot] = h;
    vals[slot] = j + 1;
    if (i < 0 || i + SHINGLE > j) continue;
    let same = true;
    for (let q = 0; q < SHINGLE && same; q++) same = ids[i + q] === ids[j + q];
    if (!same) continue;
    // Close chains left behind.
    if (open.length > 0 && j - open[0].lastJ > GAP) {
      const still: Chain[] = [];
      for (const c of open) (j - c.lastJ > GAP ? done : still).push(c);
      open = still;
    }
    let best: Chain | undefined;
    let bestDrift = DRIFT + 1;
    for (const c of open) {
      if (c.lastJ >= j || c.lastI >= i || i - c.lastI > GAP) continue;
      const drift = Math.abs(j - i - (c.lastJ - c.lastI));
      if (drift < bestDrift) {
        best = c;
        bestDrift = drift;
      }
    }
    if (best) {
      best.covered += Math.min(SHINGLE, j - best.lastJ);
      best.lastI = i;
      best.lastJ = j;
    } else {
      if (open.length >= MAX_OPEN) done.push(open.shift() as Chain);
      open.push({ firstI: i, firstJ: j, lastI: i, lastJ: j, covered: SHINGLE });
    }
    // Keep `open` ordered by lastJ so the oldest is first.
    if (best && open.length > 1) {
      open.splice(open.indexOf(best), 1);
      open.push(best);
    }
  }
  done.push(...open);
  return done;
}

/**
 * Later passages that closely match an earlier one, ordered by the later
 * copy's position, not overlapping each other on the later side.
 */
/**
 * `memo` (with the draft's `text`) keeps similarities between checks, keyed
 * by the text of the two passages: their words, and so their similarity, are
 * a function of that text (no word crosses a sentence's edge).
 */
export function findPassageMatches(reading: Reading, threshold = DEFAULT_THRESHOLD, memo: Memo = NO_MEMO, text?: string): PassageMatch[] {
  const ids = reading.id;
  const chains = seedChains(ids);
  const found: PassageMatch[] = [];
  for (const c of chains) {
    const rawA: [number, number] = [c.firstI, c.lastI + SHINGLE];
    const rawB: [number, number] = [c.firstJ, c.lastJ + SHINGLE];
    if (rawB[1] - rawB[0] < SHINGLE + 2) continue;
    const tries: [number, number][][] = [];
    const a = toSentences(reading, rawA[0], rawA[1]);
    const b = toSentences(reading, rawB[0], rawB[1]);
    if (a && b) tries.push([a, b]);
    tries.push([rawA, rawB]);
    for (let k = 0; k < tries.length; k++) {
      const [[a0, a1], [b0, b1]] = tries[k];
      const aligned = k === 0 && tries.length === 2;
      if (b0 < a1) continue;
      if (aligned ? !bigEnough(reading, a0, a1) || !bigEnough(reading, b0, b1) : a1 - a0 < MIN_WORDS || b1 - b0 < MIN_WORDS) continue;
      const several = aligned && sentenceCount(reading, a0, a1) >= 2 && sentenceCount(reading, b0, b1) >= 2;
      // Words that are not whole sentences count only when repeated verbatim.
      const needed = !aligned ? 1 : several ? threshold : Math.min(1, threshold + SINGLE_SENTENCE_MARGIN);
      const sim =
        memo === NO_MEMO || text === undefined
          ? similarity(ids, a0, a1, b0, b1, needed, c.covered)
          : memo.get(
              'duplicate/similarity',
              `${needed} ${c.covered}\u0001${text.slice(reading.start[a0], reading.end[a1 - 1])}\u0001${text.slice(reading.start[b0], reading.end[b1 - 1])}`,
              () => similarity(ids, a0, a1, b0, b1, needed, c.covered),
            );
      if (sim >= needed && sim > 0) {
        found.push({ a0, a1, b0, b1, similarity: sim });
        break;
      }
    }
  }
  found.sort((x, y) => x.b0 - y.b0 || y.b1 - x.b1);
  // Overlapping later copies: keep the first (the longest at its start).
  const out: PassageMatch[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.b0 < last.b1) {
      if (m.b1 - m.b0 > last.b1 - last.b0 && m.b0 === last.b0) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

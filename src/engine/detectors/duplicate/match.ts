/**
 * Finds passages that closely match an earlier passage, in near-linear time.
 *
 * 1. Every run of SHINGLE folded words is hashed; each run is paired with the
 *    latest earlier run of the same words (a seed), unless the two overlap.
 *    One seed per position.
 * 2. Seeds that follow each other on both sides, with small gaps and a small
 *    shift (inserted or deleted words), are chained: inside each paragraph
 *    of the later copy, then across paragraph ends (store/chains.ts and
 *    store/joins.ts; store/kept.ts keeps all this between checks).
 * 3. Each chain is widened to whole sentences (a sentence joins when the chain
 *    covers at least half of its words) and the two passages are compared word
 *    by word: similarity = 2·(common words) / (words in both) (Dice on the
 *    longest common subsequence). Two sentences or more need `threshold`; a
 *    single sentence needs `threshold + SINGLE_SENTENCE_MARGIN`. A chain that
 *    does not hold up over whole sentences still counts when it is a verbatim
 *    run of MIN_WORDS words or more.
 */
import { diffArrays } from 'diff';

/** Words per shingle. */
export const SHINGLE = 4;
/** Largest step between two seeds of one chain, on either side (covers two nearby edits). */
export const GAP = 2 * SHINGLE + 3;
/** Largest change of offset between two seeds of one chain (inserted or deleted words). */
export const DRIFT = 6;
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

/** The draft's tokens and sentences by global position (token `t`, sentence `s`). */
export interface TokenSource {
  sentence(t: number): number;
  /** First token and end token of sentence `s`. */
  sentenceFirst(s: number): number;
  sentenceLast(s: number): number;
  /** Word ids of tokens `from .. to - 1` (equal words, equal ids). */
  ids(from: number, to: number): number[];
}

/**
 * Similarity of two token ranges, or 0 when it is certainly below `threshold`.
 * Myers' diff costs (length × differences), so long passages are only diffed
 * when they differ in few words; otherwise the similarity is estimated from
 * the words the chain's shingles cover (`covered`, a common subsequence).
 */
function similarity(src: TokenSource, a0: number, a1: number, b0: number, b1: number, threshold: number, covered: number): number {
  const la = a1 - a0;
  const lb = b1 - b0;
  let maxEdit = Math.floor((1 - threshold) * (la + lb));
  const big = la + lb > MAX_EXACT_COMPARE;
  if (big) maxEdit = Math.min(maxEdit, MAX_EDITS_LONG);
  const parts = diffArrays(src.ids(a0, a1), src.ids(b0, b1), { maxEditLength: maxEdit });
  if (!parts) return big ? Math.min(1, (2 * covered) / (la + lb)) : 0;
  let common = 0;
  for (const p of parts) if (!p.added && !p.removed) common += p.count ?? p.value.length;
  return (2 * common) / (la + lb);
}

/** Widen a token range to the sentences it mostly covers; undefined when it covers none. */
function toSentences(src: TokenSource, t0: number, t1: number): [number, number] | undefined {
  const firstSentence = src.sentence(t0);
  const lastSentence = src.sentence(t1 - 1);
  let from = -1;
  let to = -1;
  for (let s = firstSentence; s <= lastSentence; s++) {
    const first = src.sentenceFirst(s);
    const last = src.sentenceLast(s);
    const overlap = Math.min(t1, last) - Math.max(t0, first);
    if (overlap * 2 >= last - first) {
      if (from < 0) from = s;
      to = s;
    }
  }
  return from < 0 ? undefined : [src.sentenceFirst(from), src.sentenceLast(to)];
}

function sentenceCount(src: TokenSource, t0: number, t1: number): number {
  return src.sentence(t1 - 1) - src.sentence(t0) + 1;
}

function bigEnough(src: TokenSource, t0: number, t1: number): boolean {
  const words = t1 - t0;
  return words >= MIN_WORDS || (words >= MIN_WORDS_TWO_SENTENCES && sentenceCount(src, t0, t1) >= 2);
}

/**
 * The match a chain of seeds stands for (earlier copy from the shingle at
 * `firstI` to the one at `lastI`, later copy likewise from `firstJ`), or
 * undefined. The chain is widened to whole sentences and the two passages
 * compared word by word; failing that, the chain itself counts when it is a
 * verbatim run of MIN_WORDS words.
 */
export function evaluateChain(
  src: TokenSource,
  firstI: number,
  lastI: number,
  firstJ: number,
  lastJ: number,
  covered: number,
  threshold: number,
): PassageMatch | undefined {
  if (lastJ + SHINGLE - firstJ < SHINGLE + 2) return undefined;
  const a = toSentences(src, firstI, lastI + SHINGLE);
  const b = toSentences(src, firstJ, lastJ + SHINGLE);
  if (a && b) {
    const m = tryMatch(src, a[0], a[1], b[0], b[1], true, covered, threshold);
    if (m) return m;
  }
  return tryMatch(src, firstI, lastI + SHINGLE, firstJ, lastJ + SHINGLE, false, covered, threshold);
}

/**
 * The match of tokens `a0 .. a1 - 1` and `b0 .. b1 - 1`, when they are long
 * enough and alike enough: whole sentences (`aligned`) by the thresholds,
 * other runs of words only verbatim.
 */
function tryMatch(src: TokenSource, a0: number, a1: number, b0: number, b1: number, aligned: boolean, covered: number, threshold: number): PassageMatch | undefined {
  if (b0 < a1) return undefined;
  if (aligned ? !bigEnough(src, a0, a1) || !bigEnough(src, b0, b1) : a1 - a0 < MIN_WORDS || b1 - b0 < MIN_WORDS) return undefined;
  const several = aligned && sentenceCount(src, a0, a1) >= 2 && sentenceCount(src, b0, b1) >= 2;
  // Words that are not whole sentences count only when repeated verbatim.
  const needed = !aligned ? 1 : several ? threshold : Math.min(1, threshold + SINGLE_SENTENCE_MARGIN);
  const sim = similarity(src, a0, a1, b0, b1, needed, covered);
  return sim >= needed && sim > 0 ? { a0, a1, b0, b1, similarity: sim } : undefined;
}

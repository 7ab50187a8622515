/**
 * Entries, the index's row per paragraph (shape in types.ts): how one is
 * read from a paragraph, and the lookups every other part of the index needs
 * (the entry holding a global token; an entry's seeds). Kept apart because
 * both layouts of the index (one-check.ts, kept.ts) make their entries here.
 */
import type { Draft, Paragraph } from '../../../draft';
import { firstIndex } from '../../../search';
import { MIN_REPEAT_WORDS, repeatHash } from '../exact';
import { countWords, readParagraphIds, type ParagraphTokens } from '../tokens';
import type { WordIds } from '../word-ids';
import type { Entry, StoreWants } from './types';

export const EMPTY = new Int32Array(0);

/**
 * The entry of paragraph `p`: its tokens are read here (in arrays of its
 * own), or were read with the draft's into `draftTokens` (`counts` as
 * readParagraphsIds gives them); its repeat hash is read when exact repeats
 * are wanted. Bases and `at`/`sat` are the caller's to set.
 */
export function readEntry(draft: Draft, p: Paragraph, wants: StoreWants, words: WordIds, draftTokens: ParagraphTokens | null = null, counts: Int32Array = EMPTY): Entry {
  const e: Entry = {
    index: p.index,
    base: 0,
    sbase: 0,
    n: 0,
    ns: 0,
    tok: null,
    at: 0,
    sat: 0,
    uid: 0,
    predE: [],
    predR: EMPTY,
    chains: null,
    stale: null,
    lo: null,
    hi: null,
    hash: 0,
    long: false,
    earlier: null,
    out: undefined,
    deps: null,
    spanned: false,
    firsts: null,
    quiet: false,
  };
  if (draftTokens !== null) {
    e.tok = draftTokens;
    e.n = counts[2 * p.index];
    e.ns = counts[2 * p.index + 1];
  } else if (wants.passage) {
    const tok = readParagraphIds(p.text, words);
    e.tok = tok;
    e.n = tok.ids.length;
    e.ns = tok.sentences.length >> 2;
  }
  if (wants.exact) {
    // Read in the draft's text, which is quicker to read than the paragraph's own.
    e.hash = repeatHash(draft.text, p.start, p.end);
    // The paragraph's tokens are the words countWords counts (test/unit/duplicate/properties.test.ts).
    e.long = e.tok !== null ? e.n >= MIN_REPEAT_WORDS : countWords(p.text, 0, p.text.length, MIN_REPEAT_WORDS) >= MIN_REPEAT_WORDS;
  }
  return e;
}

/** The seed entry of token `r` of `e` (null: none). */
export function seedEntry(e: Entry, r: number): Entry | null {
  return e.predE.length === 0 ? null : e.predE[r];
}

/** Sets the seed of token `r` of `e` (`qe` null: none), making the entry's seed arrays at its first seed. */
export function setSeed(e: Entry, r: number, qe: Entry | null, qr: number): void {
  if (e.predE.length === 0) {
    if (qe === null) return;
    e.predE = new Array<Entry | null>(e.n).fill(null);
    e.predR = new Int32Array(e.n);
  }
  e.predE[r] = qe;
  e.predR[r] = qr;
}

/** The entry holding global token `t` (the last starting at or before it). */
export function entryAt(entries: readonly Entry[], t: number): Entry {
  return entries[Math.max(0, firstIndex(entries, (x) => x.base > t) - 1)];
}

/** The entry holding global token `t`: `near` when it does (seeds mostly come in runs from one paragraph), else looked up. */
export function entryNear(entries: readonly Entry[], t: number, near: Entry | null): Entry {
  return near !== null && t >= near.base && t < near.base + near.n ? near : entryAt(entries, t);
}

/**
 * The duplicate detector's index of a draft, built paragraph by paragraph so
 * that an edit updates it instead of rebuilding it (issue #9). `check()` builds
 * it from scratch for every draft; `createChecker()` keeps it in the
 * detector's state and updates it from `draft.change`. Both run the same
 * code, and what the update keeps is exactly what a fresh build would give
 * (test/unit/duplicate/incremental.test.ts checks it after random edits).
 *
 * One entry per paragraph (spliced by `change.paragraphs`) holds:
 * - its words (tokens, sentences, offsets relative to the paragraph) and
 *   their word ids (a dictionary that only grows; nothing depends on how ids
 *   are numbered, only on which words are equal);
 * - the 4-word shingle starting at each of its words (running on into the
 *   following paragraphs, as the word stream does), each a posting in the
 *   shingle index (hash → postings in draft order), and each shingle's seed:
 *   the latest earlier shingle of the same four words. An edit replaces the
 *   postings of the edited paragraphs and of the last three words before
 *   them (whose shingles run into the edit); removing or adding a posting
 *   changes the seed of the next posting of the same words only, so those
 *   are the only seeds looked up again elsewhere. A build finds the same
 *   seeds with one pass over an open-addressing table instead.
 * - its local chains: runs of seeds inside the paragraph that follow each
 *   other on both sides (see match.ts). They depend on the paragraph's
 *   seeds and on the number of words between the seeds' earlier copies, so
 *   they are recomputed only when a seed changed or the edit lies between
 *   two earlier copies close enough for that number to matter.
 * - the hash of its folded text for exact repeats (exact.ts); entries with
 *   equal hashes form a group in draft order, and each entry's `earlier` is
 *   the latest one before it whose text folds the same.
 *
 * A store built for one check (`keep` false: `check()`, no state) holds the
 * same, lighter: the draft's tokens in one set of arrays read in place in its
 * text (the entries' rows in them), the seeds in one array of global
 * positions, and none of what only updates read (postings, `firsts`,
 * `spans`, copies of an evaluation's parts, edit-proof match positions).
 * test/unit/duplicate/properties.test.ts checks that it holds what a kept
 * store's first build holds, and finds the same.
 *
 * Every check then joins the local chains across paragraph boundaries (the
 * small global merge) and evaluates each joined chain, reusing the evaluation
 * kept on the chain when its parts are the same and the edit touched neither
 * copy's paragraphs. After an update the join pass is redone only around the
 * paragraphs whose joins may have changed (`rejoin`: the edited ones, those
 * whose chains were recomputed, the later copies of evaluations the edit
 * invalidated, and those with a chain whose first seed's earlier copy lies
 * within GAP words after the edit, found through `firsts`), each time from
 * the last paragraph before into which no chain was carried to the first
 * after into which none is carried now nor was before (`quiet`); elsewhere
 * the last pass's joined chains and matches stay, moved by the edit. Findings are kept too, with
 * the lines (and so the characters) they depend on: one the edit did not
 * reach, and over which no direct quote changed, is reused, moved by the edit.
 */
import type { Draft, Paragraph } from '../../draft';
import { movedFrom } from '../../moved';
import { firstIndex } from '../../search';
import type { Finding, Quote } from '../../types';
import { evaluateChain, GAP, DRIFT, SHINGLE, type PassageMatch, type TokenSource } from './match';
import type { Change } from './message';
import { MIN_REPEAT_WORDS, repeatHash, sameRepeat } from './exact';
import { countWords, readParagraphIds, readParagraphsIds, WordIds, type ParagraphTokens } from './tokens';

/**
 * A posting: the paragraph entry and the shingle's first token in it. Its
 * words (the last may lie in the following paragraphs) and hash are read from
 * the entries when needed (`wordOf`, `hashOf`), not kept. The shingle index
 * holds postings as numbers (`Ref`: the entry's `uid` and the token), not as
 * objects: a kept store has a posting per word of the draft. Every token with
 * SHINGLE words from it on in the draft has its posting in the index, so an
 * entry needs no list of its own.
 */
export interface Posting {
  e: Entry;
  r: number;
}

/**
 * A posting in the shingle index: `r * UID_SPAN + uid`. The token comes first
 * so that most refs (tokens before the 64th of their paragraph) are small
 * integers, which a Map holds without a heap number; a paragraph has fewer
 * than 2^28 tokens (a string fewer than 2^29 characters), so refs stay exact.
 */
type Ref = number;
/** More than the entries a store makes between two builds. */
const UID_SPAN = 2 ** 25;

/** A run of seeds inside one paragraph (the later copy), positions relative to the entry. */
export interface LocalChain {
  e: Entry;
  /** Earlier copies of the first and last seeds (entry and token in it). */
  fiE: Entry;
  fiR: number;
  liE: Entry;
  liR: number;
  fj: number;
  lj: number;
  covered: number;
  /** The evaluation of the joined chain this chain starts, as of check `epoch`. */
  kept: Evaluation | undefined;
  /**
   * The joined chain this chain starts, set at each check (`passages`): its
   * last seed in global positions (lastI only while it may be carried on),
   * the words it covers, and its local chains in order.
   */
  lastI: number;
  lastJ: number;
  joinedCovered: number;
  parts: LocalChain[] | null;
  nparts: number;
}

interface RelativeMatch {
  a0: TokenRef;
  a1: TokenRef;
  b0: TokenRef;
  b1: TokenRef;
  similarity: number;
}

interface TokenRef {
  e: Entry;
  r: number;
}

interface LineChange {
  from: number;
  toOld: number;
  shift: number;
  /** Characters of the replaced lines in the previous text, and the change of length. */
  start: number;
  end: number;
  delta: number;
}

/** A finding kept between checks with what it depends on. */
export interface KeptFinding {
  epoch: number;
  finding: Finding;
  /** Pairs of first and last line (inclusive) it depends on, in the numbering of check `epoch`... */
  lines: number[];
  /** ...and the characters of those lines. */
  chars: number[];
  /** A line whose number the message gives (-1: none). */
  numbered: number;
}

interface Evaluation {
  /** False once an edit touched a paragraph either copy spans. */
  valid: boolean;
  /** The finding made of the match at the last check. */
  out: KeptFinding | undefined;
  epoch: number;
  parts: LocalChain[];
  covered: number;
  match: RelativeMatch | null;
  /** The change list of the match, once computed (undefined: too different to list). */
  changes: Change[] | undefined;
  described: boolean;
  /** The match in global positions, updated at each check. */
  found: FoundPassage | undefined;
}

export interface Entry {
  /** Paragraph index; -1 once removed. */
  index: number;
  /** Global index of the first token and of the first sentence. */
  base: number;
  sbase: number;
  n: number;
  ns: number;
  /**
   * Tokens, sentences and word ids (when passages are wanted): the
   * paragraph's are the rows from `at` and `sat` on, in arrays of its own
   * (0, 0) when the store is kept, else in the draft's (`base`, `sbase`).
   */
  tok: ParagraphTokens | null;
  at: number;
  sat: number;
  /** The entry's number in the store's `byUid` (kept stores only): its postings' `Ref`s name it. */
  uid: number;
  /**
   * Seed of each shingle: the latest earlier shingle of the same words
   * (entry, token; null: none), when the store is kept (for one check, the
   * store's `seeds`). Empty while the paragraph has no seed (most have none):
   * read through `seedEntry`, set through `setSeed`.
   */
  predE: (Entry | null)[];
  predR: Int32Array;
  /** Local chains, in order of their first seed; null: to compute. */
  chains: LocalChain[] | null;
  /** The chains before they were dropped: those that come out the same are kept, with their evaluations. */
  stale: LocalChain[] | null;
  /**
   * The local chains depend on the number of words between the earlier
   * copies of two seeds only when those lie in different paragraphs, at most
   * GAP words apart counting none between: `lo .. hi` spans all such pairs
   * (null: none), and an edit inside that span recomputes the chains.
   */
  lo: Entry | null;
  hi: Entry | null;
  /** Hash of the folded text (`repeatHash`): the group of paragraphs that may repeat it. */
  hash: number;
  long: boolean;
  /** The latest earlier entry with the same repeat key. */
  earlier: Entry | null;
  /** The exact-repeat finding on this paragraph at the last check, with its kind and earlier copy. */
  out: { kind: string; earlier: Entry; kept: KeptFinding } | undefined;
  /** Evaluations whose copies span this paragraph: an edit of it invalidates them (null: none). */
  deps: Evaluation[] | null;
  /** Local chains (of any paragraph) whose first seed's earlier copy lies here, maybe some no longer live (null: none). */
  firsts: LocalChain[] | null;
  /** Whether the entry is in the store's `spans`. */
  spanned: boolean;
  /** Whether no joined chain was carried into this paragraph at the last join pass. */
  quiet: boolean;
}

export interface FoundPassage extends PassageMatch {
  kept: Evaluation;
  /** Paragraphs of the later copy's first and last words. */
  pb0: number;
  pb1: number;
}

const MAX_OPEN = 16;
const EMPTY = new Int32Array(0);

/** The seed entry of token `r` of `e` (null: none). */
function seedEntry(e: Entry, r: number): Entry | null {
  return e.predE.length === 0 ? null : e.predE[r];
}

/** Sets the seed of token `r` of `e` (`qe` null: none), making the entry's seed arrays at its first seed. */
function setSeed(e: Entry, r: number, qe: Entry | null, qr: number): void {
  if (e.predE.length === 0) {
    if (qe === null) return;
    e.predE = new Array<Entry | null>(e.n).fill(null);
    e.predR = new Int32Array(e.n);
  }
  e.predE[r] = qe;
  e.predR[r] = qr;
}

/** The entry holding global token `t` (the last starting at or before it). */
function entryAt(entries: readonly Entry[], t: number): Entry {
  return entries[Math.max(0, firstIndex(entries, (x) => x.base > t) - 1)];
}

function hash4(w0: number, w1: number, w2: number, w3: number): number {
  let h = 0;
  h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + w0 + 1) | 0;
  h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + w1 + 1) | 0;
  h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + w2 + 1) | 0;
  h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + w3 + 1) | 0;
  return h ^ (h >>> 16);
}

/**
 * Word `i` (0 .. SHINGLE - 1) of the shingle of `p`, read on into the
 * following paragraphs. Only for a posting of the store's entries as they
 * stand (postings leaving the index are read before the entries are spliced).
 */
function wordOf(entries: readonly Entry[], p: Posting, i: number): number {
  let at = p.e;
  let t = p.r + i;
  for (let k = at.index; t >= at.n; ) {
    t -= at.n;
    at = entries[++k];
  }
  return (at.tok as ParagraphTokens).ids[at.at + t];
}

/** The shingle hash of `p` (its key in the shingle index). */
function hashOf(entries: readonly Entry[], p: Posting): number {
  const e = p.e;
  if (p.r + SHINGLE <= e.n) {
    const ids = (e.tok as ParagraphTokens).ids;
    const t = e.at + p.r;
    return hash4(ids[t], ids[t + 1], ids[t + 2], ids[t + 3]);
  }
  return hash4(wordOf(entries, p, 0), wordOf(entries, p, 1), wordOf(entries, p, 2), wordOf(entries, p, 3));
}

function sameWords(entries: readonly Entry[], p: Posting, q: Posting): boolean {
  for (let i = 0; i < SHINGLE; i++) if (wordOf(entries, p, i) !== wordOf(entries, q, i)) return false;
  return true;
}

/** The shingle starting at token `r` of `entries[k]` (reading on into the following paragraphs); null: fewer than SHINGLE words left in the draft. */
function shingleAt(entries: readonly Entry[], k: number, r: number): Posting | null {
  let left = SHINGLE - (entries[k].n - r);
  for (let m = k + 1; left > 0 && m < entries.length; m++) left -= entries[m].n;
  return left > 0 ? null : { e: entries[k], r };
}


/** A list gaining or losing more postings than this in one edit is rebuilt in one pass. */
const BULK = 8;

function refOf(p: Posting): Ref {
  return p.r * UID_SPAN + p.e.uid;
}

/**
 * The seed of every shingle of the draft in one pass: an open-addressing
 * table keeps, for each run of four words, its latest position (the same
 * seeds the shingle index gives, without building it).
 */
function seedAll(ids: Int32Array): Int32Array {
  const total = ids.length;
  /** Each shingle's seed: its start + 1 (0: none). */
  const seeds = new Int32Array(total);
  let size = 16;
  while (size < 2 * total) size *= 2;
  const mask = size - 1;
  /** Latest start + 1 (0: empty); a slot's words are read at that start (no array of hashes: the first word tells most apart). */
  const vals = new Int32Array(size);
  for (let j = 0; j + SHINGLE <= total; j++) {
    const h = hash4(ids[j], ids[j + 1], ids[j + 2], ids[j + 3]);
    let slot = h & mask;
    for (;;) {
      const v = vals[slot];
      if (v === 0) break;
      const i = v - 1;
      if (ids[i] === ids[j] && ids[i + 1] === ids[j + 1] && ids[i + 2] === ids[j + 2] && ids[i + 3] === ids[j + 3]) {
        if (i + SHINGLE <= j) seeds[j] = i + 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
    vals[slot] = j + 1;
  }
  return seeds;
}

/** The entry holding global token `t`: `near` when it does (seeds mostly come in runs from one paragraph), else looked up. */
function entryNear(entries: readonly Entry[], t: number, near: Entry | null): Entry {
  return near !== null && t >= near.base && t < near.base + near.n ? near : entryAt(entries, t);
}

export interface StoreWants {
  exact: boolean;
  passage: boolean;
}

export class DuplicateStore {
  entries: Entry[] = [];
  private words: WordIds;
  /** Shingle hash → its posting, or its postings in draft order when several. */
  private readonly postings = new Map<number, Ref | Ref[]>();
  /** Entries by `uid` (kept stores only), and the next uid. */
  private readonly byUid = new Map<number, Entry>();
  private uids = 0;
  /** For one check: each shingle's seed, its global start + 1 (0: none), instead of the entries' seed arrays. */
  private seeds: Int32Array | null = null;
  /** Entries by `hash`, in draft order. */
  private readonly groups = new Map<number, Entry[]>();
  /** The draft the store describes. */
  draft: Draft | undefined;
  epoch = 0;
  /** The lines the last update replaced (old numbering) and the characters they held; undefined after a build. */
  private lines: LineChange | undefined;
  /** Tokens and paragraphs from `tokenEnd` and `paragraphEnd` on (old numbering) moved by the last update by `tokens` and `paragraphs`. */
  private moved: { tokenEnd: number; tokens: number; paragraphEnd: number; paragraphs: number } | undefined;
  /** Direct quotes of the last check (QuoteIndex's list), and the stretch of the previous text where they changed. */
  private quotes: readonly Quote[] = [];
  private quotesChanged: [number, number] | null = null;
  /** Scratch lists of `passages`. */
  private readonly carry: LocalChain[] = [];
  private readonly touched: LocalChain[] = [];
  private readonly open: LocalChain[] = [];
  /** The joined chains (heads) of the last join pass in draft order, and the match of each (null: none). */
  private heads: LocalChain[] = [];
  private headMatch: (FoundPassage | null)[] = [];
  /** Whether the last join pass is to be redone only around `rejoin` (false: over the whole draft). */
  private partial = false;
  /** Entries whose chains, or the joins around them, may have changed since the last join pass. */
  private rejoin: Entry[] = [];
  /** Entries with a span of earlier copies (`lo`), maybe some no longer, and entries whose chains are to recompute. */
  private spans: Entry[] = [];
  private dropped: Entry[] = [];

  /** Marks the local chains of `e` for recomputing. */
  private drop(e: Entry): void {
    if (e.chains !== null) e.stale = e.chains;
    e.chains = null;
    this.dropped.push(e);
  }
  readonly wants: StoreWants;
  readonly threshold: number;

  /** Whether the store is kept for updates (`createChecker`); `check()` builds without the shingle index. */
  readonly keep: boolean;

  constructor(wants: StoreWants, threshold: number, keep: boolean) {
    this.wants = wants;
    this.threshold = threshold;
    this.keep = keep;
    // A store built for one check may read words in place (the draft outlives it); a kept one copies them.
    this.words = new WordIds(!keep);
  }

  /** Whether the store can be updated to `draft` (or must be built afresh). */
  follows(draft: Draft): boolean {
    // (An update makes at most an entry per paragraph; uids must stay below UID_SPAN, which a build resets.)
    return this.draft !== undefined && draft.change !== undefined && draft.change.previous === this.draft && this.uids + draft.paragraphs.length < UID_SPAN;
  }

  /**
   * The entry of paragraph `p`; its tokens are read here, or were read with
   * the draft's into `draftTokens` (`counts` as readParagraphsIds gives them).
   */
  private newEntry(draft: Draft, p: Paragraph, draftTokens: ParagraphTokens | null = null, counts: Int32Array = EMPTY): Entry {
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
    if (this.keep) {
      e.uid = this.uids++;
      this.byUid.set(e.uid, e);
    }
    if (draftTokens !== null) {
      e.tok = draftTokens;
      e.n = counts[2 * p.index];
      e.ns = counts[2 * p.index + 1];
    } else if (this.wants.passage) {
      const tok = readParagraphIds(p.text, this.words);
      e.tok = tok;
      e.n = tok.ids.length;
      e.ns = tok.sentences.length >> 2;
    }
    if (this.wants.exact) {
      // Read in the draft's text, which is quicker to read than the paragraph's own.
      e.hash = repeatHash(draft.text, p.start, p.end);
      // The paragraph's tokens are the words countWords counts (test/unit/duplicate/properties.test.ts).
      e.long = e.tok !== null ? e.n >= MIN_REPEAT_WORDS : countWords(p.text, 0, p.text.length, MIN_REPEAT_WORDS) >= MIN_REPEAT_WORDS;
    }
    return e;
  }

  /** Build from scratch. */
  build(draft: Draft): void {
    this.seeds = null;
    this.postings.clear();
    this.byUid.clear();
    this.uids = 0;
    this.groups.clear();
    if (this.draft !== undefined) this.words = new WordIds(!this.keep);
    const entries: Entry[] = new Array(draft.paragraphs.length);
    // For one check, the draft's tokens are read into one set of arrays.
    const counts = this.wants.passage && !this.keep ? new Int32Array(2 * entries.length) : EMPTY;
    const draftTokens = counts !== EMPTY ? readParagraphsIds(draft, this.words, counts) : null;
    let base = 0;
    let sbase = 0;
    for (let k = 0; k < entries.length; k++) {
      const e = this.newEntry(draft, draft.paragraphs[k], draftTokens, counts);
      e.base = base;
      e.sbase = sbase;
      if (draftTokens !== null) {
        e.at = base;
        e.sat = sbase;
      }
      base += e.n;
      sbase += e.ns;
      entries[k] = e;
      if (this.wants.exact) {
        let group = this.groups.get(e.hash);
        if (!group) {
          group = [];
          this.groups.set(e.hash, group);
        }
        group.push(e);
        e.earlier = earlierIn(group, group.length - 1, draft.paragraphs);
      }
    }
    this.entries = entries;
    if (this.wants.passage) {
      // The draft's words in one array (shingles run on across paragraph ends).
      let ids: Int32Array;
      if (draftTokens !== null) ids = draftTokens.ids;
      else {
        ids = new Int32Array(base);
        for (const e of entries) if (e.n > 0) ids.set((e.tok as ParagraphTokens).ids, e.base);
      }
      const seeds = seedAll(ids);
      if (this.keep) {
        // Seeds by entry and token, as updates keep them.
        let near: Entry | null = null;
        for (const e of entries) {
          for (let r = 0; r < e.n; r++) {
            const g = seeds[e.base + r];
            if (g === 0) continue;
            near = entryNear(entries, g - 1, near);
            setSeed(e, r, near, g - 1 - near.base);
          }
        }
      } else this.seeds = seeds;
      if (this.keep) {
        for (const e of entries) {
          for (let r = 0; r < e.n; r++) {
            const t = e.base + r;
            if (t + SHINGLE > base) break;
            const p = r * UID_SPAN + e.uid;
            const h = hash4(ids[t], ids[t + 1], ids[t + 2], ids[t + 3]);
            const b = this.postings.get(h);
            if (b === undefined) this.postings.set(h, p);
            else if (Array.isArray(b)) b.push(p);
            else this.postings.set(h, [b, p]);
          }
        }
        this.trimLists();
      }
      this.spans = [];
      for (const e of entries) this.localChains(e);
    }
    this.dropped = [];
    this.draft = draft;
    this.epoch++;
    this.lines = undefined;
    this.moved = undefined;
    this.partial = false;
    this.rejoin = [];
  }

  /** Update to `draft`, an edit of the draft the store describes (`follows(draft)`). */
  update(draft: Draft): void {
    const change = draft.change as NonNullable<Draft['change']>;
    const { from, toOld, toNew } = change.paragraphs;
    let entries = this.entries;
    const removed = entries.slice(from, toOld);
    const last = entries[entries.length - 1];
    const tokenEnd = toOld < entries.length ? entries[toOld].base : last === undefined ? 0 : last.base + last.n;
    /** Postings whose seed may have changed. */
    const dirty: Posting[] = [];
    const touchedGroups = new Set<Entry[]>();
    // The shingles of the last SHINGLE - 1 words before the edit run on into it: read again.
    const boundary: Entry[] = [];
    const boundaryAt: number[] = [];
    /** Postings to take out of the index. */
    const gone: Posting[] = [];
    for (let k = from - 1, need = SHINGLE - 1; k >= 0 && need > 0; k--) {
      const e = entries[k];
      for (let r = e.n - 1; r >= 0 && need > 0; r--, need--) {
        boundary.push(e);
        boundaryAt.push(r);
        const p = shingleAt(entries, k, r);
        if (p) gone.push(p);
        setSeed(e, r, null, 0);
        this.drop(e);
      }
    }
    for (const e of removed) {
      for (let r = 0; r < e.n; r++) {
        const p = shingleAt(entries, e.index, r);
        if (p === null) break;
        gone.push(p);
      }
    }
    // Evaluations spanning an edited paragraph, or the place where paragraphs were only inserted, are stale.
    for (const e of removed) this.touch(e);
    if (toOld === from) {
      this.touch(entries[from - 1]);
      this.touch(entries[from]);
    }
    // Lists losing many postings at once (highly repetitive text) are filtered once, after renumbering.
    const bulk = this.unpostAll(gone, dirty);
    if (this.wants.exact) {
      // Take the removed paragraphs out of their groups (groups losing many are filtered once).
      const leaving = new Map<Entry[], Entry[]>();
      for (const e of removed) {
        const group = this.groups.get(e.hash) as Entry[];
        let out = leaving.get(group);
        if (!out) leaving.set(group, (out = []));
        out.push(e);
      }
      for (const [group, out] of leaving) {
        let rest = group;
        if (out.length === 1) group.splice(group.indexOf(out[0]), 1);
        else {
          const set = new Set(out);
          rest = group.filter((e) => !set.has(e));
        }
        if (rest.length === 0) {
          this.groups.delete(out[0].hash);
          continue;
        }
        if (rest !== group) this.groups.set(out[0].hash, rest);
        touchedGroups.add(rest);
      }
    }
    for (const e of removed) {
      e.index = -1;
      this.byUid.delete(e.uid);
    }
    const added: Entry[] = new Array(toNew - from);
    for (let k = from; k < toNew; k++) added[k - from] = this.newEntry(draft, draft.paragraphs[k]);
    // (Spreading a huge paste into splice's arguments would overflow the stack.)
    if (added.length < 1024) entries.splice(from, toOld - from, ...added);
    else this.entries = entries = entries.slice(0, from).concat(added, entries.slice(toOld));
    // Numbering and token/sentence bases from the edit on.
    let base = from > 0 ? entries[from - 1].base + entries[from - 1].n : 0;
    let sbase = from > 0 ? entries[from - 1].sbase + entries[from - 1].ns : 0;
    for (let k = from; k < entries.length; k++) {
      const e = entries[k];
      e.index = k;
      e.base = base;
      e.sbase = sbase;
      base += e.n;
      sbase += e.ns;
    }
    this.filterAll(bulk, dirty);
    /** Postings added, in draft order, whose seeds are to find. */
    const fresh: Posting[] = [];
    for (let q = boundary.length - 1; q >= 0; q--) {
      const p = shingleAt(entries, boundary[q].index, boundaryAt[q]);
      if (p === null) continue;
      fresh.push(p);
    }
    for (const e of added) {
      if (e.tok === null) continue;
      for (let r = 0; r < e.n; r++) {
        const p = shingleAt(entries, e.index, r);
        if (p === null) break;
        fresh.push(p);
      }
    }
    this.postAll(fresh, dirty);
    for (const e of added) {
      if (this.wants.exact) {
        let group = this.groups.get(e.hash);
        if (!group) {
          group = [];
          this.groups.set(e.hash, group);
        }
        group.splice(this.entryPosition(group, e.index), 0, e);
        touchedGroups.add(group);
      }
    }
    for (const group of touchedGroups) for (let k = 0; k < group.length; k++) group[k].earlier = earlierIn(group, k, draft.paragraphs);
    if (this.wants.passage) {
      for (const p of fresh) {
        const seed = this.seedOf(p);
        setSeed(p.e, p.r, seed === null ? null : seed.e, seed === null ? 0 : seed.r);
      }
      for (const p of dirty) {
        const e = p.e;
        // (Postings since taken out: of removed paragraphs, or of the draft's last words.)
        if (e.index < 0 || shingleAt(entries, e.index, p.r) === null) continue;
        const seed = this.seedOf(p);
        const seedE = seed === null ? null : seed.e;
        const seedR = seed === null ? 0 : seed.r;
        if (seedE !== seedEntry(e, p.r) || (seedE !== null && seedR !== e.predR[p.r])) {
          setSeed(e, p.r, seedE, seedR);
          this.drop(e);
        }
      }
      // Chains whose earlier copies lie on both sides of the edit: the distances between them changed.
      const spans = this.spans;
      let w = 0;
      for (let q = 0; q < spans.length; q++) {
        const e = spans[q];
        if (e.index < 0 || e.lo === null) {
          e.spanned = false;
          continue;
        }
        spans[w++] = e;
        if (e.chains === null) continue;
        const lo = (e.lo as Entry).index;
        const hi = (e.hi as Entry).index;
        if (lo < 0 || hi < 0 || (lo < toNew && hi >= from)) this.drop(e);
      }
      spans.length = w;
      const rejoin = this.rejoin;
      const dropped = this.dropped;
      for (const e of added) dropped.push(e);
      for (const e of dropped) {
        if (e.index < 0 || e.chains !== null) continue;
        this.localChains(e);
        rejoin.push(e);
      }
      this.dropped = [];
      for (const e of added) rejoin.push(e);
      if (from > 0) rejoin.push(entries[from - 1]);
      if (toNew < entries.length) rejoin.push(entries[toNew]);
      // A chain whose first seed's earlier copy lies just after the edit may join (or no longer join) one whose last seed's lies before it.
      const reach = (toNew < entries.length ? entries[toNew].base : base) + GAP;
      for (let k = from; k < entries.length && entries[k].base <= reach; k++) {
        const firsts = entries[k].firsts;
        if (firsts === null) continue;
        for (const c of firsts) if (c.e.index >= 0) rejoin.push(c.e);
      }
    }
    this.draft = draft;
    this.epoch++;
    const after = entries[entries.length - 1];
    const tokenEndNow = toNew < entries.length ? entries[toNew].base : after === undefined ? 0 : after.base + after.n;
    this.moved = { tokenEnd, tokens: tokenEndNow - tokenEnd, paragraphEnd: toOld, paragraphs: toNew - toOld };
    const { lines } = change;
    const previousLines = change.previous.lines;
    this.lines = {
      from: lines.from,
      toOld: lines.toOld,
      shift: lines.toNew - lines.toOld,
      start: lines.from < previousLines.length ? previousLines[lines.from].start : change.previous.text.length,
      end: lines.toOld > lines.from ? previousLines[lines.toOld - 1].breakEnd : change.previous.text.length,
      delta: change.delta,
    };
  }

  /**
   * Copies the index's lists of more than two postings to arrays of their
   * length: a list grown by push has room for half as many again plus 16,
   * which in a repetitive draft is most of the index.
   */
  private trimLists(): void {
    for (const [h, list] of this.postings) if (Array.isArray(list) && list.length > 2) this.postings.set(h, list.slice());
  }

  /** The posting `ref` names (its entry looked up by uid: one the last update removed gives undefined). */
  private posting(ref: Ref): Posting {
    return { e: this.byUid.get(ref % UID_SPAN) as Entry, r: Math.floor(ref / UID_SPAN) };
  }

  /** Whether posting `a` comes before `b` in the draft. */
  private before(a: Ref, b: Ref): boolean {
    const ea = (this.byUid.get(a % UID_SPAN) as Entry).index;
    const eb = (this.byUid.get(b % UID_SPAN) as Entry).index;
    return ea < eb || (ea === eb && a < b);
  }

  /** Position of `p` in its (draft-ordered) list, or where it would go. */
  private positionOf(list: Ref[], p: Posting): number {
    const ei = p.e.index;
    const r = p.r;
    return firstIndex(list, (q) => {
      const qi = (this.byUid.get(q % UID_SPAN) as Entry).index;
      return qi > ei || (qi === ei && Math.floor(q / UID_SPAN) >= r);
    });
  }

  /** The seed of `p`, at or going at `k` in `list`: the latest earlier posting of the same words, unless it overlaps. */
  private seedAt(list: Ref[], k: number, p: Posting): Posting | null {
    for (let m = k - 1; m >= 0; m--) {
      const q = this.posting(list[m]);
      if (!sameWords(this.entries, q, p)) continue;
      return q.e.base + q.r + SHINGLE > p.e.base + p.r ? null : q;
    }
    return null;
  }

  /**
   * Postings by what they do to their lists: each whose list gains or loses
   * at most BULK of them goes to `one` (with its hash), in order; the others
   * are returned by hash, in order, for one pass over each list.
   */
  private byListChange(postings: Posting[], one: (p: Posting, h: number) => void): Map<number, Ref[]> {
    const hashes = postings.map((p) => hashOf(this.entries, p));
    const count = new Map<number, number>();
    for (const h of hashes) count.set(h, (count.get(h) ?? 0) + 1);
    const bulk = new Map<number, Ref[]>();
    for (let k = 0; k < postings.length; k++) {
      const h = hashes[k];
      if ((count.get(h) as number) <= BULK) {
        one(postings[k], h);
        continue;
      }
      let refs = bulk.get(h);
      if (!refs) bulk.set(h, (refs = []));
      refs.push(refOf(postings[k]));
    }
    return bulk;
  }

  /**
   * Takes `gone` out of the shingle index, one by one where a list loses a
   * few; returns the lists that lose many, with what they lose, for
   * `filterAll` (after renumbering).
   */
  private unpostAll(gone: Posting[], dirty: Posting[]): Map<number, Ref[]> {
    return this.byListChange(gone, (p, h) => this.unpost(p, h, dirty));
  }

  /** Filters the lists `unpostAll` left: every posting left in them may have a new seed. */
  private filterAll(bulk: Map<number, Ref[]>, dirty: Posting[]): void {
    for (const [h, refs] of bulk) {
      const set = new Set(refs);
      const list = this.postings.get(h) as Ref | Ref[];
      const rest = (Array.isArray(list) ? list : [list]).filter((p) => !set.has(p));
      for (const p of rest) dirty.push(this.posting(p));
      if (rest.length === 0) this.postings.delete(h);
      else this.postings.set(h, rest.length === 1 ? rest[0] : rest);
    }
  }

  /** Puts `fresh` (in draft order) in the index: one by one where a list gains a few, by merging where it gains many. */
  private postAll(fresh: Posting[], dirty: Posting[]): void {
    const bulk = this.byListChange(fresh, (p, h) => this.post(p, h, dirty));
    for (const [h, adds] of bulk) {
      const b = this.postings.get(h);
      const list = b === undefined ? [] : Array.isArray(b) ? b : [b];
      const merged: Ref[] = new Array(list.length + adds.length);
      let i = 0;
      let j = 0;
      for (let k = 0; k < merged.length; k++) {
        if (j >= adds.length || (i < list.length && this.before(list[i], adds[j]))) {
          merged[k] = list[i++];
          dirty.push(this.posting(merged[k]));
        } else merged[k] = adds[j++];
      }
      this.postings.set(h, merged.length === 1 ? merged[0] : merged);
    }
  }

  /** Takes `p` (hash `h`) out of the shingle index; the next posting of the same words gets a new seed. */
  private unpost(p: Posting, h: number, dirty: Posting[]): void {
    const list = this.postings.get(h) as Ref | Ref[];
    if (!Array.isArray(list)) {
      this.postings.delete(h);
      return;
    }
    const ref = refOf(p);
    let k = this.positionOf(list, p);
    if (list[k] !== ref) k = list.indexOf(ref);
    list.splice(k, 1);
    if (list.length === 1) this.postings.set(h, list[0]);
    for (let m = k; m < list.length; m++) {
      const q = this.posting(list[m]);
      if (sameWords(this.entries, q, p)) {
        dirty.push(q);
        return;
      }
    }
  }

  /** Puts `p` (hash `h`) in the shingle index (in draft order); the next posting of the same words may get it as its seed. */
  private post(p: Posting, h: number, dirty: Posting[]): void {
    const ref = refOf(p);
    const b = this.postings.get(h);
    if (b === undefined) {
      this.postings.set(h, ref);
      return;
    }
    const list = Array.isArray(b) ? b : [b];
    if (list !== b) this.postings.set(h, list);
    const k = this.positionOf(list, p);
    list.splice(k, 0, ref);
    for (let m = k + 1; m < list.length; m++) {
      const q = this.posting(list[m]);
      if (sameWords(this.entries, q, p)) {
        dirty.push(q);
        return;
      }
    }
  }

  private seedOf(p: Posting): Posting | null {
    const b = this.postings.get(hashOf(this.entries, p));
    return Array.isArray(b) ? this.seedAt(b, this.positionOf(b, p), p) : null;
  }

  private entryPosition(group: Entry[], index: number): number {
    return firstIndex(group, (e) => e.index >= index);
  }

  /**
   * The chains of seeds inside one paragraph: a seed continues the open chain
   * it follows on both sides (steps of at most GAP, shift at most DRIFT;
   * the closest shift wins), or starts a chain.
   */
  private localChains(e: Entry): void {
    const out: LocalChain[] = [];
    /** The open chains, least recently continued first: `open[0 .. nopen)` (a scratch list, so no list per seed). */
    const open = this.open;
    let nopen = 0;
    let lo: Entry | null = null;
    let hi: Entry | null = null;
    const { predE, predR } = e;
    const { seeds, entries } = this;
    /** The seed's entry and token in it. */
    let qe: Entry | null = null;
    let qr = 0;
    for (let j = 0; j < e.n; j++) {
      if (seeds !== null) {
        const g = seeds[e.base + j];
        if (g === 0) continue;
        qe = entryNear(entries, g - 1, qe);
        qr = g - 1 - qe.base;
      } else {
        if (predE.length === 0) break;
        qe = predE[j];
        if (qe === null) continue;
        qr = predR[j];
      }
      const i = qe.base + qr;
      if (nopen > 0 && j - open[0].lj > GAP) {
        let w = 0;
        for (let q = 0; q < nopen; q++) if (j - open[q].lj <= GAP) open[w++] = open[q];
        nopen = w;
      }
      let best = -1;
      let bestDrift = DRIFT + 1;
      for (let q = 0; q < nopen; q++) {
        const c = open[q];
        const x = c.liE;
        // Two earlier copies in different paragraphs, close enough for what lies between them to matter.
        if (x !== qe && x.index < qe.index && x.n - c.liR + qr <= GAP) {
          if (lo === null || x.index < lo.index) lo = x;
          if (hi === null || qe.index > hi.index) hi = qe;
        }
        const lastI = x.base + c.liR;
        if (c.lj >= j || lastI >= i || i - lastI > GAP) continue;
        const drift = Math.abs(j - i - (c.lj - lastI));
        if (drift < bestDrift) {
          best = q;
          bestDrift = drift;
        }
      }
      if (best >= 0) {
        const c = open[best];
        c.covered += Math.min(SHINGLE, j - c.lj);
        c.liE = qe;
        c.liR = qr;
        c.lj = j;
        // It is now the most recently continued.
        for (let q = best + 1; q < nopen; q++) open[q - 1] = open[q];
        open[nopen - 1] = c;
      } else {
        if (nopen >= MAX_OPEN) {
          for (let q = 1; q < nopen; q++) open[q - 1] = open[q];
          nopen--;
        }
        const c: LocalChain = { e, fiE: qe, fiR: qr, liE: qe, liR: qr, fj: j, lj: j, covered: SHINGLE, kept: undefined, lastI: 0, lastJ: 0, joinedCovered: 0, parts: null, nparts: 0 };
        open[nopen++] = c;
        out.push(c);
      }
    }
    open.fill(undefined as unknown as LocalChain, 0, nopen);
    // Chains that come out as they were stay the same objects, so their evaluations are kept.
    const stale = e.stale;
    if (stale !== null && stale.length > 0) {
      let q = 0;
      for (let k = 0; k < out.length; k++) {
        const c = out[k];
        while (q < stale.length && stale[q].fj < c.fj) q++;
        if (q >= stale.length) break;
        const d = stale[q];
        if (d.fj === c.fj && d.lj === c.lj && d.fiE === c.fiE && d.fiR === c.fiR && d.liE === c.liE && d.liR === c.liR && d.covered === c.covered) out[k] = d;
      }
    }
    e.stale = null;
    // (A kept list gets the room it needs only: one grown by push has room for 16 more.)
    e.chains = this.keep && out.length > 0 ? out.slice() : out;
    e.lo = lo;
    e.hi = hi;
    // What tells an update which chains and joins to redo; a store built for one check needs none of it.
    if (!this.keep) return;
    for (const c of out) {
      const x = c.fiE;
      // (A list made with its first element has no room to spare until it grows: most hold one or two.)
      if (x.firsts === null) x.firsts = [c];
      else {
        if (x.firsts.length >= 32 && (x.firsts.length & (x.firsts.length - 1)) === 0) x.firsts = liveFirsts(x.firsts);
        x.firsts.push(c);
      }
    }
    if (lo !== null && !e.spanned) {
      e.spanned = true;
      this.spans.push(e);
    }
  }

  /**
   * Joins local chains across paragraph boundaries (a chain's first seed
   * continues a chain of an earlier paragraph as a seed would inside one),
   * evaluates each joined chain, and returns the matches ordered by the later
   * copy, not overlapping on the later side.
   */
  /**
   * Joins local chains across paragraph boundaries (a chain's first seed
   * continues a chain of an earlier paragraph as a seed would inside one),
   * evaluates each joined chain, and returns the matches ordered by the later
   * copy, not overlapping on the later side.
   *
   * After an update the join pass is redone only around the entries the
   * update may have changed the joins of (`rejoin`): from the last paragraph
   * before them into which nothing was carried, to the first after them into
   * which nothing is carried now nor was at the last pass; the joins
   * elsewhere, and their evaluations, are the last pass's.
   */
  passages(view: EntryView): FoundPassage[] {
    const { entries, epoch } = this;
    const oldHeads = this.heads;
    const oldMatch = this.headMatch;
    const heads: LocalChain[] = [];
    const headMatch: (FoundPassage | null)[] = [];
    if (!this.partial) {
      if (entries.length > 0) entries[0].quiet = true;
      this.joinRange(0, entries.length, heads);
      for (let q = 0; q < heads.length; q++) headMatch.push(this.evaluate(heads[q], view, epoch));
    } else {
      // The last pass's matches, moved by the edit.
      const mv = this.moved;
      if (mv !== undefined && (mv.tokens !== 0 || mv.paragraphs !== 0)) {
        for (let q = 0; q < oldMatch.length; q++) {
          const found = oldMatch[q];
          if (found === null) continue;
          if (found.a0 >= mv.tokenEnd) found.a0 += mv.tokens;
          if (found.a1 > mv.tokenEnd) found.a1 += mv.tokens;
          if (found.b0 >= mv.tokenEnd) found.b0 += mv.tokens;
          if (found.b1 > mv.tokenEnd) found.b1 += mv.tokens;
          if (found.pb0 >= mv.paragraphEnd) found.pb0 += mv.paragraphs;
          if (found.pb1 >= mv.paragraphEnd) found.pb1 += mv.paragraphs;
        }
      }
      const marks: number[] = [];
      for (const e of this.rejoin) if (e.index >= 0) marks.push(e.index);
      marks.sort((x, y) => x - y);
      let q = 0;
      let done = 0;
      for (let m = 0; m < marks.length; m++) {
        const mark = marks[m];
        if (mark < done) continue;
        let start = mark;
        while (start > done && !entries[start].quiet) start--;
        // Heads before the stretch stay; those in it (or removed) are joined again.
        for (; q < oldHeads.length; q++) {
          const h = oldHeads[q];
          const at = h.e.index;
          if (at >= start) break;
          if (at < 0) continue;
          heads.push(h);
          headMatch.push(oldMatch[q]);
        }
        const fresh = heads.length;
        done = this.joinRange(start, mark + 1, heads);
        for (; q < oldHeads.length; q++) {
          const h = oldHeads[q];
          const at = h.e.index;
          if (at >= done) break;
          // An evaluation of the last pass may be reused (its match was moved above).
          if (h.kept !== undefined) h.kept.epoch = epoch - 1;
        }
        for (let x = fresh; x < heads.length; x++) headMatch.push(this.evaluate(heads[x], view, epoch));
      }
      for (; q < oldHeads.length; q++) {
        const h = oldHeads[q];
        if (h.e.index < 0) continue;
        heads.push(h);
        headMatch.push(oldMatch[q]);
      }
    }
    this.heads = heads;
    this.headMatch = headMatch;
    this.partial = this.keep;
    this.rejoin = [];
    const matches: FoundPassage[] = [];
    let sorted = true;
    for (let k = 0; k < headMatch.length; k++) {
      const m = headMatch[k];
      if (m === null) continue;
      if (sorted && matches.length > 0) sorted = byLaterCopy(matches[matches.length - 1], m) <= 0;
      matches.push(m);
    }
    // The heads come in the later copy's order, so the matches mostly do too: sort only when not.
    if (!sorted) matches.sort(byLaterCopy);
    const out: FoundPassage[] = [];
    for (const m of matches) {
      const last = out[out.length - 1];
      if (last && m.b0 < last.b1) {
        if (m.b1 - m.b0 > last.b1 - last.b0 && m.b0 === last.b0) out[out.length - 1] = m;
        continue;
      }
      out.push(m);
    }
    return out;
  }

  /**
   * The join pass from entry `start` (into which nothing is carried) on, at
   * least up to `past`: appends the joined chains (heads) to `heads` and
   * returns where it stopped.
   */
  private joinRange(start: number, past: number, heads: LocalChain[]): number {
    const { entries } = this;
    /** Joined chains that may continue into the next paragraph (within GAP of its start): `carry[0 .. carried)`. */
    const carry = this.carry;
    let carried = 0;
    /** Joined chains started or continued in the paragraph: `touched[0 .. nt)`. */
    const touched = this.touched;
    let k = start;
    for (; k < entries.length; k++) {
      const e = entries[k];
      // Stop where nothing is carried, past the entries to join again, and nothing was carried at the last pass either.
      if (k >= past && carried === 0 && e.quiet) break;
      e.quiet = carried === 0;
      const chains = e.chains;
      const next = e.base + e.n;
      if (chains !== null && chains.length > 0) {
        let nt = 0;
        for (let x = 0; x < chains.length; x++) {
          const d = chains[x];
          const j = e.base + d.fj;
          let best = -1;
          // Only a chain starting within GAP of the paragraph's start can continue a carried one.
          if (carried > 0 && d.fj <= GAP) {
            const i = d.fiE.base + d.fiR;
            let bestDrift = DRIFT + 1;
            for (let q = 0; q < carried; q++) {
              const c = carry[q];
              if (j - c.lastJ > GAP || c.lastI >= i || i - c.lastI > GAP || c.lastJ >= j) continue;
              const drift = Math.abs(j - i - (c.lastJ - c.lastI));
              if (drift < bestDrift) {
                best = q;
                bestDrift = drift;
              }
            }
          }
          if (best >= 0) {
            const c = carry[best];
            c.joinedCovered += Math.min(SHINGLE, j - c.lastJ) + d.covered - SHINGLE;
            c.lastI = d.liE.base + d.liR;
            c.lastJ = e.base + d.lj;
            (c.parts as LocalChain[])[c.nparts++] = d;
            // A chain continues at most once per paragraph (it is carried on below if it ends near the paragraph's end).
            for (let q = best + 1; q < carried; q++) carry[q - 1] = carry[q];
            carried--;
            touched[nt++] = c;
          } else {
            // lastI is set below if the chain is carried on (its earlier copy is read only then).
            d.lastJ = e.base + d.lj;
            d.joinedCovered = d.covered;
            if (d.parts === null) d.parts = [d];
            d.nparts = 1;
            heads.push(d);
            touched[nt++] = d;
          }
        }
        // Carried chains still in reach, then the chains this paragraph started or continued.
        let w = 0;
        for (let q = 0; q < carried; q++) if (next - carry[q].lastJ <= GAP) carry[w++] = carry[q];
        for (let q = 0; q < nt; q++) {
          const c = touched[q];
          if (next - c.lastJ > GAP) continue;
          const tail = (c.parts as LocalChain[])[c.nparts - 1];
          c.lastI = tail.liE.base + tail.liR;
          carry[w++] = c;
        }
        carried = w;
      } else if (carried > 0) {
        let w = 0;
        for (let q = 0; q < carried; q++) if (next - carry[q].lastJ <= GAP) carry[w++] = carry[q];
        carried = w;
      }
    }
    return k;
  }

  private evaluate(c: LocalChain, view: EntryView, epoch: number): FoundPassage | null {
    const parts = c.parts as LocalChain[];
    const tail = parts[c.nparts - 1];
    let kept = c.kept;
    if (kept && kept.valid && kept.epoch === epoch - 1 && kept.covered === c.joinedCovered && sameParts(kept.parts, parts, c.nparts)) {
      kept.epoch = epoch;
      // (Moved by the edit in `passages` already.)
      return kept.found === undefined ? null : kept.found;
    } else {
      const firstI = c.fiE.base + c.fiR;
      const firstJ = c.e.base + c.fj;
      const lastI = tail.liE.base + tail.liR;
      const lastJ = tail.e.base + tail.lj;
      const m = evaluateChain(view, firstI, lastI, firstJ, lastJ, c.joinedCovered, this.threshold);
      if (!this.keep) {
        // For one check: no parts to compare next time, nor positions to keep through edits.
        kept = { valid: true, epoch, parts, covered: c.joinedCovered, match: null, described: false, changes: undefined, out: undefined, found: undefined };
        c.kept = kept;
        if (!m) return null;
        kept.found = { a0: m.a0, a1: m.a1, b0: m.b0, b1: m.b1, similarity: m.similarity, kept, pb0: view.entryOf(m.b0).index, pb1: view.entryOf(m.b1 - 1).index };
        return kept.found;
      }
      kept = { valid: true, epoch, parts: parts.slice(0, c.nparts), covered: c.joinedCovered, match: m ? relative(view, m) : null, described: false, changes: undefined, out: undefined, found: undefined };
      c.kept = kept;
      // The copies run from the first seed to the end of the last seed's shingle, which may lie in a following paragraph.
      this.depend(kept, c.fiE.index, view.entryOf(lastI + SHINGLE - 1).index);
      this.depend(kept, c.e.index, view.entryOf(lastJ + SHINGLE - 1).index);
    }
    const r = kept.match;
    if (!r) return null;
    const found: FoundPassage = {
      a0: r.a0.e.base + r.a0.r,
      a1: r.a1.e.base + r.a1.r + 1,
      b0: r.b0.e.base + r.b0.r,
      b1: r.b1.e.base + r.b1.r + 1,
      similarity: r.similarity,
      kept,
      pb0: r.b0.e.index,
      pb1: r.b1.e.index,
    };
    kept.found = found;
    return found;
  }

  /**
   * Takes the quotes of this check and notes where (in the previous text)
   * they differ from the last check's, apart from the shift by the edit.
   */
  noteQuotes(quotes: readonly Quote[]): void {
    const old = this.quotes;
    this.quotes = quotes;
    this.quotesChanged = null;
    const change = this.lines;
    if (!change) return;
    const { start: cs, end: ce, delta } = change;
    let a = 0;
    while (a < old.length && a < quotes.length && old[a].end <= cs && old[a].start === quotes[a].start && old[a].end === quotes[a].end) a++;
    let zo = old.length;
    let zn = quotes.length;
    while (zo > a && zn > a && old[zo - 1].start >= ce && quotes[zn - 1].start === old[zo - 1].start + delta && quotes[zn - 1].end === old[zo - 1].end + delta) {
      zo--;
      zn--;
    }
    if (zo === a && zn === a) return;
    const back = (x: number) => (x < cs ? x : x >= ce + delta ? x - delta : Math.min(Math.max(x, cs), ce));
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = a; k < zo; k++) {
      lo = Math.min(lo, old[k].start);
      hi = Math.max(hi, old[k].end);
    }
    for (let k = a; k < zn; k++) {
      lo = Math.min(lo, back(quotes[k].start));
      hi = Math.max(hi, back(quotes[k].end));
    }
    this.quotesChanged = [lo, hi];
  }

  /**
   * The finding kept from the last check, moved by the edit, when nothing it
   * depends on changed: none of its lines were replaced and no quote over
   * them changed (its copies' words are the caller's to check).
   */
  reuse(kept: KeptFinding | undefined): Finding | undefined {
    const change = this.lines;
    if (!kept || !change || kept.epoch !== this.epoch - 1) return undefined;
    const { lines, chars } = kept;
    if (change.shift !== 0 && kept.numbered >= change.toOld) return undefined;
    for (let q = 0; q < lines.length; q += 2) if (!(lines[q + 1] < change.from || lines[q] >= change.toOld)) return undefined;
    const quotes = this.quotesChanged;
    if (quotes) for (let q = 0; q < chars.length; q += 2) if (chars[q] <= quotes[1] && chars[q + 1] >= quotes[0]) return undefined;
    for (let q = 0; q < lines.length; q++) if (lines[q] >= change.toOld) lines[q] += change.shift;
    for (let q = 0; q < chars.length; q++) if (chars[q] >= change.end) chars[q] += change.delta;
    kept.finding = movedFrom(kept.finding, change.end, change.delta);
    kept.epoch = this.epoch;
    return kept.finding;
  }

  /** Keeps `finding`, which depends on the lines `lines` (pairs of first and last line) of `draft`, for the next check. */
  remember(draft: Draft, finding: Finding, lines: number[], numbered = -1): KeptFinding {
    const chars: number[] = new Array(lines.length);
    const last = draft.lines.length - 1;
    for (let q = 0; q < lines.length; q += 2) {
      chars[q] = draft.lines[Math.min(last, Math.max(0, lines[q]))].start;
      chars[q + 1] = draft.lines[Math.min(last, Math.max(0, lines[q + 1]))].breakEnd;
    }
    return { epoch: this.epoch, finding, lines, chars, numbered };
  }

  /**
   * What the index holds, by paragraph index and token (for tests: an
   * updated store must hold what a fresh build holds): per paragraph its
   * words, seeds, local chains and earlier exact copy.
   */
  snapshot(): unknown[] {
    // Ids renumbered in order of first use, as a fresh build numbers them.
    const canonical = new Map<number, number>();
    const id = (x: number) => {
      let c = canonical.get(x);
      if (c === undefined) canonical.set(x, (c = canonical.size));
      return c;
    };
    return this.entries.map((e) => ({
      index: e.index,
      base: e.base,
      sbase: e.sbase,
      ids: e.tok ? Array.from(e.tok.ids.subarray(e.at, e.at + e.n), id) : [],
      seeds: Array.from({ length: e.n }, (_, r) => {
        if (this.seeds !== null) {
          const g = this.seeds[e.base + r];
          if (g === 0) return null;
          const q = entryAt(this.entries, g - 1);
          return [q.index, g - 1 - q.base];
        }
        const q = seedEntry(e, r);
        return q ? [q.index, e.predR[r]] : null;
      }),
      chains: e.chains?.map((c) => [c.fj, c.lj, c.fiE.index, c.fiR, c.liE.index, c.liR, c.covered]) ?? null,
      earlier: e.earlier ? e.earlier.index : -1,
    }));
  }

  /**
   * For tests: the shingle index of a kept store, each list as its postings'
   * paragraph and token, in order of their first posting (a fresh build's
   * uids and word ids, so its hashes, differ; not these).
   */
  indexSnapshot(): [number, number][][] {
    const out: [number, number][][] = [];
    for (const list of this.postings.values()) {
      out.push(
        (Array.isArray(list) ? list : [list]).map((ref) => {
          const p = this.posting(ref);
          return [p.e.index, p.r];
        }),
      );
    }
    return out.sort((a, b) => a[0][0] - b[0][0] || a[0][1] - b[0][1]);
  }

  /** Whether the last update left the paragraphs `first..last` alone. */
  /** Registers `kept` with the paragraphs `first..last`, so that an edit of one of them invalidates it. */
  private depend(kept: Evaluation, first: number, last: number): void {
    for (let k = first; k <= last; k++) {
      const e = this.entries[k];
      // (Made with its first element, as `firsts`.)
      if (e.deps === null) e.deps = [kept];
      else {
        if (e.deps.length >= 16) e.deps = e.deps.filter(live);
        e.deps.push(kept);
      }
    }
  }

  /** Invalidates the evaluations registered with `e`. */
  private touch(e: Entry | undefined): void {
    if (e === undefined || e.deps === null) return;
    for (const d of e.deps) {
      d.valid = false;
      // Its chain is to be joined and evaluated again.
      const head = d.parts[0].e;
      if (head.index >= 0) this.rejoin.push(head);
    }
    e.deps = null;
  }
}

/** The latest entry before `group[k]` in its group (same hash) whose paragraph folds to the same text; null: none. */
function earlierIn(group: readonly Entry[], k: number, paragraphs: readonly Paragraph[]): Entry | null {
  const text = paragraphs[group[k].index].text;
  for (let m = k - 1; m >= 0; m--) if (sameRepeat(paragraphs[group[m].index].text, text)) return group[m];
  return null;
}

/** Whether `d` is still the evaluation of its chain (evaluations of joins the last pass kept are not visited again). */
function live(d: Evaluation): boolean {
  return d.valid && d.parts[0].kept === d && d.parts[0].e.index >= 0;
}

/** The chains of `firsts` still live (in their paragraph's chains), each once. */
function liveFirsts(firsts: LocalChain[]): LocalChain[] {
  const out: LocalChain[] = [];
  const seen = new Set<LocalChain>();
  for (const c of firsts) {
    if (seen.has(c) || c.e.index < 0 || c.e.chains === null || !c.e.chains.includes(c)) continue;
    seen.add(c);
    out.push(c);
  }
  return out;
}

function byLaterCopy(x: FoundPassage, y: FoundPassage): number {
  return x.b0 - y.b0 || y.b1 - x.b1;
}

function sameParts(a: LocalChain[], b: LocalChain[], n: number): boolean {
  if (a.length !== n) return false;
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return false;
  return true;
}

function relative(view: EntryView, m: PassageMatch): RelativeMatch {
  return { a0: view.ref(m.a0), a1: view.ref(m.a1 - 1), b0: view.ref(m.b0), b1: view.ref(m.b1 - 1), similarity: m.similarity };
}

/** Global token and sentence positions over the entries (binary search on their bases). */
export class EntryView implements TokenSource {
  constructor(
    private readonly entries: readonly Entry[],
    private readonly paragraphs: readonly Paragraph[],
  ) {}

  /** The entry last found (tokens are mostly looked up in runs). */
  private last: Entry | undefined;

  /** The entry holding token `t`. */
  entryOf(t: number): Entry {
    const last = this.last;
    if (last !== undefined && t >= last.base && t < last.base + last.n) return last;
    const e = entryAt(this.entries, t);
    this.last = e;
    return e;
  }

  /** The entry holding sentence `s`. */
  private entryOfSentence(s: number): Entry {
    const { entries } = this;
    return entries[Math.max(0, firstIndex(entries, (x) => x.sbase > s) - 1)];
  }

  ref(t: number): TokenRef {
    const e = this.entryOf(t);
    return { e, r: t - e.base };
  }

  sentence(t: number): number {
    const e = this.entryOf(t);
    return e.sbase + (e.tok as ParagraphTokens).sent[e.at + t - e.base];
  }

  sentenceFirst(s: number): number {
    const e = this.entryOfSentence(s);
    return e.base + (e.tok as ParagraphTokens).sentences[4 * (e.sat + s - e.sbase) + 2];
  }

  sentenceLast(s: number): number {
    const e = this.entryOfSentence(s);
    return e.base + (e.tok as ParagraphTokens).sentences[4 * (e.sat + s - e.sbase) + 3];
  }

  sentenceStart(s: number): number {
    const e = this.entryOfSentence(s);
    return this.paragraphs[e.index].start + (e.tok as ParagraphTokens).sentences[4 * (e.sat + s - e.sbase)];
  }

  sentenceEnd(s: number): number {
    const e = this.entryOfSentence(s);
    return this.paragraphs[e.index].start + (e.tok as ParagraphTokens).sentences[4 * (e.sat + s - e.sbase) + 1];
  }

  sentenceParagraph(s: number): number {
    return this.entryOfSentence(s).index;
  }

  tokenStart(t: number): number {
    const e = this.entryOf(t);
    return this.paragraphs[e.index].start + (e.tok as ParagraphTokens).start[e.at + t - e.base];
  }

  tokenEnd(t: number): number {
    const e = this.entryOf(t);
    return this.paragraphs[e.index].start + (e.tok as ParagraphTokens).end[e.at + t - e.base];
  }

  ids(from: number, to: number): number[] {
    const out: number[] = new Array(Math.max(0, to - from));
    let t = from;
    while (t < to) {
      const e = this.entryOf(t);
      const ids = (e.tok as ParagraphTokens).ids;
      const stop = Math.min(to, e.base + e.n);
      for (; t < stop; t++) out[t - from] = ids[e.at + t - e.base];
    }
    return out;
  }
}

/**
 * Shingles and seeds. A shingle is the run of SHINGLE words starting at a
 * token (running on into the following paragraphs, as the word stream does);
 * a token's seed is the latest earlier shingle of the same words that does
 * not overlap it. Seeds are what chains are made of (chains.ts).
 *
 * A build finds every seed in one pass over the draft's words with an
 * open-addressing table (`seedAll`). A kept index must also find the seeds
 * that an edit changes without that pass, so it keeps the shingle index
 * (`ShingleIndex`: hash → postings in draft order). An edit replaces the
 * postings of the edited paragraphs and of the last three words before them
 * (whose shingles run into the edit); removing or adding a posting changes
 * the seed of the next posting of the same words only, so those are the only
 * seeds looked up again.
 */
import { firstIndex } from '../../../search';
import { SHINGLE } from '../match';
import type { ParagraphTokens } from '../tokens';
import type { Entry } from './types';

/**
 * A posting: the paragraph entry and the shingle's first token in it. Its
 * words (the last may lie in the following paragraphs) and hash are read from
 * the entries when needed (`wordOf`, `hashOf`), not kept. Every token with
 * SHINGLE words from it on in the draft has its posting in the index, so an
 * entry needs no list of its own.
 */
export interface Posting {
  e: Entry;
  r: number;
}

/**
 * A posting as the shingle index holds it: a number, not an object (a kept
 * index has a posting per word of the draft), `r * UID_SPAN + e.uid`. The
 * token comes first so that most refs (tokens before the 64th of their
 * paragraph) are small integers, which a Map holds without a heap number; a
 * paragraph has fewer than 2^28 tokens (a string fewer than 2^29 characters),
 * so refs stay exact. The entry is found again by its uid (`ShingleIndex`'s
 * `byUid`).
 */
export type PostingRef = number;
/** More than the entries an index makes between two builds (a build starts uids again at 0). */
const UID_SPAN = 2 ** 25;

/**
 * Every shingle's seed by global token, for an index built for one check:
 * `seeds[j]` is the seed's global start + 1 (0: none). One array for the
 * draft instead of seed arrays per entry (`EntrySeeds`, types.ts), which only
 * a kept index, whose entries move, needs.
 */
export type DraftSeeds = Int32Array;

/** For tests: the shingle index as `ShingleIndex.snapshot` gives it. */
export interface ShingleSnapshot {
  lists: [number, number][][];
  faults: string[];
}

/** A list gaining or losing more postings than this in one edit is rebuilt in one pass. */
const BULK = 8;

export function hash4(w0: number, w1: number, w2: number, w3: number): number {
  let h = 0;
  h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + w0 + 1) | 0;
  h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + w1 + 1) | 0;
  h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + w2 + 1) | 0;
  h = (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + w3 + 1) | 0;
  return h ^ (h >>> 16);
}

/**
 * The seed of every shingle of the draft (its words `ids`) in one pass: an
 * open-addressing table keeps, for each run of four words, its latest
 * position (the same seeds the shingle index gives, without building it).
 */
export function seedAll(ids: Int32Array): DraftSeeds {
  const total = ids.length;
  const seeds: DraftSeeds = new Int32Array(total);
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

/**
 * Word `i` (0 .. SHINGLE - 1) of the shingle of `p`, read on into the
 * following paragraphs. Only for a posting of the entries as they stand
 * (postings leaving the index are read before the entries are spliced).
 */
function wordOf(entries: readonly Entry[], p: Posting, i: number): number {
  let at = p.e;
  let t = p.r + i;
  for (let k = at.index; t >= at.n;) {
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
export function shingleAt(entries: readonly Entry[], k: number, r: number): Posting | null {
  let left = SHINGLE - (entries[k].n - r);
  for (let m = k + 1; left > 0 && m < entries.length; m++) left -= entries[m].n;
  return left > 0 ? null : { e: entries[k], r };
}

function refOf(p: Posting): PostingRef {
  return p.r * UID_SPAN + p.e.uid;
}

/**
 * The shingle index of a kept index: shingle hash → its posting, or its
 * postings in draft order when several. Entries are registered with it
 * (`add`) to get the uid their postings' refs name. Methods that read words
 * take the entries as they stand at that moment (before or after an edit's
 * splice, as the caller says).
 */
export class ShingleIndex {
  private readonly postings = new Map<number, PostingRef | PostingRef[]>();
  /** Entries by `uid`, and the next uid. */
  private readonly byUid = new Map<number, Entry>();
  private uids = 0;

  /** Forgets every posting and entry (before a build). */
  clear(): void {
    this.postings.clear();
    this.byUid.clear();
    this.uids = 0;
  }

  /** Gives `e` its uid. */
  add(e: Entry): void {
    e.uid = this.uids++;
    this.byUid.set(e.uid, e);
  }

  /** Forgets removed entry `e` (its postings are out of the index already). */
  remove(e: Entry): void {
    this.byUid.delete(e.uid);
  }

  /** Whether `count` more entries can be added before a build must start the uids again. */
  hasRoomFor(count: number): boolean {
    return this.uids + count < UID_SPAN;
  }

  /** Posts every shingle of `entries` (built afresh; their words, all `total` of them, are `ids`). */
  build(entries: readonly Entry[], ids: Int32Array, total: number): void {
    for (const e of entries) {
      for (let r = 0; r < e.n; r++) {
        const t = e.base + r;
        if (t + SHINGLE > total) break;
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

  /**
   * Copies the index's lists of more than two postings to arrays of their
   * length: a list grown by push has room for half as many again plus 16,
   * which in a repetitive draft is most of the index.
   */
  private trimLists(): void {
    for (const [h, list] of this.postings) if (Array.isArray(list) && list.length > 2) this.postings.set(h, list.slice());
  }

  /** The posting `ref` names (its entry looked up by uid: one the last update removed gives undefined). */
  private posting(ref: PostingRef): Posting {
    return { e: this.byUid.get(ref % UID_SPAN) as Entry, r: Math.floor(ref / UID_SPAN) };
  }

  /** Whether posting `a` comes before `b` in the draft. */
  private before(a: PostingRef, b: PostingRef): boolean {
    const ea = (this.byUid.get(a % UID_SPAN) as Entry).index;
    const eb = (this.byUid.get(b % UID_SPAN) as Entry).index;
    return ea < eb || (ea === eb && a < b);
  }

  /** Position of `p` in its (draft-ordered) list, or where it would go. */
  private positionOf(list: PostingRef[], p: Posting): number {
    const ei = p.e.index;
    const r = p.r;
    return firstIndex(list, (q) => {
      const qi = (this.byUid.get(q % UID_SPAN) as Entry).index;
      return qi > ei || (qi === ei && Math.floor(q / UID_SPAN) >= r);
    });
  }

  /** The seed of `p`, at or going at `k` in `list`: the latest earlier posting of the same words, unless it overlaps. */
  private seedAt(entries: readonly Entry[], list: PostingRef[], k: number, p: Posting): Posting | null {
    for (let m = k - 1; m >= 0; m--) {
      const q = this.posting(list[m]);
      if (!sameWords(entries, q, p)) continue;
      return q.e.base + q.r + SHINGLE > p.e.base + p.r ? null : q;
    }
    return null;
  }

  /**
   * Postings by what they do to their lists: each whose list gains or loses
   * at most BULK of them goes to `one` (with its hash), in order; the others
   * are returned by hash, in order, for one pass over each list.
   */
  private byListChange(entries: readonly Entry[], postings: Posting[], one: (p: Posting, h: number) => void): Map<number, PostingRef[]> {
    const hashes = postings.map((p) => hashOf(entries, p));
    const count = new Map<number, number>();
    for (const h of hashes) count.set(h, (count.get(h) ?? 0) + 1);
    const bulk = new Map<number, PostingRef[]>();
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
   * Takes `gone` out of the index (read in `entries` before the edit's
   * splice), one by one where a list loses a few; returns the lists that lose
   * many, with what they lose, for `filterAll` (after renumbering). Postings
   * whose seed may have changed go to `dirty`.
   */
  unpostAll(entries: readonly Entry[], gone: Posting[], dirty: Posting[]): Map<number, PostingRef[]> {
    return this.byListChange(entries, gone, (p, h) => this.unpost(entries, p, h, dirty));
  }

  /** Filters the lists `unpostAll` left: every posting left in them may have a new seed. */
  filterAll(bulk: Map<number, PostingRef[]>, dirty: Posting[]): void {
    for (const [h, refs] of bulk) {
      const set = new Set(refs);
      const list = this.postings.get(h) as PostingRef | PostingRef[];
      const rest = (Array.isArray(list) ? list : [list]).filter((p) => !set.has(p));
      for (const p of rest) dirty.push(this.posting(p));
      if (rest.length === 0) this.postings.delete(h);
      else this.postings.set(h, rest.length === 1 ? rest[0] : rest);
    }
  }

  /** Puts `fresh` (in draft order) in the index: one by one where a list gains a few, by merging where it gains many. */
  postAll(entries: readonly Entry[], fresh: Posting[], dirty: Posting[]): void {
    const bulk = this.byListChange(entries, fresh, (p, h) => this.post(entries, p, h, dirty));
    for (const [h, adds] of bulk) {
      const b = this.postings.get(h);
      const list = b === undefined ? [] : Array.isArray(b) ? b : [b];
      const merged: PostingRef[] = new Array(list.length + adds.length);
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

  /** Takes `p` (hash `h`) out of the index; the next posting of the same words gets a new seed. */
  private unpost(entries: readonly Entry[], p: Posting, h: number, dirty: Posting[]): void {
    const list = this.postings.get(h) as PostingRef | PostingRef[];
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
      if (sameWords(entries, q, p)) {
        dirty.push(q);
        return;
      }
    }
  }

  /** Puts `p` (hash `h`) in the index (in draft order); the next posting of the same words may get it as its seed. */
  private post(entries: readonly Entry[], p: Posting, h: number, dirty: Posting[]): void {
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
      if (sameWords(entries, q, p)) {
        dirty.push(q);
        return;
      }
    }
  }

  /** The seed of posting `p` of `entries` as they stand (null: none). */
  seedOf(entries: readonly Entry[], p: Posting): Posting | null {
    const b = this.postings.get(hashOf(entries, p));
    return Array.isArray(b) ? this.seedAt(entries, b, this.positionOf(b, p), p) : null;
  }

  /**
   * For tests: what a fresh build of the same draft must hold, in terms that
   * do not depend on word ids or uids. `lists`: the postings of each shingle
   * (run of words) as paragraph and token, in draft order, the lists in order
   * of their first posting. `faults`: postings filed under a hash not their
   * words', naming a removed paragraph, or out of draft order in their list
   * (a fresh build has none).
   *
   * Lists are told apart by words, not by hash: hashes come from word ids,
   * which a kept index numbers in the order it met words over the session and
   * a fresh build in draft order, so two shingles whose hashes collide (hash4
   * is 32 bits) share a list in one index and not in the other. Both are
   * right (lookups compare words, `sameWords`), so the split by words keeps
   * the comparison to what an update must get right: every posting, each
   * filed under its own words' hash, every list in draft order.
   */
  snapshot(entries: readonly Entry[]): ShingleSnapshot {
    const lists: [number, number][][] = [];
    const faults: string[] = [];
    const name = (ref: PostingRef) => `${this.byUid.get(ref % UID_SPAN)?.index ?? 'removed'}:${Math.floor(ref / UID_SPAN)}`;
    for (const [h, b] of this.postings) {
      const refs = Array.isArray(b) ? b : [b];
      /** This list's postings split by words, each part in list order. */
      const parts: Posting[][] = [];
      for (let k = 0; k < refs.length; k++) {
        const p = this.posting(refs[k]);
        if (p.e === undefined || entries[p.e.index] !== p.e) {
          faults.push(`posting ${name(refs[k])} of a removed paragraph`);
          continue;
        }
        if (shingleAt(entries, p.e.index, p.r) === null) {
          faults.push(`posting ${name(refs[k])} with fewer than SHINGLE words after it`);
          continue;
        }
        if (hashOf(entries, p) !== h) faults.push(`posting ${name(refs[k])} filed under another shingle's hash`);
        if (k > 0 && this.byUid.get(refs[k - 1] % UID_SPAN) !== undefined && !this.before(refs[k - 1], refs[k]))
          faults.push(`posting ${name(refs[k])} out of draft order`);
        const part = parts.find((q) => sameWords(entries, q[0], p));
        if (part === undefined) parts.push([p]);
        else part.push(p);
      }
      for (const part of parts) lists.push(part.map((p) => [p.e.index, p.r]));
    }
    lists.sort((a, b) => a[0][0] - b[0][0] || a[0][1] - b[0][1]);
    return { lists, faults };
  }
}

/**
 * The index kept between checks (`createChecker`, in the detector's state),
 * built paragraph by paragraph so that an edit updates it instead of
 * rebuilding it: this class is the façade (build, follows, update, passages,
 * and the kept findings' noteQuotes, reuse, remember) over the modules that
 * hold its parts: entries (entries.ts), the shingle index and seeds
 * (shingles.ts), local chains (chains.ts), the join pass (joins.ts), kept
 * evaluations (evaluations.ts), exact-repeat groups (groups.ts) and kept
 * findings (kept-findings.ts). What an update keeps is exactly what a fresh
 * build would give (test/unit/duplicate/incremental.test.ts checks it after
 * random edits).
 *
 * An update splices the entries by `change.paragraphs` and replaces the
 * postings of the edited paragraphs and of the last three words before them;
 * the seeds that changed mark their entries' chains for recomputing (`drop`),
 * as do the entries whose chains depend on the distance between two earlier
 * copies on both sides of the edit (`spans`, see `Entry.lo`).
 *
 * Every check then joins the local chains across paragraph boundaries and
 * evaluates each joined chain, reusing the evaluation kept on the chain when
 * its parts are the same and the edit touched neither copy's paragraphs.
 * After an update the join pass is redone only around the paragraphs whose
 * joins may have changed (`rejoin`: the edited ones, those whose chains were
 * recomputed, the later copies of evaluations the edit invalidated, and those
 * with a chain whose first seed's earlier copy lies within GAP words after
 * the edit, found through `firsts`), each time from the last paragraph before
 * into which no chain was carried to the first after into which none is
 * carried now nor was before (`quiet`); elsewhere the last pass's joined
 * chains and matches stay, moved by the edit. Findings are kept too, with the
 * lines (and so the characters) they depend on: one the edit did not reach,
 * and over which no direct quote changed, is reused, moved by the edit.
 */
import type { Draft, Paragraph } from '../../../draft';
import type { Finding, Quote } from '../../../types';
import { GAP, SHINGLE } from '../match';
import { WordIds } from '../word-ids';
import { localChains } from './chains';
import { entryNear, readEntry, seedEntry, setSeed } from './entries';
import { RepeatGroups } from './groups';
import { evaluateKept, invalidate } from './evaluations';
import { joinRange, laterCopies, type JoinScratch } from './joins';
import { keptFinding, KeptFindings } from './kept-findings';
import { snapshotOf, type DuplicateIndex, type IndexSnapshot } from './layout';
import { seedAll, shingleAt, ShingleIndex, type Posting, type ShingleSnapshot } from './shingles';
import type { Entry, FoundPassage, KeptFinding, LocalChain, StoreWants } from './types';
import type { EntryView } from './view';

export class KeptStore implements DuplicateIndex {
  entries: Entry[] = [];
  /** Word ids copy their words (a kept index must not hold old texts alive). */
  private words = new WordIds(false);
  private readonly shingles = new ShingleIndex();
  private readonly groups = new RepeatGroups();
  private readonly findings = new KeptFindings();
  /** The draft the index describes, and the number of its builds and updates. */
  draft: Draft | undefined;
  epoch = 0;
  /** Tokens and paragraphs from `tokenEnd` and `paragraphEnd` on (old numbering) moved by the last update by `tokens` and `paragraphs`. */
  private moved: { tokenEnd: number; tokens: number; paragraphEnd: number; paragraphs: number } | undefined;
  private readonly scratch: JoinScratch = { carry: [], touched: [] };
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

  constructor(
    readonly wants: StoreWants,
    readonly threshold: number,
  ) {}

  /** Whether the index can be updated to `draft` (or must be built afresh). */
  follows(draft: Draft): boolean {
    // (An update makes at most an entry per paragraph; uids must stay below their limit, which a build resets.)
    return this.draft !== undefined && draft.change !== undefined && draft.change.previous === this.draft && this.shingles.hasRoomFor(draft.paragraphs.length);
  }

  /** The entry of paragraph `p`, its tokens in arrays of its own, registered with the shingle index. */
  private newEntry(draft: Draft, p: Paragraph): Entry {
    const e = readEntry(draft, p, this.wants, this.words);
    this.shingles.add(e);
    return e;
  }

  /** Marks the local chains of `e` for recomputing. */
  private drop(e: Entry): void {
    if (e.chains !== null) e.stale = e.chains;
    e.chains = null;
    this.dropped.push(e);
  }

  /** Build from scratch. */
  build(draft: Draft): void {
    this.shingles.clear();
    this.groups.clear();
    this.words = new WordIds(false);
    const entries: Entry[] = new Array(draft.paragraphs.length);
    let base = 0;
    let sbase = 0;
    for (let k = 0; k < entries.length; k++) {
      const e = this.newEntry(draft, draft.paragraphs[k]);
      e.base = base;
      e.sbase = sbase;
      base += e.n;
      sbase += e.ns;
      entries[k] = e;
      if (this.wants.exact) this.groups.append(e, draft.paragraphs);
    }
    this.entries = entries;
    if (this.wants.passage) {
      // The draft's words in one array (shingles run on across paragraph ends).
      const ids = new Int32Array(base);
      for (const e of entries) if (e.n > 0) ids.set((e.tok as NonNullable<Entry['tok']>).ids, e.base);
      // Seeds found in one pass, then kept by entry and token, as updates keep them.
      const seeds = seedAll(ids);
      let near: Entry | null = null;
      for (const e of entries) {
        for (let r = 0; r < e.n; r++) {
          const g = seeds[e.base + r];
          if (g === 0) continue;
          near = entryNear(entries, g - 1, near);
          setSeed(e, r, near, g - 1 - near.base);
        }
      }
      this.shingles.build(entries, ids, base);
      this.spans = [];
      for (const e of entries) this.chainsOf(e);
    }
    this.dropped = [];
    this.draft = draft;
    this.epoch++;
    this.findings.built();
    this.moved = undefined;
    this.partial = false;
    this.rejoin = [];
  }

  /** Update to `draft`, an edit of the draft the index describes (`follows(draft)`). */
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
    for (const e of removed) invalidate(e, this.rejoin);
    if (toOld === from) {
      invalidate(entries[from - 1], this.rejoin);
      invalidate(entries[from], this.rejoin);
    }
    // Lists losing many postings at once (highly repetitive text) are filtered once, after renumbering.
    const bulk = this.shingles.unpostAll(entries, gone, dirty);
    // Take the removed paragraphs out of their groups.
    if (this.wants.exact) this.groups.removeAll(removed, touchedGroups);
    for (const e of removed) {
      e.index = -1;
      this.shingles.remove(e);
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
    this.shingles.filterAll(bulk, dirty);
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
    this.shingles.postAll(entries, fresh, dirty);
    if (this.wants.exact) for (const e of added) this.groups.insert(e, touchedGroups);
    this.groups.relink(touchedGroups, draft.paragraphs);
    if (this.wants.passage) {
      for (const p of fresh) {
        const seed = this.shingles.seedOf(entries, p);
        setSeed(p.e, p.r, seed === null ? null : seed.e, seed === null ? 0 : seed.r);
      }
      for (const p of dirty) {
        const e = p.e;
        // (Postings since taken out: of removed paragraphs, or of the draft's last words.)
        if (e.index < 0 || shingleAt(entries, e.index, p.r) === null) continue;
        const seed = this.shingles.seedOf(entries, p);
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
        this.chainsOf(e);
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
    this.findings.updated(draft);
  }

  /** Computes the local chains of `e`, noting what tells an update which chains and joins to redo (`firsts`, `spans`). */
  private chainsOf(e: Entry): void {
    const out = localChains(e, this.entries, null, this.open);
    // (A kept list gets the room it needs only: one grown by push has room for 16 more.)
    e.chains = out.length > 0 ? out.slice() : out;
    for (const c of out) {
      const x = c.fiE;
      // (A list made with its first element has no room to spare until it grows: most hold one or two.)
      if (x.firsts === null) x.firsts = [c];
      else {
        if (x.firsts.length >= 32 && (x.firsts.length & (x.firsts.length - 1)) === 0) x.firsts = liveFirsts(x.firsts);
        x.firsts.push(c);
      }
    }
    if (e.lo !== null && !e.spanned) {
      e.spanned = true;
      this.spans.push(e);
    }
  }

  /**
   * The passage matches (joins.ts). After an update the join pass is redone
   * only around the entries the update may have changed the joins of
   * (`rejoin`): from the last paragraph before them into which nothing was
   * carried, to the first after them into which nothing is carried now nor
   * was at the last pass; the joins elsewhere, and their evaluations, are the
   * last pass's.
   */
  passages(view: EntryView): FoundPassage[] {
    const { entries, epoch } = this;
    const oldHeads = this.heads;
    const oldMatch = this.headMatch;
    const heads: LocalChain[] = [];
    const headMatch: (FoundPassage | null)[] = [];
    if (!this.partial) {
      if (entries.length > 0) entries[0].quiet = true;
      joinRange(entries, 0, entries.length, heads, this.scratch);
      for (let q = 0; q < heads.length; q++) headMatch.push(evaluateKept(heads[q], view, epoch, entries, this.threshold));
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
        done = joinRange(entries, start, mark + 1, heads, this.scratch);
        for (; q < oldHeads.length; q++) {
          const h = oldHeads[q];
          const at = h.e.index;
          if (at >= done) break;
          // An evaluation of the last pass may be reused (its match was moved above).
          if (h.kept !== undefined) h.kept.epoch = epoch - 1;
        }
        for (let x = fresh; x < heads.length; x++) headMatch.push(evaluateKept(heads[x], view, epoch, entries, this.threshold));
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
    this.partial = true;
    this.rejoin = [];
    return laterCopies(headMatch);
  }

  /** Takes the direct quotes of this check (see KeptFindings.noteQuotes). */
  noteQuotes(quotes: readonly Quote[]): void {
    this.findings.noteQuotes(quotes);
  }

  /** The finding kept from the last check, moved by the edit, when nothing it depends on changed (KeptFindings.reuse). */
  reuse(kept: KeptFinding | undefined): Finding | undefined {
    return this.findings.reuse(kept, this.epoch);
  }

  /** Keeps `finding`, which depends on the lines `lines` (pairs of first and last line) of `draft`, for the next check. */
  remember(draft: Draft, finding: Finding, lines: number[], numbered = -1): KeptFinding {
    return keptFinding(draft, finding, lines, numbered, this.epoch);
  }

  snapshot(): IndexSnapshot {
    return snapshotOf(this.entries, (e, r) => {
      const q = seedEntry(e, r);
      return q ? [q.index, e.predR[r]] : null;
    });
  }

  /** For tests: the shingle index (ShingleIndex.snapshot, which says why its lists are split by words, not hashes). */
  indexSnapshot(): ShingleSnapshot {
    return this.shingles.snapshot(this.entries);
  }
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

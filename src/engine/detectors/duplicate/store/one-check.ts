/**
 * The index built for one check (`check()`, no detector state): the same
 * entries, seeds and chains a kept index's first build holds, in a lighter
 * layout, since nothing will be updated. The draft's tokens are read into one
 * set of arrays, in place in its text (`TokenRows`), with word ids that borrow
 * the text (the draft outlives the index); the seeds are one array of global
 * positions (`DraftSeeds`) found in one pass; and none of what only updates
 * read is made (shingle postings, `firsts`, spans, copies of an evaluation's
 * parts, matches as `TokenRef`s). That layout makes a check about twice as
 * quick as a kept index's build on a long draft.
 * test/unit/duplicate/properties.test.ts checks that it holds what a kept
 * index's first build holds, and finds the same.
 */
import type { Draft } from '../../../draft';
import { readParagraphsIds } from '../tokens';
import { WordIds } from '../word-ids';
import { localChains } from './chains';
import { entryAt, readEntry } from './entries';
import { RepeatGroups } from './groups';
import { evaluateJoined, joinRange, laterCopies, type JoinScratch } from './joins';
import { seedAll, type DraftSeeds } from './shingles';
import { snapshotOf, type DuplicateIndex, type IndexSnapshot } from './layout';
import type { Entry, Evaluation, FoundPassage, LocalChain, StoreWants } from './types';
import type { EntryView } from './view';

export class OneCheckStore implements DuplicateIndex {
  entries: Entry[] = [];
  private seeds: DraftSeeds | null = null;
  private readonly groups = new RepeatGroups();
  private readonly scratch: JoinScratch = { carry: [], touched: [] };
  private readonly open: LocalChain[] = [];

  constructor(
    readonly wants: StoreWants,
    readonly threshold: number,
  ) {}

  build(draft: Draft): void {
    this.groups.clear();
    const words = new WordIds(true);
    const entries: Entry[] = new Array(draft.paragraphs.length);
    const counts = this.wants.passage ? new Int32Array(2 * entries.length) : undefined;
    const draftTokens = counts !== undefined ? readParagraphsIds(draft, words, counts) : null;
    let base = 0;
    let sbase = 0;
    for (let k = 0; k < entries.length; k++) {
      const e = readEntry(draft, draft.paragraphs[k], this.wants, words, draftTokens, counts);
      e.base = base;
      e.sbase = sbase;
      if (draftTokens !== null) {
        e.at = base;
        e.sat = sbase;
      }
      base += e.n;
      sbase += e.ns;
      entries[k] = e;
      if (this.wants.exact) this.groups.append(e, draft.paragraphs);
    }
    this.entries = entries;
    this.seeds = null;
    if (draftTokens !== null) {
      const seeds = seedAll(draftTokens.ids);
      this.seeds = seeds;
      for (const e of entries) e.chains = localChains(e, entries, seeds, this.open);
    }
  }

  /** Joins the local chains over the whole draft and evaluates each joined chain (joins.ts). */
  passages(view: EntryView): FoundPassage[] {
    const { entries } = this;
    const heads: LocalChain[] = [];
    if (entries.length > 0) entries[0].quiet = true;
    joinRange(entries, 0, entries.length, heads, this.scratch);
    const headMatch: (FoundPassage | null)[] = [];
    for (let q = 0; q < heads.length; q++) headMatch.push(this.evaluate(heads[q], view));
    return laterCopies(headMatch);
  }

  /** The match of joined chain `c`, with an evaluation that holds only what the passage rule caches on it. */
  private evaluate(c: LocalChain, view: EntryView): FoundPassage | null {
    const parts = c.parts as LocalChain[];
    const m = evaluateJoined(c, view, this.threshold);
    // (Never reused: no epoch to compare, no parts copied, no match kept as `TokenRef`s.)
    const kept: Evaluation = {
      valid: true,
      epoch: 0,
      parts,
      covered: c.joinedCovered,
      match: null,
      described: false,
      changes: undefined,
      out: undefined,
      found: undefined,
    };
    c.kept = kept;
    if (!m) return null;
    kept.found = { a0: m.a0, a1: m.a1, b0: m.b0, b1: m.b1, similarity: m.similarity, kept, pb0: view.entryOf(m.b0).index, pb1: view.entryOf(m.b1 - 1).index };
    return kept.found;
  }

  snapshot(): IndexSnapshot {
    const seeds = this.seeds;
    return snapshotOf(this.entries, (e, r) => {
      if (seeds === null) return null;
      const g = seeds[e.base + r];
      if (g === 0) return null;
      const q = entryAt(this.entries, g - 1);
      return [q.index, g - 1 - q.base];
    });
  }
}

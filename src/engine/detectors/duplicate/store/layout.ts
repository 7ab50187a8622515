/**
 * What both layouts of the duplicate index offer a check: the index built for
 * one check (one-check.ts) and the one kept between checks and updated after
 * each edit (kept.ts). The detector (../index.ts) reads the entries (exact
 * repeats) and the passages through this interface alone; only a kept index
 * is updated and keeps findings.
 */
import type { Draft } from '../../../draft';
import type { Entry, FoundPassage, StoreWants } from './types';
import type { EntryView } from './view';

export interface DuplicateIndex {
  readonly wants: StoreWants;
  readonly threshold: number;
  /** One entry per paragraph of the draft, in order. */
  readonly entries: readonly Entry[];
  /** Builds the index of `draft` from scratch. */
  build(draft: Draft): void;
  /** The passage matches, ordered by the later copy and not overlapping on the later side (joins.ts). */
  passages(view: EntryView): FoundPassage[];
  /** For tests: what the index holds (an index updated or built for one check must hold what a fresh kept build holds). */
  snapshot(): IndexSnapshot;
}

export type IndexSnapshot = unknown[];

/**
 * What the index holds, by paragraph index and token: per paragraph its
 * words, seeds (`seedOf`: paragraph and token of the seed, null: none), local
 * chains and earlier exact copy. Word ids are renumbered in order of first
 * use, as a fresh build numbers them.
 */
export function snapshotOf(entries: readonly Entry[], seedOf: (e: Entry, r: number) => [number, number] | null): IndexSnapshot {
  const canonical = new Map<number, number>();
  const id = (x: number) => {
    let c = canonical.get(x);
    if (c === undefined) canonical.set(x, (c = canonical.size));
    return c;
  };
  return entries.map((e) => ({
    index: e.index,
    base: e.base,
    sbase: e.sbase,
    ids: e.tok ? Array.from(e.tok.ids.subarray(e.at, e.at + e.n), id) : [],
    seeds: Array.from({ length: e.n }, (_, r) => seedOf(e, r)),
    chains: e.chains?.map((c) => [c.fj, c.lj, c.fiE.index, c.fiR, c.liE.index, c.liR, c.covered]) ?? null,
    earlier: e.earlier ? e.earlier.index : -1,
  }));
}

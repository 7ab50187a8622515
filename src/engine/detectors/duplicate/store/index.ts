/**
 * The duplicate detector's index of a draft, in two layouts behind one
 * interface (`DuplicateIndex`, layout.ts): `OneCheckStore`, built for one
 * `check()` and thrown away, and `KeptStore`, kept in the detector's state by
 * `createChecker()` and updated after each edit. Both hold the same entries,
 * seeds and chains and find the same (test/unit/duplicate/properties.test.ts);
 * the one-check layout skips everything only an update reads, which makes a
 * check about twice as quick on a long draft.
 *
 * Modules: types.ts (the data model and its encodings), entries.ts (reading a
 * paragraph's entry), shingles.ts (shingles, seeds, the shingle index),
 * chains.ts (local chains), joins.ts (the join pass and evaluation),
 * evaluations.ts (evaluations kept between checks), groups.ts (exact-repeat
 * groups), kept-findings.ts (findings reused after an edit), view.ts (the
 * entries as one draft), layout.ts (the interface), one-check.ts and kept.ts
 * (the two layouts).
 */
export { KeptStore } from './kept';
export type { DuplicateIndex } from './layout';
export { OneCheckStore } from './one-check';
export type { Entry, FoundPassage, KeptFinding, StoreWants } from './types';
export { EntryView } from './view';

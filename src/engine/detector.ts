import type { Draft } from './draft';
import type { CheckOptions, Finding, Quote, RuleMeta } from './types';

/**
 * A store for the results of pure computations on a piece of the draft (a
 * paragraph's or a line's text), kept between checks of the same document by
 * `createChecker` (see incremental.ts) so an edit re-analyses only what it
 * touched. `check()` passes `NO_MEMO`, which keeps nothing.
 *
 * Rules for `get(table, key, compute)`:
 * - `compute(key)` must depend on `key` alone (and on the options, which each
 *   memo is kept per), and must read the text from the `key` it is given, with
 *   offsets relative to it: the memo hands `compute` a flat copy, so a cached
 *   value never holds on to the whole draft it came from.
 * - The value is shared between checks: callers must never mutate it.
 */
export interface Memo {
  get<V>(table: string, key: string, compute: (key: string) => V): V;
}

/** The memo `check()` uses: computes every time, keeps nothing. */
export const NO_MEMO: Memo = {
  get: (_table, key, compute) => compute(key),
};

/**
 * What a detector keeps for one document between checks (`createChecker`
 * gives one store per document and options; `check()` gives none). A
 * detector that uses it must give exactly what it gives without it: it may
 * update its state from `draft.change` (what the edit touched), and must
 * build it afresh when `draft.change` is absent (a first reading, or the
 * checker dropped its state after an error).
 */
export interface DetectorState {
  get<T>(key: string, create: () => T): T;
}

/** What a detector is given: the draft read once, the quotes found in it, and the options. */
export interface DetectorContext {
  draft: Draft;
  /** Direct quotes, extracted before any detector runs (grammar rules keep out of them). */
  quotes: readonly Quote[];
  options: CheckOptions;
  /** Whether a rule is switched on; a detector may skip work for rules that are off. */
  enabled(rule: string): boolean;
  /** Per-paragraph/per-line results kept between checks (absent or `NO_MEMO` in `check()`). */
  memo?: Memo;
  /** Per-document state kept between checks (absent in `check()`). */
  state?: DetectorState;
}

/**
 * A detector groups the rules of one concern (duplicates, boilerplate, grammar,
 * quotes). It returns findings with each rule's default severity; `check`
 * applies the user's settings afterwards.
 */
export interface Detector {
  name: string;
  rules: readonly RuleMeta[];
  run(ctx: DetectorContext): Finding[];
}

import type { Draft } from './draft';
import type { CheckOptions, Finding, Quote, RuleMeta } from './types';

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

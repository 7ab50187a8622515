/**
 * The shape every detector has. A detector groups the rules of one concern
 * (duplicates, boilerplate, grammar, quotes) and is one folder under
 * `detectors/`; `detectors/index.ts` lists them. `check.ts` runs them over
 * one reading of the draft and applies the user's settings afterwards.
 */
import type { Draft } from './draft';
import type { QuoteReading } from './detectors/quotes/reading';
import type { CheckOptions, Finding, Quote, RuleMeta } from './types';

export type { QuoteReading } from './detectors/quotes/reading';

/** What every detector is given: the draft read once, the readings shared by all, and the options. */
export interface DetectorContext {
  draft: Draft;
  /** Direct quotes, read before any detector runs (grammar and boilerplate keep out of them). */
  quotes: readonly Quote[];
  /**
   * The whole quote reading behind `quotes` (chains, unclosed marks,
   * per-paragraph summaries), for the quote rules. The pipeline always gives
   * it; a context made by hand (a test's) may leave it out, and the quote
   * detector then reads the draft's quotes itself.
   */
  quoteReading?: QuoteReading;
  options: CheckOptions;
  /** Whether a rule is switched on; a detector may skip work for rules that are off. */
  enabled(rule: string): boolean;
}

/**
 * A detector. It returns findings with each rule's default severity.
 *
 * `S` is what it keeps for one document between checks: `createChecker`
 * makes one with `newState` per document and set of options and passes it to
 * every `run`; `check()` passes none, and neither does a detector without
 * `newState` get one. A detector must give exactly the same
 * findings with or without its state: it may bring the state up to date from
 * `draft.change` (what the edit touched), and must build it afresh when
 * `draft.change` is absent or does not follow the draft the state last saw.
 */
export interface Detector<S = unknown> {
  name: string;
  /** The rules it reports under, each with its metadata. */
  rules: readonly RuleMeta[];
  /** A fresh per-document state, for the options it will be run with (none: the detector keeps nothing between checks). */
  newState?(options: CheckOptions): S;
  run(ctx: DetectorContext, state?: S): Finding[];
}

import type { Draft } from './draft';
import type { CheckOptions, Finding, Quote, RuleMeta } from './types';

/** What a detector is given: the draft read once, the quotes found in it, and the options. */
export interface DetectorContext {
  draft: Draft;
  /** Direct quotes, extracted before any detector runs (grammar rules keep out of them). */
  quotes: readonly Quote[];
  options: CheckOptions;
  /** Whether a rule is switched on; a detector may skip work for rules that are off. */
  enabled(rule: string): boolean;
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

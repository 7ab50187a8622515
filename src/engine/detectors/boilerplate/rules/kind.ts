import type { KindData } from '../data/types';
import type { LineFeatures } from '../features';

/** One kind of page furniture: its rule, its name in messages, its phrase lists and any test of its own. */
export interface Kind {
  rule: string;
  /** Named in the finding's message, e.g. "newsletter sign-up". */
  label: string;
  data?: KindData;
  /** Phrases of this kind count only in lines of at most this many words. */
  maxWords?: number;
  /** A test on the line beyond the phrase lists. */
  match?(f: LineFeatures): boolean;
}

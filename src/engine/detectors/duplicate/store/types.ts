/**
 * The duplicate index's data model: the entry per paragraph, the local
 * chains of seeds inside it, the evaluations of joined chains, and the
 * findings kept between checks. These shapes refer to one another (an entry
 * holds its chains, a chain its earlier copy's entry and its evaluation, an
 * evaluation its chains and finding), so they live in one module that the
 * others import, and import none of them. Each memory encoding the index uses
 * is named here or beside the code that owns it (shingles.ts: `PostingRef`,
 * `DraftSeeds`) with its one explanation.
 *
 * Words are named as an entry and a token in it (`TokenRef`), not as a global
 * position, so that an edit moves a paragraph's words by changing its entry's
 * `base` alone and every reference into the entry stays valid.
 */
import type { Finding } from '../../../types';
import type { PassageMatch } from '../match';
import type { Change } from '../message';
import type { ParagraphTokens } from '../tokens';

/** Which rules the index serves: exact repeats (hashes and groups) and passages (tokens, seeds, chains). */
export interface StoreWants {
  exact: boolean;
  passage: boolean;
}

/**
 * An entry's token rows: its tokens and sentences are rows `at ..` and
 * `sat ..` of a `ParagraphTokens` (see tokens.ts for the columns). A kept
 * index gives each entry arrays of its own (`at` and `sat` 0), so an edit
 * replaces one paragraph's rows alone; an index built for one check reads the
 * whole draft into one set of arrays and each entry's rows start at its
 * `base` and `sbase` in them. Whoever reads a token goes through these three
 * fields and never needs to know which.
 */
export interface TokenRows {
  tok: ParagraphTokens | null;
  at: number;
  sat: number;
}

/**
 * Seeds by entry (kept index): the seed of token `r` is the shingle at token
 * `predR[r]` of entry `predE[r]` (`predE[r]` null: none). Most paragraphs have
 * no seed at all, so both arrays stay empty (`predE.length === 0`) until the
 * first is set; read them through `seedEntry`, set them through `setSeed`.
 * (An index built for one check keeps its seeds as `DraftSeeds` instead; see
 * shingles.ts.)
 */
export interface EntrySeeds {
  predE: (Entry | null)[];
  predR: Int32Array;
}

export interface Entry extends TokenRows, EntrySeeds {
  /** Paragraph index; -1 once removed. */
  index: number;
  /** Global index of the first token and of the first sentence. */
  base: number;
  sbase: number;
  n: number;
  ns: number;
  /** The entry's number in the shingle index (kept index only): its postings' `PostingRef`s name it. */
  uid: number;
  /** Local chains, in order of their first seed; null: to compute. */
  chains: LocalChain[] | null;
  /** The chains before they were dropped: those that come out the same are kept, with their evaluations. */
  stale: LocalChain[] | null;
  /**
   * The local chains depend on the number of words between the earlier
   * copies of two seeds only when those lie in different paragraphs, at most
   * GAP words apart counting none between: `lo .. hi` spans all such pairs
   * (null: none), and an edit inside that span recomputes the chains.
   */
  lo: Entry | null;
  hi: Entry | null;
  /** Hash of the folded text (`repeatHash`): the group of paragraphs that may repeat it. */
  hash: number;
  long: boolean;
  /** The latest earlier entry with the same repeat key. */
  earlier: Entry | null;
  /** The exact-repeat finding on this paragraph at the last check, with its kind and earlier copy. */
  out: KeptExactFinding | undefined;
  /** Evaluations whose copies span this paragraph: an edit of it invalidates them (null: none). */
  deps: Evaluation[] | null;
  /** Local chains (of any paragraph) whose first seed's earlier copy lies here, maybe some no longer live (null: none). */
  firsts: LocalChain[] | null;
  /** Whether the entry is in the kept index's list of entries with a span (`lo`). */
  spanned: boolean;
  /** Whether no joined chain was carried into this paragraph at the last join pass. */
  quiet: boolean;
}

/** A run of seeds inside one paragraph (the later copy), positions relative to the entry. */
export interface LocalChain {
  e: Entry;
  /** Earlier copies of the first and last seeds (entry and token in it). */
  fiE: Entry;
  fiR: number;
  liE: Entry;
  liR: number;
  fj: number;
  lj: number;
  covered: number;
  /** The evaluation of the joined chain this chain starts (kept index: reused while still valid). */
  kept: Evaluation | undefined;
  /**
   * The joined chain this chain starts, set at each join pass (joins.ts): its
   * last seed in global positions (lastI only while it may be carried on),
   * the words it covers, and its local chains in order.
   */
  lastI: number;
  lastJ: number;
  joinedCovered: number;
  parts: LocalChain[] | null;
  nparts: number;
}

/** A token as its entry and its position in it (moves with the entry). */
export interface TokenRef {
  e: Entry;
  r: number;
}

/** A match with its ends as `TokenRef`s: still right after an edit elsewhere moved the entries. */
export interface RelativeMatch {
  a0: TokenRef;
  a1: TokenRef;
  b0: TokenRef;
  b1: TokenRef;
  similarity: number;
}

/** The evaluation of a joined chain (kept index: reused at the next check while `valid` and its parts are the same). */
export interface Evaluation {
  /** False once an edit touched a paragraph either copy spans. */
  valid: boolean;
  /** The finding made of the match at the last check. */
  out: KeptFinding | undefined;
  epoch: number;
  parts: LocalChain[];
  covered: number;
  /** The match as entries and tokens (kept index only; null: none, or built for one check). */
  match: RelativeMatch | null;
  /** The change list of the match, once computed (undefined: too different to list). */
  changes: Change[] | undefined;
  described: boolean;
  /** The match in global positions, updated at each check. */
  found: FoundPassage | undefined;
}

export interface FoundPassage extends PassageMatch {
  kept: Evaluation;
  /** Paragraphs of the later copy's first and last words. */
  pb0: number;
  pb1: number;
}

/**
 * A finding kept between checks with what it depends on. `lines` and
 * `chars` are flat lists of pairs: `[first0, last0, first1, last1, …]`.
 */
export interface KeptFinding {
  epoch: number;
  finding: Finding;
  /** Pairs of first and last line (inclusive) it depends on, in the numbering of check `epoch`... */
  lines: number[];
  /** ...and the characters of those lines. */
  chars: number[];
  /** A line whose number the message gives (-1: none). */
  numbered: number;
}

/** The exact-repeat finding kept on an entry, with the kind and earlier copy it was made for. */
export interface KeptExactFinding {
  kind: string;
  earlier: Entry;
  kept: KeptFinding;
}

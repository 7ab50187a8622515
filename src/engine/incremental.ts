/**
 * Incremental checking: `createChecker()` returns a checker for one document
 * that is called again after every edit and gives exactly what `check(text,
 * options)` gives, doing again only the work the edit touched.
 *
 * Design
 * - Detectors keep the results of pure per-paragraph and per-line work in a
 *   `Memo` (detector.ts), keyed by the paragraph's or line's text, with
 *   offsets relative to it, so a paragraph that moved (text inserted above
 *   it) is still a hit:
 *   - grammar: each paragraph's findings and its inconsistent-form sightings
 *     (retext runs on the paragraph alone; the key adds the quote ranges in it
 *     and what follows it on its line); the document-wide inconsistent-form
 *     pass then runs over the kept sightings;
 *   - duplicates: each paragraph's tokens, sentences and distinct words, and
 *     its folded key for exact repeats; the index (word ids, shingles) is
 *     rebuilt from these by a pass over tokens, not characters; similarities
 *     and change lists of matched passages are kept by the passages' text;
 *   - boilerplate: each line's own reading (features, list hits, first
 *     class); the context passes then run over the readings;
 *   - quotes: each paragraph's word tokens and sentence starts (tokens are
 *     reused as they are when the paragraph has not moved) and each quote's
 *     words for quote/inconsistent. Speaker attribution itself stays a
 *     document-wide pass: names are registered in draft order and a name may
 *     run over a line break into the next paragraph, so it is not cut up.
 * - Because a memoised value is a pure function of its key (and of the
 *   options), the result cannot depend on what the memo holds: `check()` runs
 *   the same code with a memo that keeps nothing, and property tests
 *   (test/unit/incremental) check that the two agree after every edit of
 *   random edit sequences, and the grammar per paragraph against the whole.
 * - Memory is bounded by the document: each entry records the last check
 *   that used it, and at the end of a check every entry that check did not
 *   use is dropped (one sweep over the entries, no per-hit bookkeeping).
 *   Keys are copied when stored, so no entry holds on to an old version of
 *   the whole document (V8 slices point into their parent string).
 * - Memos are kept per options (a JSON key of the options; the last
 *   MAX_OPTION_SETS sets), since detectors read options while computing.
 * - The last result is kept with its text and options key: checking the same
 *   text again with the same options returns it (treat results as read-only).
 */
import { DETECTORS, runDetectors, type FullCheckResult, type Session } from './check';
import type { Detector, DetectorState, Memo } from './detector';
import { flatCopy, readDraft, readDraftAfter, type Draft } from './draft';
import type { CheckOptions } from './types';

/** Option sets whose memos are kept at once (settings rarely change). */
const MAX_OPTION_SETS = 4;

interface Entry {
  value: unknown;
  /** The check that last used the entry. */
  used: number;
}

/** A memo that keeps what the last check used (see the design note above). */
export class GenerationalMemo implements Memo {
  private readonly tables = new Map<string, Map<string, Entry>>();
  /** Number of the check under way. */
  private check = 0;
  /** Entries computed (misses) and found (hits) since the last `endCheck`, for tests and profiling. */
  misses = 0;
  hits = 0;
  /** Misses since the last `endCheck`, by table. */
  readonly missesByTable = new Map<string, number>();

  get<V>(table: string, key: string, compute: (key: string) => V): V {
    let t = this.tables.get(table);
    if (!t) {
      t = new Map();
      this.tables.set(table, t);
    }
    const entry = t.get(key);
    if (entry) {
      this.hits++;
      entry.used = this.check;
      return entry.value as V;
    }
    this.misses++;
    this.missesByTable.set(table, (this.missesByTable.get(table) ?? 0) + 1);
    const flat = flatCopy(key);
    const value = compute(flat);
    t.set(flat, { value, used: this.check });
    return value;
  }

  /** A check is over: forget what it did not use. */
  endCheck(): void {
    for (const [name, t] of this.tables) {
      for (const [key, entry] of t) if (entry.used !== this.check) t.delete(key);
      if (t.size === 0) this.tables.delete(name);
    }
    this.check++;
    this.misses = 0;
    this.hits = 0;
    this.missesByTable.clear();
  }

  /** Entries held, over all tables (for tests). */
  size(): number {
    let n = 0;
    for (const t of this.tables.values()) n += t.size;
    return n;
  }
}

/** The last draft and the detectors' state for one document and one set of options. */
class DocumentSession implements Session {
  private last: Draft | undefined;
  private readonly states = new Map<string, unknown>();
  readonly state: DetectorState = {
    get: <T>(key: string, create: () => T): T => {
      if (!this.states.has(key)) this.states.set(key, create());
      return this.states.get(key) as T;
    },
  };

  read(text: string): Draft {
    this.last = this.last ? readDraftAfter(this.last, text) : readDraft(text);
    return this.last;
  }

  /** Forget the draft and the state: the next check starts afresh (after a detector failed mid-update, or a skipped text). */
  reset(): void {
    this.last = undefined;
    this.states.clear();
  }

  /** Drop the link from the last draft to the one before it, so only one draft is kept alive. */
  settle(): void {
    if (this.last) this.last.change = undefined;
  }
}

export interface Checker {
  /** The same result as `check(text, options)`, reusing work from earlier calls. */
  check(text: string, options?: CheckOptions): FullCheckResult;
  /** Forget everything kept between calls. */
  clear(): void;
}

function optionsKey(options: CheckOptions): string {
  try {
    return JSON.stringify(options) ?? '';
  } catch {
    // Options that cannot be serialised (a cycle) are never shared between calls.
    return '';
  }
}

/**
 * A checker for one document (the extension keeps one per open document; the
 * benchmark uses one per draft). `detectors` is for tests.
 */
export function createChecker(detectors: readonly Detector[] = DETECTORS): Checker {
  const memos = new Map<string, { memo: GenerationalMemo; session: DocumentSession }>();
  let last: { text: string; key: string; result: FullCheckResult } | undefined;
  return {
    check(text: string, options: CheckOptions = {}): FullCheckResult {
      const key = optionsKey(options);
      if (last && key !== '' && last.key === key && last.text === text) return last.result;
      if (key === '') return runDetectors(detectors, text, options, { get: (_t, k, compute) => compute(k) });
      let kept = memos.get(key);
      if (kept) {
        memos.delete(key);
      } else {
        kept = { memo: new GenerationalMemo(), session: new DocumentSession() };
        if (memos.size >= MAX_OPTION_SETS) memos.delete(memos.keys().next().value as string);
      }
      memos.set(key, kept);
      const { memo, session } = kept;
      let result: FullCheckResult | undefined;
      try {
        result = runDetectors(detectors, text, options, memo, session);
      } finally {
        memo.endCheck();
        if (!result || result.errors.length > 0 || result.skipped) session.reset();
        else session.settle();
      }
      last = { text, key, result };
      return result;
    },
    clear(): void {
      memos.clear();
      last = undefined;
    },
  };
}

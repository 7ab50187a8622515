/**
 * Per-item results kept between checks of one document (`createChecker`),
 * found by the item's content rather than its place: a line's or paragraph's
 * reading depends on its text (and on what a detector adds to the key), not
 * on where it stands, so a value computed once serves the item wherever it
 * moves, in whichever later draft, and two items that read the same share
 * one. harper keys its lint cache by chunk content the same way.
 *
 * Nothing is spliced by the draft's `change`: a detector asks for the items it
 * needs, and values hold offsets relative to their item. What is dropped is
 * bounded instead: once more values have been computed since the last trim
 * than the current draft has items, `trim` keeps only those of the draft's
 * items, so the cache never holds much more than two drafts' worth, and costs
 * nothing per check when an edit brings few new items.
 *
 * Lives in a detector's state (detector.ts). A detector whose results also
 * feed a document-wide index (grammar's inconsistent-form counts) keeps that
 * index in step with the draft itself.
 */

export class ContentCache<V extends object> {
  private entries = new Map<string, V>();
  /** Values computed since the last trim. */
  private added = 0;

  /**
   * `compute`: the value of an item with this key, when the key says all it
   * depends on (deterministic: the same key gives an equal value); a cache
   * without one is filled with `add`.
   */
  constructor(private readonly compute: (key: string) => V = noCompute) {}

  /** The value kept for `key`, if any. */
  find(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Keep `value` for `key` (computed by the caller from what the key stands for), and return it. */
  add(key: string, value: V): V {
    this.entries.set(key, value);
    this.added++;
    return value;
  }

  /** The value for `key`, computed by the cache's `compute` when not kept. */
  get(key: string): V {
    return this.entries.get(key) ?? this.add(key, this.compute(key));
  }

  /** How many values are kept. */
  get size(): number {
    return this.entries.size;
  }

  /**
   * After a check of a draft of `count` items: when more values were computed
   * since the last trim than that, keep only those of `keys()` (the draft's
   * items' keys). Amortised over the values computed, so constant per item.
   */
  trim(count: number, keys: () => Iterable<string>): void {
    if (this.added <= count) return;
    const kept = new Map<string, V>();
    for (const key of keys()) {
      const value = this.entries.get(key);
      if (value !== undefined) kept.set(key, value);
    }
    this.entries = kept;
    this.added = 0;
  }
}

function noCompute(): never {
  throw new Error('ContentCache: no `compute` given; fill the cache with `add`');
}

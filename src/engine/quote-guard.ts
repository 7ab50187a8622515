/**
 * The quote guard: Copydesk never changes the words inside a direct quote.
 * An edit may delete a whole quote (with its line or passage), but never
 * change, insert or delete words inside one. The fix policies (policies.ts)
 * keep every offered and applied fix to it, and the boilerplate detector
 * never flags a line that holds only part of a quote running across lines.
 */
import { firstIndex } from './search';
import type { Quote, TextEdit } from './types';

/**
 * Keeps fixes away from the words of direct quotes: an edit may delete a whole
 * quote (with its line or passage) but never change or insert words inside one.
 */
export class QuoteGuard {
  private readonly quotes: { start: number; end: number }[];

  constructor(quotes: readonly Pick<Quote, 'start' | 'end'>[]) {
    this.quotes = quotes.map((q) => ({ start: q.start, end: q.end })).sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** True when the edit changes or inserts text strictly inside a quote without removing all of it. */
  touchesQuote(edit: TextEdit): boolean {
    const qs = this.quotes;
    // First quote whose end lies after the edit's start (quotes do not overlap, so ends ascend).
    const lo = firstIndex(qs, (q) => q.end > edit.start);
    for (let i = Math.max(0, lo - 1); i < qs.length && qs[i].start <= edit.end; i++) {
      const q = qs[i];
      if (edit.start <= q.start && edit.end >= q.end) continue; // the whole quote goes
      if (edit.start === edit.end) {
        if (edit.start > q.start && edit.start < q.end) return true;
      } else if (edit.start < q.end && edit.end > q.start) return true;
    }
    return false;
  }

  /** True when deleting `[start, end)` would cut a quote in two (remove some but not all of it). */
  cuts(start: number, end: number): boolean {
    return this.touchesQuote({ start, end, text: '' });
  }
}

/**
 * The index seen as one draft: global token and sentence positions over the
 * entries (binary search on their bases, the last entry found remembered, as
 * tokens are mostly looked up in runs). Matching (match.ts) and the passage
 * rule read the draft only through this view, so they work the same over
 * either layout of the index (`TokenRows`, types.ts).
 */
import type { Paragraph } from '../../../draft';
import { firstIndex } from '../../../search';
import type { TokenSource } from '../match';
import type { ParagraphTokens } from '../tokens';
import { entryAt } from './entries';
import type { Entry, TokenRef } from './types';

/** Global token and sentence positions over the entries. */
export class EntryView implements TokenSource {
  constructor(
    private readonly entries: readonly Entry[],
    private readonly paragraphs: readonly Paragraph[],
  ) {}

  /** The entry last found (tokens are mostly looked up in runs). */
  private last: Entry | undefined;

  /** The entry holding token `t`. */
  entryOf(t: number): Entry {
    const last = this.last;
    if (last !== undefined && t >= last.base && t < last.base + last.n) return last;
    const e = entryAt(this.entries, t);
    this.last = e;
    return e;
  }

  /** The entry holding sentence `s`. */
  private entryOfSentence(s: number): Entry {
    const { entries } = this;
    return entries[Math.max(0, firstIndex(entries, (x) => x.sbase > s) - 1)];
  }

  ref(t: number): TokenRef {
    const e = this.entryOf(t);
    return { e, r: t - e.base };
  }

  sentence(t: number): number {
    const e = this.entryOf(t);
    return e.sbase + (e.tok as ParagraphTokens).sent[e.at + t - e.base];
  }

  sentenceFirst(s: number): number {
    const e = this.entryOfSentence(s);
    return e.base + (e.tok as ParagraphTokens).sentences[4 * (e.sat + s - e.sbase) + 2];
  }

  sentenceLast(s: number): number {
    const e = this.entryOfSentence(s);
    return e.base + (e.tok as ParagraphTokens).sentences[4 * (e.sat + s - e.sbase) + 3];
  }

  sentenceStart(s: number): number {
    const e = this.entryOfSentence(s);
    return this.paragraphs[e.index].start + (e.tok as ParagraphTokens).sentences[4 * (e.sat + s - e.sbase)];
  }

  sentenceEnd(s: number): number {
    const e = this.entryOfSentence(s);
    return this.paragraphs[e.index].start + (e.tok as ParagraphTokens).sentences[4 * (e.sat + s - e.sbase) + 1];
  }

  sentenceParagraph(s: number): number {
    return this.entryOfSentence(s).index;
  }

  tokenStart(t: number): number {
    const e = this.entryOf(t);
    return this.paragraphs[e.index].start + (e.tok as ParagraphTokens).start[e.at + t - e.base];
  }

  tokenEnd(t: number): number {
    const e = this.entryOf(t);
    return this.paragraphs[e.index].start + (e.tok as ParagraphTokens).end[e.at + t - e.base];
  }

  ids(from: number, to: number): number[] {
    const out: number[] = new Array(Math.max(0, to - from));
    let t = from;
    while (t < to) {
      const e = this.entryOf(t);
      const ids = (e.tok as ParagraphTokens).ids;
      const stop = Math.min(to, e.base + e.n);
      for (; t < stop; t++) out[t - from] = ids[e.at + t - e.base];
    }
    return out;
  }
}

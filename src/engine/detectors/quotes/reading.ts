/**
 * The shapes extraction produces and keeps: the reading of one draft
 * (`QuoteReading`, what the quote rules read from `ctx.quoteReading`), its
 * quotes (`ExtractedQuote`), and what one document keeps between checks
 * (`QuoteState`: per-paragraph entries, kept in step with the paragraphs,
 * and the document-wide books). How the state is kept up to date is
 * described in extract.ts.
 */
import type { Draft } from '../../draft';
import type { Finding, Quote } from '../../types';
import type { ParagraphAnalysis } from './analysis';
import { Lexicon, NameBook } from './book';
import type { QuoteInfo } from './kinds';
import type { MarkLocal, Unclosed } from './marks';
import type { PronounColumns } from './pronouns';
import type { SegmentSpeaker } from './speakers';

/** A quote as extraction made it: the public `Quote` and what the rules and the next check read of it. */
export interface ExtractedQuote extends Quote {
  /** Internal: the quote has an attribution, even if it names nobody. */
  attributed: boolean;
  chain: number;
  /** Internal: what was read from the quote's paragraph (shared between checks; never mutate). */
  info: QuoteInfo;
  /** Internal: the quote's paragraph (index). */
  paragraph: number;
  /** Internal: what attribution found, before the kind was settled (its offsets are not kept up to date: never read them). */
  who: SegmentSpeaker;
  /** Internal: the plain `Quote` and the quote/unattributed finding made of this quote (read-only data, kept for the next checks). */
  plain?: Quote;
  unattributed?: Finding;
}

/** One paragraph's summaries (offsets relative to the paragraph). */
export interface ParagraphEntry {
  text: string;
  marks: MarkLocal;
  analysis?: ParagraphAnalysis;
  /** Whether the analysis was made with the paragraph's open-ended segment standing. */
  analysedTail: boolean;
  /** `QuoteInfo` per segment of `analysis`. */
  infos?: QuoteInfo[];
  /** quote/unclosed's closing places, by the opening mark's offset (null: none). */
  closePlaces?: Map<number, number | null>;
}

/** What extraction and the quote rules keep for one document between checks. */
export interface QuoteState {
  /** The draft the entries describe (unset while they are being updated). */
  draft?: Draft;
  entries: ParagraphEntry[];
  /** Each entry's analysis, in a list of their own (what `attributeAll` reads); undefined until the draft first has quotes. */
  analyses: (ParagraphAnalysis | undefined)[];
  /** Per entry: whether its analysis was made with its open-ended segment standing (`MergedMarks.tailKept`). */
  tailKept: Uint8Array;
  /** Per entry: it has a double quotation mark (the merge skips the others while no quote is pending). */
  markFlags: Uint8Array;
  /** Word ids of the entries' analyses. */
  lexicon: Lexicon;
  /** Known words and registry, kept in step with `analyses`. */
  book: NameBook;
  /** Per entry: word counts and pronoun-pass flags (set when an analysis is made; see `PronounColumns`). */
  columns: PronounColumns;
  /** quote/inconsistent's result per speaker, with the quotes' words it was computed from. */
  inconsistent: Map<string, { words: readonly (readonly string[])[]; pairs: number[] }>;
  /** The extraction of `draft` (what the quick path starts from). */
  last?: QuoteReading;
  /** quote/inconsistent's last result: the quotes it read, the quote indices per speaker, and the pairs found [later, earlier] with their findings, by later quote. */
  inconsistentLast?: { quotes: readonly ExtractedQuote[]; groups: Map<string, number[]>; found: { i: number; j: number; speaker: string; finding: Finding }[] };
}

/** What a draft's extraction leaves for the rules (the detectors' `ctx.quoteReading`). */
export interface QuoteReading {
  quotes: ExtractedQuote[];
  /** The marks left open (absolute offsets). */
  unclosed: readonly Unclosed[];
  entries: readonly ParagraphEntry[];
  state?: QuoteState;
  /**
   * Made by the quick path: the last check's quotes, and the range [lo, hi)
   * of the quotes made again (one paragraph's); the others have the same
   * speakers, kinds and words as before, those from `hi` on moved.
   */
  quick?: { before: readonly ExtractedQuote[]; lo: number; hi: number };
}

/** A fresh per-document state for `readQuotes`. */
export function newQuoteState(): QuoteState {
  return {
    entries: [],
    analyses: [],
    tailKept: new Uint8Array(0),
    markFlags: new Uint8Array(0),
    lexicon: new Lexicon(),
    book: new NameBook(),
    columns: { tokens: new Int32Array(0), flags: new Uint8Array(0), version: -1 },
    inconsistent: new Map(),
  };
}

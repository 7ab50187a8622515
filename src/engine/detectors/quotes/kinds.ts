/**
 * Kind rules: whether a quote is a direct quote, a 'partial' one (a fragment
 * inside an attributed sentence) or a 'short' one (a scare quote, a quoted
 * title or heading), from its text and what attribution
 * found. What they read of the text is worked out once per quote, on first
 * use, and kept in its `QuoteInfo` (shared between checks with the
 * paragraph's entry, so a quote kept by the quick path is not read again).
 */
import type { SegmentLocal } from './analysis';
import type { SegmentSpeaker } from './speakers';

/** A quote's text and what `kindOf` and quote/inconsistent read of it, each worked out once, on first use. */
export interface QuoteInfo {
  /** The quoted words (a slice of the paragraph's text). */
  text: string;
  /** The quote is its whole paragraph. */
  whole: boolean;
  heading?: boolean;
  /** At most three words. */
  few?: boolean;
  /** Ends with . ! or ? */
  endsSentence?: boolean;
  titleLike?: boolean;
  /** Its first letter is lower case. */
  lowerStart?: boolean;
  /** quote/inconsistent's words. */
  words?: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function wordCount(s: string, max: number): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s) && n <= max) n++;
  return n;
}

/** A headline or title in quotes: most words capitalised, no sentence punctuation. */
function looksLikeTitle(s: string): boolean {
  if (/[.!?,;:]\s*$/.test(s.trim())) return false;
  const words = s.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  if (words.length < 2 || words.length > 12) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.7;
}

/** A segment's `QuoteInfo`, with only its text and wholeness worked out. */
export function quoteInfo(paragraph: string, local: SegmentLocal): QuoteInfo {
  const seg = local.seg;
  return { text: paragraph.slice(seg.innerStart, seg.innerEnd), whole: seg.start === 0 && seg.end === paragraph.length };
}

/**
 * A quote's kind. 'short' marks scare quotes and quoted titles: one to three
 * words with no attribution of their own, and quoted headings (a whole
 * paragraph in quotes with no sentence punctuation). 'partial' marks a
 * fragment of someone's words inside a sentence that attributes it ("The
 * mayor said the plan was “dead on arrival”"): it starts in lower case, or
 * is one to three words that do not end a sentence. A quote in a chain
 * (multi-paragraph) is always 'direct'; one attributed in its own sentence
 * is never 'short'.
 */
export function kindOf(info: QuoteInfo, chain: number, who: SegmentSpeaker): 'direct' | 'partial' | 'short' {
  if (chain >= 0) return 'direct';
  if (who.explicit) {
    if ((info.lowerStart ??= /^[^\p{L}\p{N}]*\p{Ll}/u.test(info.text))) return 'partial';
    return (info.few ??= wordCount(info.text, 3) <= 3) && !(info.endsSentence ??= /[.!?]\s*$/.test(info.text.trim())) ? 'partial' : 'direct';
  }
  // The quote is its whole paragraph and does not end like a sentence: a quoted heading.
  if ((info.heading ??= info.whole && !/[!?]|\.(\s|$)/.test(info.text.trim()))) return 'short';
  if ((info.few ??= wordCount(info.text, 3) <= 3) && (!who.attributed || !(info.endsSentence ??= /[.!?]\s*$/.test(info.text.trim())))) return 'short';
  if (!who.attributed && (info.titleLike ??= looksLikeTitle(info.text))) return 'short';
  return 'direct';
}

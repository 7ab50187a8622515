/**
 * extractQuotes: marks → segments → speakers → Quote objects.
 *
 * Multi-paragraph quotes are returned as one quote per paragraph, all with the
 * same speaker: each paragraph's quote runs from its opening mark to the end
 * of the paragraph, the last one to its closing mark. That keeps every quote
 * inside one paragraph (the quote sheet gives each its own line number) and
 * keeps the words between paragraphs out of the quote ranges.
 */
import { NO_MEMO, type Memo } from '../detector';
import type { Draft } from '../draft';
import type { Quote } from '../types';
import { scanMarks, type Segment } from './marks';
import { attribute, type SegmentSpeaker } from './speakers';

export interface ExtractedQuote extends Quote {
  /** Internal: the quote has an attribution, even if it names nobody. */
  attributed: boolean;
  chain: number;
}

const cache = new WeakMap<Draft, ExtractedQuote[]>();

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function wordCount(s: string): number {
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.exec(s)) n++;
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

/** The quote is its whole paragraph and does not end like a sentence: a quoted heading. */
function isHeading(draft: Draft, seg: Segment, text: string): boolean {
  const p = draft.paragraphs[seg.paragraph];
  return seg.start === p.start && seg.end === p.end && !/[!?]|\.(\s|$)/.test(text.trim());
}

function kindOf(draft: Draft, text: string, seg: Segment, who: SegmentSpeaker): 'direct' | 'short' {
  if (seg.chain >= 0) return 'direct';
  if (who.explicit) return 'direct';
  if (isHeading(draft, seg, text)) return 'short';
  if (wordCount(text) <= 3 && (!who.attributed || !/[.!?]\s*$/.test(text.trim()))) return 'short';
  if (!who.attributed && looksLikeTitle(text)) return 'short';
  return 'direct';
}

/** The quotes with the internals the rules need; `memo` keeps per-paragraph work between checks. */
export function extractDetailed(draft: Draft, memo: Memo = NO_MEMO): ExtractedQuote[] {
  const cached = cache.get(draft);
  if (cached) return cached;
  const { segments } = scanMarks(draft);
  const speakers = attribute(draft, segments, memo);
  const out: ExtractedQuote[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const who = speakers[i];
    const text = draft.text.slice(seg.innerStart, seg.innerEnd);
    const kind = kindOf(draft, text, seg, who);
    const q: ExtractedQuote = { text, start: seg.start, end: seg.end, speaker: kind === 'short' ? null : who.speaker, kind, attributed: kind === 'short' ? false : who.attributed, chain: seg.chain };
    if (kind === 'direct' && who.speakerStart !== undefined && who.speakerEnd !== undefined) {
      q.speakerStart = who.speakerStart;
      q.speakerEnd = who.speakerEnd;
    }
    out.push(q);
  }
  cache.set(draft, out);
  return out;
}

/** The direct quotes of a draft with their speakers (plain `Quote` objects). */
export function extractQuotes(draft: Draft, memo: Memo = NO_MEMO): Quote[] {
  return extractDetailed(draft, memo).map(({ attributed: _a, chain: _c, ...q }) => q);
}

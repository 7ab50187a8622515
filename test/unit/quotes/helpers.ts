import { readDraft } from '../../../src/engine/draft';
import { extractQuotes } from '../../../src/engine/detectors/quotes';
import type { Quote } from '../../../src/engine/types';

/** Quotes of a text as compact strings: `start-end speaker: text` (speaker null → "-"). */
export function quotesOf(text: string, includeShort = false): string[] {
  return extractQuotes(readDraft(text))
    .filter((q) => includeShort || q.kind !== 'short')
    .map((q) => `${q.start}-${q.end} ${q.speaker ?? '-'}: ${q.text}`);
}

export function quotes(text: string): Quote[] {
  return extractQuotes(readDraft(text));
}

/** Speakers of the direct quotes, in order. */
export function speakers(text: string): (string | null)[] {
  return quotes(text)
    .filter((q) => q.kind !== 'short')
    .map((q) => q.speaker);
}

/** The speaker's own text in the draft, as the attribution names them. */
export function speakerTexts(text: string): (string | null)[] {
  return quotes(text)
    .filter((q) => q.kind !== 'short')
    .map((q) => (q.speakerStart === undefined ? null : text.slice(q.speakerStart, q.speakerEnd)));
}

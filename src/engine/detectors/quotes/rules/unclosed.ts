/**
 * quote/unclosed: an opening quotation mark with no closing mark before its
 * paragraph ends (the multi-paragraph form, where the next paragraph opens
 * with a mark, is fine). A fix closes the quote where the place is clear:
 * before an attribution (`…we will win, he said` → `…we will win,” he said`)
 * or, when the rest of the paragraph is one sentence, at the paragraph's end.
 * The quoted words are never changed; only a mark is inserted.
 */
import type { Draft } from '../../../draft';
import type { Finding, Fix, RuleMeta } from '../../../types';
import { isSpeechVerb } from '../data/speech-verbs';
import { PERSON_PRONOUNS } from '../data/words';
import type { ParagraphEntry, QuoteReading } from '../reading';
import type { Unclosed } from '../marks';
import { tokenize } from '../tokens';

export const meta: RuleMeta = {
  id: 'quote/unclosed',
  category: 'quote',
  defaultSeverity: 'warning',
  description: 'An opening quotation mark is not closed before the paragraph ends.',
};

function closingMark(open: string): string {
  return open === '"' ? '"' : '”';
}

/** How far after an unclosed mark a closing place is looked for. */
const CLOSE_REACH = 2000;
const QUOTE_MARK = /["“”]/g;

/**
 * Where the quote plainly ends: before ", he said" / ", Tillerson said", or at
 * the end of a one-sentence rest. Only the text before the next quotation mark
 * (and within CLOSE_REACH) is read, so a paragraph full of opening marks costs
 * linear time.
 */
export function closePlace(text: string, from: number, to: number): number | undefined {
  QUOTE_MARK.lastIndex = from;
  const nextMark = QUOTE_MARK.exec(text);
  const limit = Math.min(to, from + CLOSE_REACH, nextMark && nextMark.index < to ? nextMark.index : to);
  // Cut short by the reach: the place is not clear. Cut by another mark: only an attribution places it.
  if (limit < to && (nextMark === null || nextMark.index !== limit)) return undefined;
  const cut = limit < to;
  const rest = text.slice(from, limit);
  const tokens = tokenize(rest);
  for (let i = 1; i < tokens.length; i++) {
    const gap = rest.slice(tokens[i - 1].end, tokens[i].start);
    if (gap !== ', ') continue;
    // The words after the comma: a pronoun or one or two capitalised words, then a speech verb; or the verb first.
    const a = tokens[i];
    const b = tokens[i + 1];
    const c = tokens[i + 2];
    const attributes =
      (isSpeechVerb(a.lower) && b !== undefined && (b.cap || PERSON_PRONOUNS.has(b.lower))) ||
      ((PERSON_PRONOUNS.has(a.lower) || a.cap) && b !== undefined && isSpeechVerb(b.lower)) ||
      (a.cap && b?.cap && c !== undefined && isSpeechVerb(c.lower));
    if (attributes) return from + tokens[i - 1].end + 1;
  }
  if (cut) return undefined;
  const trimmed = rest.trimEnd();
  if (!/[.!?]$/.test(trimmed)) return undefined;
  // One sentence only: no other sentence end inside the rest.
  if (/[.!?]\s+\S/.test(trimmed)) return undefined;
  return from + trimmed.length;
}

export function findUnclosed(draft: Draft, reading: QuoteReading): Finding[] {
  // With state (createChecker), each paragraph's closing places are kept with its other summaries.
  const { unclosed, entries } = reading;
  return unclosed.map((u) => finding(draft, u, entries[u.paragraph]));
}

/**
 * `closePlace(draft.text, u.start + 1, paragraph.end)`, read in the paragraph's
 * own text (the same: the search stops at the paragraph's end) and kept in its entry.
 */
function placeFor(draft: Draft, u: Unclosed, entry: ParagraphEntry | undefined): number | undefined {
  const paragraph = draft.paragraphs[u.paragraph];
  if (!entry || entry.text !== paragraph.text) return closePlace(draft.text, u.start + 1, paragraph.end);
  const rel = u.start - paragraph.start;
  entry.closePlaces ??= new Map();
  let at = entry.closePlaces.get(rel);
  if (at === undefined) {
    at = closePlace(entry.text, rel + 1, entry.text.length) ?? null;
    entry.closePlaces.set(rel, at);
  }
  return at === null ? undefined : paragraph.start + at;
}

function finding(draft: Draft, u: Unclosed, entry: ParagraphEntry | undefined): Finding {
  const fixes: Fix[] = [];
  const at = placeFor(draft, u, entry);
  const mark = closingMark(u.mark);
  if (at !== undefined) {
    fixes.push({
      title: `Close the quotation with ${mark}`,
      // The opening mark is rewritten as itself: the fix then overlaps any other fix that
      // would delete it (a line deletion), so the two are never applied together.
      edits: [
        { start: u.start, end: u.start + 1, text: draft.text[u.start] },
        { start: at, end: at, text: mark },
      ],
      preferred: true,
    });
  }
  return {
    rule: meta.id,
    category: 'quote',
    severity: 'warning',
    message: 'This quotation mark is never closed: the paragraph ends inside the quote.',
    // With a fix, the finding runs from the mark to where the quote should close.
    start: u.start,
    end: at ?? u.start + 1,
    fixes,
    related: [],
  };
}

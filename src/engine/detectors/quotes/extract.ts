/**
 * Quote extraction: marks → segments → speakers → quotes, read from a draft
 * afresh or kept up to date between checks from a document's `QuoteState`.
 *
 * Multi-paragraph quotes are returned as one quote per paragraph, all with the
 * same speaker: each paragraph's quote runs from its opening mark to the end
 * of the paragraph, the last one to its closing mark. That keeps every quote
 * inside one paragraph (the quote sheet gives each its own line number) and
 * keeps the words between paragraphs out of the quote ranges.
 *
 * Incremental design. The work is "per paragraph local + small global merge":
 * - per paragraph, from its text alone (offsets relative to its start): its
 *   quotation marks (`scanParagraph`), and, given which of its segments stand,
 *   its speaker analysis (`analyseParagraph`: tokens, sentences, the names it
 *   registers, its mentions, the words the pronoun pass reads, each segment's
 *   own attribution) and each quote's text, kind inputs and words; these are
 *   the paragraph's entry (`ParagraphEntry`);
 * - per check, passes over these compact summaries only: `mergeMarks` (chains
 *   across paragraphs), then `attributeAll` (registry, pronoun pass, pronoun
 *   resolution, continuations), then the quotes and their kinds (kinds.ts).
 * `check()` runs exactly this, building every paragraph's entry afresh.
 * `createChecker()` keeps the entries in a `QuoteState` (one per document and
 * options), spliced by `draft.change.paragraphs` (entries.ts): a one-word
 * edit analyses one paragraph again. The per-check passes stay document-wide
 * (what they find for one paragraph can depend on any other), except on the
 * quick path (quick.ts), which after the usual one-paragraph edit shows that
 * nothing another paragraph depends on changed and keeps the last quotes.
 * The checker keeps the state per document; `check()` passes none and keeps
 * nothing.
 */
import type { Draft } from '../../draft';
import type { Quote } from '../../types';
import type { SegmentLocal } from './analysis';
import { Lexicon } from './book';
import { analysesFor, newEntry, updateEntries, type Made } from './entries';
import { kindOf, quoteInfo, type QuoteInfo } from './kinds';
import { mergeMarks } from './marks';
import { quickExtract } from './quick';
import type { ExtractedQuote, ParagraphEntry, QuoteReading, QuoteState } from './reading';
import { attributeAll } from './speakers';

export { newQuoteState } from './reading';
export type { ExtractedQuote, ParagraphEntry, QuoteReading, QuoteState } from './reading';

/** Extract a draft's quotes (with what the rules need), from `st`'s kept summaries when given. */
function extractWith(draft: Draft, st: QuoteState | undefined): QuoteReading {
  const { paragraphs } = draft;
  let entries: ParagraphEntry[];
  let made: Made | undefined;
  if (st) {
    const last = st.last;
    st.last = undefined;
    made = updateEntries(draft, st);
    entries = st.entries;
    const quick = last && made.replaced ? quickExtract(draft, st, last, made) : undefined;
    if (quick) {
      st.draft = draft;
      st.last = quick;
      return quick;
    }
  } else {
    entries = new Array(paragraphs.length);
    for (let p = 0; p < paragraphs.length; p++) entries[p] = newEntry(paragraphs[p].text);
  }
  const lexicon = st ? st.lexicon : new Lexicon();
  const marks = mergeMarks(draft, (p) => entries[p].marks, st?.markFlags);
  const { segments, tailKept } = marks;
  const quotes: ExtractedQuote[] = [];
  if (segments.length === 0) {
    // Nothing to attribute: analyse nothing (the paragraphs made anew are analysed when quotes appear).
    if (st && made) st.book.replaced(made.removed, []);
  } else {
    const analyses = analysesFor(entries, tailKept, lexicon, st, made);
    // The segments of each paragraph are exactly those its analysis was given, in order.
    const locals: SegmentLocal[] = [];
    const infos: QuoteInfo[] = [];
    for (let q = 0, k = 0; q < segments.length; q++) {
      const p = segments[q].paragraph;
      k = q > 0 && segments[q - 1].paragraph === p ? k + 1 : 0;
      const e = entries[p];
      const local = analyses[p].segments[k];
      e.infos ??= [];
      const info = (e.infos[k] ??= quoteInfo(e.text, local));
      locals.push(local);
      infos.push(info);
    }
    const speakers = attributeAll(paragraphs, analyses, segments, locals, lexicon, st?.book, st?.columns);
    for (let i = 0; i < segments.length; i++) {
      const seg = segments[i];
      const who = speakers[i];
      const info = infos[i];
      const kind = kindOf(info, seg.chain, who);
      const q: ExtractedQuote = {
        text: info.text,
        start: seg.start,
        end: seg.end,
        speaker: kind === 'short' ? null : who.speaker,
        kind,
        attributed: kind === 'short' ? false : who.attributed,
        chain: seg.chain,
        info,
        paragraph: seg.paragraph,
        who,
      };
      if (kind !== 'short' && who.speakerStart !== undefined && who.speakerEnd !== undefined) {
        q.speakerStart = who.speakerStart;
        q.speakerEnd = who.speakerEnd;
      }
      quotes.push(q);
    }
  }
  const done: QuoteReading = { quotes, unclosed: marks.unclosed, entries, state: st };
  if (st) {
    st.draft = draft;
    st.last = done;
  }
  return done;
}

/**
 * Read a draft's quotes: each quote with its speaker and the internals the
 * quote rules need. `state` (createChecker's, per document) is brought up to
 * date from the draft's change (reading the same draft again gives the same
 * reading); without it everything is read afresh.
 */
export function readQuotes(draft: Draft, state?: QuoteState): QuoteReading {
  // The same draft read again with the same state: the reading already made.
  if (state && state.draft === draft && state.last) return state.last;
  return extractWith(draft, state);
}

/** The quotes with the internals the rules need. */
export function extractDetailed(draft: Draft, state?: QuoteState): ExtractedQuote[] {
  return readQuotes(draft, state).quotes;
}

/** The direct quotes of a draft with their speakers (plain `Quote` objects). */
export function extractQuotes(draft: Draft, state?: QuoteState): Quote[] {
  return plainQuotes(readQuotes(draft, state));
}

/** A reading's quotes as plain `Quote` objects (made once per quote and kept on it). */
export function plainQuotes(reading: QuoteReading): Quote[] {
  const detailed = reading.quotes;
  const out: Quote[] = new Array(detailed.length);
  for (let i = 0; i < detailed.length; i++) {
    const d = detailed[i];
    if (d.plain) {
      out[i] = d.plain;
      continue;
    }
    const q: Quote = { text: d.text, start: d.start, end: d.end, speaker: d.speaker, kind: d.kind };
    if (d.speakerStart !== undefined) {
      q.speakerStart = d.speakerStart;
      q.speakerEnd = d.speakerEnd;
    }
    out[i] = d.plain = q;
  }
  return out;
}

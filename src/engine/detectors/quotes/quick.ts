/**
 * The quick path: a check after a one-paragraph edit that keeps every other
 * quote as it was.
 *
 * What crosses paragraphs depends on a paragraph only through its summaries,
 * but not only on the paragraphs before it: the registry takes names from
 * the whole draft (a later "John Smith" makes an earlier "Smith" his), a
 * word is "known" if any paragraph names someone with it, pronouns are
 * resolved with the genders learnt from the whole draft, and a
 * multi-paragraph quote attributed only in its last paragraph gives its
 * speaker to the earlier ones. So rather than re-running the passes from the
 * changed paragraph on, the usual edit (one paragraph k replaced by one) is
 * checked for whether it changes any summary at all: k's marks and analysis
 * after the edit are compared with those before, offsets inside k moved
 * across the edited stretch (`offsetMover`, `sameMarks`, `sameAnalysis`). If
 * they say the same, every speaker, chain and kind outside k is as at the
 * last check: the last quotes are kept (the same objects before k, moved by
 * the draft's delta after it), and only k's quotes are made again (their
 * words, hence their kind, may differ; their speakers do not).
 * quote/inconsistent then re-pairs only the speakers of k's quotes
 * (`QuoteReading.quick`). About 19 edits in 20 of the benchmark's one-word
 * edits take this path; the others (a speech verb, a name or a pronoun
 * changed, a paragraph split...) run the full per-check passes.
 */
import type { Draft } from '../../draft';
import { firstIndex } from '../../search';
import { analyse, type Made } from './entries';
import { kindOf, quoteInfo } from './kinds';
import { sameMarks, type Unclosed } from './marks';
import { sameAnalysis } from './paragraph';
import { SUMMARY_UNKNOWN } from './pronouns';
import type { ExtractedQuote, QuoteReading, QuoteState } from './reading';

/**
 * The offsets of a paragraph's text `a` moved to where they are in its edited
 * text `b`: those before the change stay, those after it move by the change
 * in length, those inside it give -1. Strictly increasing where it is not -1
 * (the unchanged tail is cut short by one so that the two never meet).
 */
function offsetMover(a: string, b: string): (x: number) => number {
  const n = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < n && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const most = Math.max(0, n - prefix - 1);
  while (suffix < most && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  const tail = a.length - suffix;
  const delta = b.length - a.length;
  return (x) => (x <= prefix && x < tail ? x : x >= tail && x > prefix ? x + delta : -1);
}

/**
 * The quick path (state, one paragraph k replaced by one): when k's marks
 * and analysis after the edit say what they said before (at moved offsets),
 * nothing any other paragraph's quotes depend on changed: the merge settles
 * the marks as before, the registry, known words, pronoun pass and
 * continuations are as before. So the last check's quotes stand: those before
 * k as they are (the same objects), those after k moved by the draft's delta,
 * and k's own made again from its new text with the speakers found before
 * (only their words, hence their kind, can differ). Anything else: undefined,
 * and the full per-check passes run.
 */
export function quickExtract(draft: Draft, st: QuoteState, last: QuoteReading, made: Made): QuoteReading | undefined {
  const change = draft.change;
  const replaced = made.replaced;
  const old = made.removed[0];
  const previous = change?.previous;
  if (!change || !replaced || !old || !previous || last.quotes.length === 0 || replaced.entry.analysedTail !== (replaced.tailKept === 1)) return undefined;
  const k = made.from;
  const entry = st.entries[k];
  const move = offsetMover(replaced.entry.text, entry.text);
  if (!sameMarks(replaced.entry.marks, entry.marks, move)) return undefined;
  const analysis = analyse(entry, replaced.tailKept === 1, st.lexicon);
  if (!sameAnalysis(old, analysis, move)) return undefined;
  const oldBase = previous.paragraphs[k].start;
  const base = draft.paragraphs[k].start;
  const delta = change.delta;
  // The quotes of paragraph k: [lo, hi) in the last list (sorted by paragraph).
  const before = last.quotes;
  const lo = firstIndex(before, (q) => q.paragraph >= k);
  let hi = lo;
  while (hi < before.length && before[hi].paragraph === k) hi++;
  if (hi - lo !== analysis.segments.length) return undefined;
  const quotes: ExtractedQuote[] = before.slice();
  entry.infos = [];
  // The segments k's analysis was given that stand: the closed ones, and the open-ended one if kept (the last).
  for (let i = lo; i < hi; i++) {
    const q = before[i];
    const local = analysis.segments[i - lo];
    const info = (entry.infos[i - lo] = quoteInfo(entry.text, local));
    const who = q.who;
    const kind = kindOf(info, q.chain, who);
    const next: ExtractedQuote = {
      text: info.text,
      start: base + local.seg.start,
      end: base + local.seg.end,
      speaker: kind === 'short' ? null : who.speaker,
      kind,
      attributed: kind === 'short' ? false : who.attributed,
      chain: q.chain,
      info,
      paragraph: k,
      who,
    };
    if (kind !== 'short' && q.speakerStart !== undefined && q.speakerEnd !== undefined) {
      const start = move(q.speakerStart - oldBase);
      const end = move(q.speakerEnd - oldBase);
      if (start < 0 || end < 0) return undefined;
      next.speakerStart = base + start;
      next.speakerEnd = base + end;
    } else if (kind !== 'short' && who.explicit && who.speakerStart !== undefined) return undefined;
    if (move(q.start - oldBase) !== local.seg.start) return undefined;
    quotes[i] = next;
  }
  for (let i = hi; i < before.length; i++) {
    const q = before[i];
    const next: ExtractedQuote = {
      text: q.text,
      start: q.start + delta,
      end: q.end + delta,
      speaker: q.speaker,
      kind: q.kind,
      attributed: q.attributed,
      chain: q.chain,
      info: q.info,
      paragraph: q.paragraph,
      who: q.who,
    };
    if (q.speakerStart !== undefined && q.speakerEnd !== undefined) {
      next.speakerStart = q.speakerStart + delta;
      next.speakerEnd = q.speakerEnd + delta;
    }
    quotes[i] = next;
  }
  const unclosed: Unclosed[] = [];
  for (const u of last.unclosed) {
    if (u.paragraph < k) unclosed.push(u);
    else if (u.paragraph > k) unclosed.push({ start: u.start + delta, paragraph: u.paragraph, mark: u.mark });
    else {
      const at = move(u.start - oldBase);
      if (at < 0) return undefined;
      unclosed.push({ start: base + at, paragraph: k, mark: u.mark });
    }
  }
  // Commit: k's analysis replaces the old one (the same names and known words: the book stays as it is).
  st.analyses[k] = analysis;
  st.tailKept[k] = replaced.tailKept;
  st.columns.tokens[k] = analysis.tokenCount;
  st.columns.flags[k] = SUMMARY_UNKNOWN;
  return { quotes, unclosed, entries: st.entries, state: st, quick: { before, lo, hi } };
}

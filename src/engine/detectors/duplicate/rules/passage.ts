/**
 * `duplicate/passage`: a passage of two sentences or 15 words that closely
 * matches an earlier one, edited or not, whole paragraphs or parts of them.
 */
import type { Draft } from '../../../draft';
import type { Finding, Fix, RuleMeta } from '../../../types';
import { deletePassageEdits, type QuoteIndex } from '../edits';
import { describeChanges, formatChanges, MAX_CHANGES_LISTED, type Change } from '../message';
import type { EntryView, FoundPassage } from '../store';

export const meta: RuleMeta = {
  id: 'duplicate/passage',
  category: 'duplicate',
  defaultSeverity: 'warning',
  description: 'A passage closely matches an earlier passage: a revised copy left beside the original, or a repeat.',
};

/** Where tokens `t0 .. t1 - 1` lie: whole sentences when the passage is made of them, otherwise the words themselves. */
function span(view: EntryView, t0: number, t1: number): { start: number; end: number; first: number; last: number; whole: boolean } {
  const s0 = view.sentence(t0);
  const s1 = view.sentence(t1 - 1);
  const wholeStart = view.sentenceFirst(s0) === t0;
  const wholeEnd = view.sentenceLast(s1) === t1;
  const start = wholeStart ? view.sentenceStart(s0) : view.tokenStart(t0);
  const end = wholeEnd ? view.sentenceEnd(s1) : view.tokenEnd(t1 - 1);
  return { start, end, first: view.sentenceParagraph(s0), last: view.sentenceParagraph(s1), whole: wholeStart && wholeEnd };
}

/** The changes from the earlier copy to the later one (a function of the two copies' text, so kept with the match). */
function changesOf(text: string, view: EntryView, m: FoundPassage): Change[] | undefined {
  const { kept } = m;
  if (!kept.described) {
    const la = m.a1 - m.a0;
    const lb = m.b1 - m.b0;
    const start = new Array<number>(la + lb);
    const end = new Array<number>(la + lb);
    for (let t = 0; t < la; t++) {
      start[t] = view.tokenStart(m.a0 + t);
      end[t] = view.tokenEnd(m.a0 + t);
    }
    for (let t = 0; t < lb; t++) {
      start[la + t] = view.tokenStart(m.b0 + t);
      end[la + t] = view.tokenEnd(m.b0 + t);
    }
    kept.changes = describeChanges(text, { start, end }, 0, la, la, la + lb, MAX_CHANGES_LISTED);
    kept.described = true;
  }
  return kept.changes;
}

export function passageFinding(draft: Draft, view: EntryView, quotes: QuoteIndex, m: FoundPassage): Finding {
  const a = span(view, m.a0, m.a1);
  const b = span(view, m.b0, m.b1);
  const changes = changesOf(draft.text, view, m);
  const words = m.b1 - m.b0;
  const inQuote = quotes.inside(b.start, b.end);
  const what = inQuote ? 'This quotation repeats one used earlier' : 'This passage repeats an earlier one';
  let message: string;
  if (changes === undefined) message = `${what} (${words} words, ${Math.round(m.similarity * 100)}% the same).`;
  else if (changes.length === 0) message = `${what} word for word.`;
  else message = `${what}, revised: ${formatChanges(changes)}.`;
  if (inQuote) message += ' Keep it only if it is a deliberate pull quote.';

  const fixes: Fix[] = [];
  // Each copy may be deleted only when it is made of whole sentences (deleting a
  // run of words inside a sentence would break it) and the deletion takes any
  // direct quote it touches whole.
  if (a.whole) {
    const deleteEarlier = deletePassageEdits(draft, a.start, a.end, a.first, a.last);
    if (!deleteEarlier.some((e) => quotes.cuts(e.start, e.end))) {
      fixes.push({ title: 'Keep this version (delete the earlier passage)', edits: deleteEarlier });
    }
  }
  if (b.whole) {
    const deleteThis = deletePassageEdits(draft, b.start, b.end, b.first, b.last);
    if (!deleteThis.some((e) => quotes.cuts(e.start, e.end))) {
      fixes.push({ title: 'Keep the earlier version (delete this passage)', edits: deleteThis });
    }
  }
  if (fixes.length > 0) fixes[0].preferred = true;
  return finding(a, b, inQuote, message, fixes);
}

function finding(a: { start: number; end: number }, b: { start: number; end: number }, inQuote: boolean, message: string, fixes: Fix[]): Finding {
  return {
    rule: meta.id,
    category: 'duplicate',
    severity: inQuote ? 'information' : meta.defaultSeverity,
    message,
    start: b.start,
    end: b.end,
    fixes,
    related: [{ start: a.start, end: a.end, message: 'The earlier version' }],
  };
}

/**
 * `duplicate/passage`: a passage of two sentences or 15 words that closely
 * matches an earlier one, edited or not, whole paragraphs or parts of them.
 */
import { NO_MEMO, type Memo } from '../../detector';
import type { Draft } from '../../draft';
import type { Finding, Fix, RuleMeta } from '../../types';
import { deletePassageEdits, type QuoteIndex } from './edits';
import type { PassageMatch } from './match';
import { describeChanges, formatChanges } from './message';
import type { Reading } from './tokens';

export const passageRule: RuleMeta = {
  id: 'duplicate/passage',
  category: 'duplicate',
  defaultSeverity: 'warning',
  description: 'A passage closely matches an earlier passage: a revised copy left beside the original, or a repeat.',
};

function span(reading: Reading, t0: number, t1: number): { start: number; end: number; first: number; last: number; whole: boolean } {
  const { sentences } = reading;
  const s0 = sentences[reading.sentence[t0]];
  const s1 = sentences[reading.sentence[t1 - 1]];
  // Whole sentences when the passage is made of them; otherwise the words themselves.
  const start = s0.firstToken === t0 ? s0.start : reading.start[t0];
  const end = s1.lastToken === t1 ? s1.end : reading.end[t1 - 1];
  return { start, end, first: s0.paragraph, last: s1.paragraph, whole: s0.firstToken === t0 && s1.lastToken === t1 };
}

export function passageFinding(draft: Draft, reading: Reading, quotes: QuoteIndex, m: PassageMatch, memo: Memo = NO_MEMO): Finding {
  const a = span(reading, m.a0, m.a1);
  const b = span(reading, m.b0, m.b1);
  // The changes depend only on the text of the two copies (their tokens are read from it).
  const describe = () => describeChanges(draft.text, reading, m.a0, m.a1, m.b0, m.b1);
  const changes =
    memo === NO_MEMO
      ? describe()
      : memo.get('duplicate/changes', `${draft.text.slice(reading.start[m.a0], reading.end[m.a1 - 1])}\u0001${draft.text.slice(reading.start[m.b0], reading.end[m.b1 - 1])}`, describe);
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
    rule: passageRule.id,
    category: 'duplicate',
    severity: inQuote ? 'information' : passageRule.defaultSeverity,
    message,
    start: b.start,
    end: b.end,
    fixes,
    related: [{ start: a.start, end: a.end, message: 'The earlier version' }],
  };
}

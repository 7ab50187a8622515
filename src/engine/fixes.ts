import type { Draft } from './draft';
import type { TextEdit } from './types';

/**
 * The edit that deletes lines `first..last` (inclusive) of a draft, with their
 * line breaks, leaving no stray blank line behind: when the deleted lines stood
 * between two blank lines (or between the top of the draft and a blank line),
 * one of those blank lines goes too. Every detector that deletes whole lines
 * uses this, so two findings on the same line offer the very same edit.
 */
export function deleteLinesEdit(draft: Draft, first: number, last: number): TextEdit {
  const { lines } = draft;
  const before = first > 0 ? lines[first - 1] : undefined;
  let end = last;
  const after = lines[end + 1];
  const blankBefore = before === undefined || before.blank;
  if (after?.blank && blankBefore && end + 2 <= lines.length) end += 1;
  const lastLine = lines[end];
  if (lastLine.breakEnd > lastLine.end || before === undefined) {
    return { start: lines[first].start, end: lastLine.breakEnd, text: '' };
  }
  // The final line of the draft has no line break of its own: take the one before it.
  return { start: before.end, end: lastLine.end, text: '' };
}

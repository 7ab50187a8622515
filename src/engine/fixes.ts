import type { Draft } from './draft';
import { compatibleFixes } from './edits';
import type { Finding, Fix, TextEdit } from './types';

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

function deletedLength(fix: Fix): number {
  return fix.edits.reduce((n, e) => n + e.end - e.start, 0);
}

/**
 * Every boilerplate deletion, sure or not, as one fix (each finding's widest
 * deletion: its run, or its line), or undefined when there is none: the draft
 * as it would be if a person accepted every line offered for review. The
 * products never apply it as it is: "Remove all boilerplate" and `--fix` go
 * through the policies (`removeAllBoilerplate` in policies.ts), which apply
 * only the sure deletions and show the rest first.
 */
export function removeAllBoilerplateFix(findings: readonly Finding[]): Fix | undefined {
  const widest: Fix[] = [];
  for (const f of findings) {
    if (f.category !== 'boilerplate' || f.fixes.length === 0) continue;
    widest.push(f.fixes.reduce((a, b) => (deletedLength(b) > deletedLength(a) ? b : a)));
  }
  const { taken } = compatibleFixes(widest);
  return taken.length > 0 ? { title: 'Remove all boilerplate in this draft', edits: taken.flatMap((f) => f.edits) } : undefined;
}

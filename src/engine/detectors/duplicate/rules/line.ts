/** `duplicate/line`: a line of more than a few words repeated verbatim (pasted web pages repeat prompts). */
import type { Draft } from '../../../draft';
import { deleteLinesEdit } from '../../../fixes';
import type { Finding, RuleMeta } from '../../../types';
import type { ExactRepeat } from '../exact';

export const meta: RuleMeta = {
  id: 'duplicate/line',
  category: 'duplicate',
  defaultSeverity: 'warning',
  description: 'A line of six or more words repeats an earlier line verbatim.',
};

/**
 * The fix deletes the lines with `deleteLinesEdit`, as the boilerplate
 * detector does, so when both flag a line they offer the very same edit.
 */
export function lineFinding(draft: Draft, repeat: ExactRepeat): Finding {
  const p = draft.paragraphs[repeat.paragraph];
  const earlier = draft.paragraphs[repeat.earlier];
  return {
    rule: meta.id,
    category: 'duplicate',
    severity: meta.defaultSeverity,
    message: `This line repeats line ${earlier.firstLine + 1}.`,
    start: p.start,
    end: p.end,
    fixes: [{ title: 'Delete this repeated line', edits: [deleteLinesEdit(draft, p.firstLine, p.lastLine)], preferred: true }],
    related: [{ start: earlier.start, end: earlier.end, message: 'The earlier copy' }],
  };
}

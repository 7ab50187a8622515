/** `duplicate/paragraph`: a paragraph that repeats an earlier one word for word. */
import type { Draft } from '../../../draft';
import { deleteLinesEdit } from '../../../fixes';
import type { Finding, RuleMeta } from '../../../types';
import type { ExactRepeat } from '../exact';

export const meta: RuleMeta = {
  id: 'duplicate/paragraph',
  category: 'duplicate',
  defaultSeverity: 'warning',
  description: 'A paragraph repeats an earlier paragraph word for word (ignoring spacing, quote style and case).',
};

export function paragraphFinding(draft: Draft, repeat: ExactRepeat, inQuote: boolean): Finding {
  const p = draft.paragraphs[repeat.paragraph];
  const earlier = draft.paragraphs[repeat.earlier];
  return {
    rule: meta.id,
    category: 'duplicate',
    severity: inQuote ? 'information' : meta.defaultSeverity,
    message: inQuote
      ? `This quotation repeats the paragraph at line ${earlier.firstLine + 1} word for word (a pull quote?).`
      : `This paragraph repeats the paragraph at line ${earlier.firstLine + 1} word for word.`,
    start: p.start,
    end: p.end,
    fixes: [{ title: 'Delete this repeated paragraph', edits: [deleteLinesEdit(draft, p.firstLine, p.lastLine)], preferred: true }],
    related: [{ start: earlier.start, end: earlier.end, message: 'The earlier copy' }],
  };
}

/**
 * "Remove all boilerplate" in two steps, as plain data: the deletions the
 * checker is sure of, applied at once (one undo step), and the lines it is not
 * sure of, offered in VS Code's Refactor Preview before any is deleted.
 *
 * Which lines are sure is the engine's policy (`removeAllBoilerplate`: a fix
 * marked `review` is never applied unseen; its review deletions are offsets
 * into the text the sure deletions leave). This module turns it into the two
 * steps, each review line with the label the preview groups it by (its kind,
 * e.g. "Possible boilerplate: related-stories list"), and the messages. In the preview
 * those entries start unticked (VS Code's `needsConfirmation`): the editor
 * ticks the lines to delete, and nothing unsure goes without that.
 *
 * No `vscode` import: features/removeBoilerplate.ts applies the plan.
 */
import { applyEdits, type Finding, type Quote, removeAllBoilerplate, type TextEdit } from '../engine/index';

/** What the preview's groups are called: the kind, after this prefix. */
export const REVIEW_LABEL_PREFIX = 'Possible boilerplate: ';

/** Shown beside each group in the preview. */
export const REVIEW_DESCRIPTION = 'may be article text: tick the lines to delete';

/** One line offered for review. */
export interface ReviewEntry {
  /** The finding's rule id. */
  rule: string;
  /** The preview's group for it: `REVIEW_LABEL_PREFIX` and its kind. */
  label: string;
  /** The deletions, as offsets into the text the sure deletions leave (`afterSure`). */
  edits: TextEdit[];
  /** Where the line is in the checked text (its finding's range), and its text. */
  start: number;
  end: number;
  line: string;
}

export interface RemovalPlan {
  /** Step one: the sure deletions, offsets into the checked text. */
  sure: TextEdit[];
  /** Boilerplate lines step one removes. */
  removed: number;
  /** The text once step one is applied: step two is offered only on exactly this text. */
  afterSure: string;
  /** Step two: the lines to review, grouped by kind (labels in order), each group in text order. */
  review: ReviewEntry[];
}

/** The two steps of "Remove all boilerplate" for one check of `text`. */
export function planRemoval(text: string, findings: readonly Finding[], quotes: readonly Quote[]): RemovalPlan {
  const removal = removeAllBoilerplate(text, findings, quotes);
  const review = removal.review.map((r): ReviewEntry => {
    const { start, end } = r.findings[0];
    return {
      rule: r.rule,
      label: `${REVIEW_LABEL_PREFIX}${r.label}`,
      edits: r.edits,
      start,
      end,
      line: text.slice(start, end),
    };
  });
  review.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.start - b.start));
  return { sure: removal.edits, removed: removal.count, afterSure: applyEdits(text, removal.edits), review };
}

function lines(n: number): string {
  return `${n} boilerplate line${n === 1 ? '' : 's'}`;
}

/** What the editor is told once step one is done: how many lines went, and how many wait for review. */
export function removalMessage(removed: number, waiting: number): string {
  if (removed === 0 && waiting === 0) return 'Copydesk: no boilerplate in this draft.';
  const done = removed === 0 ? 'Copydesk: removed no lines' : `Copydesk: removed ${lines(removed)} (Undo to restore)`;
  if (waiting === 0) return `${done}.`;
  const what = removed === 0 ? `${lines(waiting)} ${waiting === 1 ? 'is' : 'are'}` : `${waiting} more ${waiting === 1 ? 'is' : 'are'}`;
  return `${done}; ${what} waiting for review in the Refactor Preview: ${waiting === 1 ? 'it' : 'they'} may be article text, so nothing there is deleted unless you tick it.`;
}

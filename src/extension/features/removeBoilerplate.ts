/**
 * The "Remove all boilerplate" command (also run by the quick fix beside each
 * boilerplate finding). It never deletes a line the checker is not sure of
 * without a person seeing it first:
 *
 * 1. the sure deletions are applied as one edit (one undo step), and the
 *    editor is told how many lines went and how many wait for review;
 * 2. the unsure lines are offered as a second edit whose entries carry
 *    `needsConfirmation` and a label per kind. VS Code then opens the Refactor
 *    Preview instead of applying: the entries start unticked, grouped by kind,
 *    and only the lines the editor ticks are deleted, when they press Apply
 *    (a second undo step). Discard deletes none.
 *
 * The plan is computed in boilerplateReview.ts (plain data, tested in plain
 * Node). The command resolves, once the preview is closed, to what it did
 * (`RemoveBoilerplateOutcome`), so callers and tests can see what was applied
 * and what was offered.
 */
import * as vscode from 'vscode';
import { REMOVE_ALL_BOILERPLATE_COMMAND } from '../actions';
import { planRemoval, removalMessage, REVIEW_DESCRIPTION, type ReviewEntry } from '../boilerplateReview';
import type { Session } from '../session';
import { toWorkspaceEdit } from '../vscodeAdapters';

/** What one run of the command did. */
export interface RemoveBoilerplateOutcome {
  /** Boilerplate lines deleted without asking. */
  removed: number;
  /** Lines offered for review in the Refactor Preview. */
  offered: number;
  /**
   * What became of the offered lines: `applied` (the editor applied some),
   * `declined` (discarded, or nothing ticked), `none` (nothing was offered),
   * `not offered` (the draft changed before they could be).
   */
  review: 'applied' | 'declined' | 'none' | 'not offered';
}

/** The second step: one entry per line, labelled by kind, each needing the editor's tick. */
function reviewEdit(doc: vscode.TextDocument, entries: readonly ReviewEntry[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const metadata = new Map<string, vscode.WorkspaceEditEntryMetadata>();
  for (const entry of entries) {
    let meta = metadata.get(entry.label);
    if (!meta) {
      meta = { needsConfirmation: true, label: entry.label, description: REVIEW_DESCRIPTION, iconPath: new vscode.ThemeIcon('trash') };
      metadata.set(entry.label, meta);
    }
    for (const e of entry.edits) edit.delete(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), meta);
  }
  return edit;
}

async function removeAllBoilerplate(session: Session): Promise<RemoveBoilerplateOutcome | undefined> {
  const active = await session.activeChecked();
  if (!active) return undefined;
  const { doc, version, text, result } = active;
  const plan = planRemoval(text, result.findings, result.quotes);
  const outcome: RemoveBoilerplateOutcome = { removed: 0, offered: 0, review: 'none' };
  if (plan.sure.length === 0 && plan.review.length === 0) {
    const guarded = result.findings.some((f) => f.category === 'boilerplate');
    void vscode.window.showInformationMessage(
      guarded ? 'Copydesk: the boilerplate lines left hold quoted words; delete them by hand if they must go.' : removalMessage(0, 0),
    );
    return outcome;
  }
  if (doc.isClosed || doc.version !== version) {
    void vscode.window.showWarningMessage('Copydesk: the draft changed while "Remove all boilerplate" was working; nothing was changed. Try again.');
    return outcome;
  }
  if (plan.sure.length > 0) {
    if (!(await vscode.workspace.applyEdit(toWorkspaceEdit(doc, plan.sure)))) {
      void vscode.window.showWarningMessage('Copydesk: could not apply "Remove all boilerplate".');
      return outcome;
    }
    outcome.removed = plan.removed;
  }
  // The review's offsets are into the text the first step left: offer them on exactly that text.
  if (plan.review.length > 0 && (doc.isClosed || doc.getText() !== plan.afterSure)) {
    outcome.review = 'not offered';
    void vscode.window.showWarningMessage(
      `${removalMessage(outcome.removed, 0).replace(/\.$/, '')}; the draft changed before the lines to review could be offered: run "Remove all boilerplate" again to see them.`,
    );
    return outcome;
  }
  void vscode.window.showInformationMessage(removalMessage(outcome.removed, plan.review.length));
  if (plan.review.length === 0) return outcome;
  outcome.offered = plan.review.length;
  try {
    outcome.review = (await vscode.workspace.applyEdit(reviewEdit(doc, plan.review))) ? 'applied' : 'declined';
  } catch (error) {
    // e.g. the draft was edited while the preview was open: VS Code refuses the stale edit.
    outcome.review = 'declined';
    void vscode.window.showWarningMessage(`Copydesk: the reviewed lines were not deleted (${String(error)}).`);
  }
  return outcome;
}

export function registerRemoveBoilerplate(session: Session): void {
  session.registerCommand(REMOVE_ALL_BOILERPLATE_COMMAND, () => removeAllBoilerplate(session));
}

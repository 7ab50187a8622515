/**
 * The status bar item: the active draft's findings counted by category, a
 * spinner before its first check, hidden when the active editor is not a
 * draft. Clicking it opens the Problems panel.
 */
import * as vscode from 'vscode';
import { docKey, type Session } from '../session';
import { statusText, statusTooltip } from '../statusBar';

/** Returns the status bar text as shown, or undefined while it is hidden (for the API). */
export function registerStatusBar(session: Session): () => string | undefined {
  const status = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Copydesk';
  status.command = 'workbench.actions.view.problems';
  session.context.subscriptions.push(status);

  let shown = false;
  session.onDidShowActive((active) => {
    if (active === undefined) {
      shown = false;
      status.hide();
      return;
    }
    shown = true;
    const { doc, result } = active;
    if (result === undefined) {
      // Keep the last counts while a check is pending; show a spinner only before the first one.
      if (!session.published.has(docKey(doc))) {
        status.text = '$(sync~spin) Copydesk';
        status.tooltip = 'Copydesk: checking…';
      }
      status.show();
      return;
    }
    status.text = statusText(result.findings, result.skipped);
    status.tooltip = statusTooltip(result.findings, result.skipped);
    status.show();
  });
  return () => (shown ? status.text : undefined);
}

/**
 * The documents' lifecycle: a draft is checked when it opens, as it is edited
 * (after a pause), when it is saved and when it comes into view; its
 * diagnostics go when it closes or its last tab does; the status bar and the
 * Quotes view follow the active editor.
 */
import * as vscode from 'vscode';
import { docKey, type Session } from '../session';

/** The documents a tab shows (as URIs; both sides of a diff). */
function tabUris(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return [input.uri];
  if (input instanceof vscode.TabInputTextDiff) return [input.original, input.modified];
  return [];
}

export function registerDocumentLifecycle(session: Session): void {
  session.context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void session.checkNow(doc)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0 || !session.isDraft(e.document)) return;
      session.checkLater(e.document);
      if (vscode.window.activeTextEditor?.document === e.document) session.showActive(e.document, undefined);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => void session.checkNow(doc)),
    vscode.workspace.onDidCloseTextDocument((doc) => session.forget(doc.uri)),
    vscode.window.onDidChangeActiveTextEditor(() => session.followActiveEditor()),
    // Closing a document's last tab clears its diagnostics at once (VS Code closes the
    // document itself only later); showing it again checks it again.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (e.closed.length === 0) return;
      const open = new Set(
        vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .flatMap(tabUris)
          .map((u) => u.toString()),
      );
      for (const uri of e.closed.flatMap(tabUris)) {
        if (!open.has(uri.toString()) && session.published.has(uri.toString())) session.forget(uri);
      }
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) if (session.isDraft(editor.document) && !session.published.has(docKey(editor.document))) void session.checkNow(editor.document);
    }),
  );
}

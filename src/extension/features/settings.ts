/**
 * Settings watching: when a `copydesk` setting changes, the settings are read
 * again, every open draft is checked again under them, and a document that is
 * no longer a draft loses its diagnostics.
 */
import * as vscode from 'vscode';
import { docKey, type Session } from '../session';

export function registerSettingsWatcher(session: Session): void {
  session.context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('copydesk')) return;
      session.reloadSettings();
      for (const doc of vscode.workspace.textDocuments) {
        if (session.isDraft(doc)) void session.checkNow(doc);
        else if (session.published.has(docKey(doc))) session.forget(doc.uri);
      }
      session.followActiveEditor();
    }),
  );
}

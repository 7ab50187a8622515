import * as vscode from 'vscode';
import { check } from '../engine/check';

/** Foundation adapter: findings as diagnostics. The editor issue builds the rest. */
export function activate(context: vscode.ExtensionContext): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('copydesk');
  context.subscriptions.push(diagnostics);
  const languages = new Set(['plaintext', 'markdown', 'newsdraft']);
  const refresh = (document: vscode.TextDocument) => {
    if (!languages.has(document.languageId)) return;
    const { findings } = check(document.getText());
    diagnostics.set(
      document.uri,
      findings.map((f) => {
        const d = new vscode.Diagnostic(new vscode.Range(document.positionAt(f.start), document.positionAt(f.end)), f.message);
        d.source = 'copydesk';
        d.code = f.rule;
        return d;
      }),
    );
  };
  vscode.workspace.textDocuments.forEach(refresh);
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => refresh(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => diagnostics.delete(d.uri)),
  );
}

export function deactivate(): void {}

/** The plain-data specs of the pure modules turned into VS Code objects. */
import * as vscode from 'vscode';
import type { TextEdit } from '../engine/index';
import type { DiagnosticSpec, Position0 } from './diagnostics';
import type { SymbolSpec, TreeItemSpec } from './quoteTree';

export type PositionAt = (offset: number) => Position0;

export function toRange(positionAt: PositionAt, start: number, end: number): vscode.Range {
  const s = positionAt(start);
  const e = positionAt(end);
  return new vscode.Range(s.line, s.character, e.line, e.character);
}

export function toDiagnostic(uri: vscode.Uri, positionAt: PositionAt, spec: DiagnosticSpec): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(positionAt, spec.start, spec.end), spec.message, spec.severity as vscode.DiagnosticSeverity);
  d.source = spec.source;
  d.code = { value: spec.code.value, target: vscode.Uri.parse(spec.code.target) };
  if (spec.tags.length > 0) d.tags = spec.tags as vscode.DiagnosticTag[];
  if (spec.related.length > 0) {
    d.relatedInformation = spec.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(positionAt, r.start, r.end)), r.message));
  }
  return d;
}

/** One WorkspaceEdit (one undo step) holding every edit. */
export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  }
  return edit;
}

export function toTreeItem(spec: TreeItemSpec): vscode.TreeItem {
  const item = new vscode.TreeItem(spec.label, spec.collapsible === 'expanded' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
  item.id = spec.id;
  item.description = spec.description;
  item.tooltip = spec.tooltip;
  item.iconPath = new vscode.ThemeIcon(spec.icon);
  item.contextValue = spec.contextValue;
  if (spec.command) item.command = { command: spec.command.command, title: spec.command.title, arguments: [...spec.command.arguments] };
  return item;
}

export function toDocumentSymbol(document: vscode.TextDocument, spec: SymbolSpec): vscode.DocumentSymbol {
  const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
  const symbol = new vscode.DocumentSymbol(
    spec.name,
    spec.detail,
    spec.kind === 'speaker' ? vscode.SymbolKind.Class : vscode.SymbolKind.String,
    range(spec.start, spec.end),
    range(spec.selectionStart, spec.selectionEnd),
  );
  symbol.children = spec.children.map((c) => toDocumentSymbol(document, c));
  return symbol;
}

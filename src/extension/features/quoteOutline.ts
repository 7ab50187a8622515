/**
 * Quotes: the "Quotes" view (the active draft's quotes by speaker or in order
 * of appearance), the same quotes as document symbols (Outline, breadcrumbs,
 * Go to Symbol), and the commands around them: reveal a quote, switch the
 * order, refresh, copy the quote sheet.
 */
import * as vscode from 'vscode';
import { quoteSheet, quoteSheetMarkdown } from '../../engine/index';
import { QuoteTreeProvider } from '../quoteView';
import { quoteSymbols, REVEAL_QUOTE_COMMAND, type QuoteOrder } from '../quoteTree';
import { basename, docKey, type Session } from '../session';
import { toDocumentSymbol } from '../vscodeAdapters';

const ORDER_KEY = 'copydesk.quotes.order';

/** An open document, or the document at a URI opened for the purpose; undefined when it cannot be. */
async function findDocument(uri: string): Promise<vscode.TextDocument | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (open) return open;
  try {
    return await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  } catch {
    return undefined;
  }
}

/** Returns the Quotes view's provider (for the API). */
export function registerQuoteOutline(session: Session): QuoteTreeProvider {
  const { context } = session;
  const initialOrder: QuoteOrder = context.workspaceState.get<string>(ORDER_KEY) === 'appearance' ? 'appearance' : 'speaker';
  const quoteTree = new QuoteTreeProvider(initialOrder, (state) => {
    void vscode.commands.executeCommand('setContext', 'copydesk.quotes.state', state);
  });
  void vscode.commands.executeCommand('setContext', 'copydesk.quotes.state', 'notDraft');
  void vscode.commands.executeCommand('setContext', ORDER_KEY, initialOrder);
  const treeView = vscode.window.createTreeView('copydesk.quotes', { treeDataProvider: quoteTree, showCollapseAll: true });
  context.subscriptions.push(quoteTree, treeView);

  session.onDidShowActive((active) => {
    if (active === undefined) quoteTree.clear();
    else if (active.result !== undefined) quoteTree.show(docKey(active.doc), active.doc.getText(), active.result.quotes);
  });

  session.registerCommand('copydesk.copyQuoteSheet', async () => {
    const active = await session.activeChecked();
    if (!active) return;
    const { doc, text, result } = active;
    const markdown = quoteSheetMarkdown(basename(doc.uri), quoteSheet(text, result.quotes));
    await vscode.env.clipboard.writeText(markdown);
    void vscode.window.showInformationMessage('Copydesk: quote sheet copied to the clipboard.');
    return markdown;
  });

  session.registerCommand('copydesk.showQuotes', () => vscode.commands.executeCommand('copydesk.quotes.focus'));

  session.registerCommand('copydesk.refreshQuotes', async () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && session.isDraft(doc)) await session.checkNow(doc);
    session.followActiveEditor();
  });

  const setOrder = (order: QuoteOrder) => {
    quoteTree.setOrder(order);
    void context.workspaceState.update(ORDER_KEY, order);
    void vscode.commands.executeCommand('setContext', ORDER_KEY, order);
  };
  session.registerCommand('copydesk.quotes.orderByAppearance', () => setOrder('appearance'));
  session.registerCommand('copydesk.quotes.orderBySpeaker', () => setOrder('speaker'));

  session.registerCommand(REVEAL_QUOTE_COMMAND, async (uri: unknown, start: unknown, end: unknown) => {
    if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
    const doc = await findDocument(uri);
    if (!doc) return;
    const length = doc.getText().length;
    const s = Math.max(0, Math.min(length, start));
    const e = Math.max(s, Math.min(length, end));
    const range = new vscode.Range(doc.positionAt(s), doc.positionAt(e));
    const editor = await vscode.window.showTextDocument(doc, { selection: range, preview: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });

  session.registerForDrafts((selector) =>
    vscode.languages.registerDocumentSymbolProvider(
      selector,
      {
        async provideDocumentSymbols(doc) {
          if (!session.isDraft(doc)) return [];
          // Shares the check under way (or its cached result) instead of running another.
          const text = doc.getText();
          const version = doc.version;
          const result = await session.scheduler.run(docKey(doc), version, text);
          if (!result || doc.version !== version) return undefined;
          return quoteSymbols(text, result.quotes).map((s) => toDocumentSymbol(doc, s));
        },
      },
      { label: 'Copydesk quotes' },
    ),
  );

  return quoteTree;
}

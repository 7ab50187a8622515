/**
 * The VS Code adapter, wiring only: `activate` makes the Session (the state
 * the features share: settings, output, diagnostics, published results, the
 * check scheduler) and registers each feature from `features/`: the status
 * bar, the quote outline and symbols, code actions, commands, the documents'
 * lifecycle, settings watching, and pasting a web page as a clean article.
 * The logic lives in pure modules (settings, checkScheduler, diagnostics,
 * actions, quoteTree, statusBar, webPage, extractHost) that the unit tests
 * run in plain Node, and in the engine.
 */
import type * as vscode from 'vscode';
import type { Finding } from '../engine/index';
import { registerCodeActions } from './features/codeActions';
import { registerCommands } from './features/commands';
import { registerDocumentLifecycle } from './features/documents';
import { type CleanArticleProviders, registerPaste } from './features/paste';
import { registerQuoteOutline } from './features/quoteOutline';
import { registerSettingsWatcher } from './features/settings';
import { registerStatusBar } from './features/statusBar';
import type { TreeNode } from './quoteTree';
import { type DidCheck, Session } from './session';

export interface CopydeskApi {
  /** Fires after a document's diagnostics were published. */
  onDidCheck: vscode.Event<DidCheck>;
  /** The live provider of the "Quotes" view. */
  quoteTree: vscode.TreeDataProvider<TreeNode>;
  /** The status bar text, or undefined while it is hidden. */
  statusBarText(): string | undefined;
  /** The last result published for a document. */
  lastResult(uri: string): { version: number; findings: Finding[] } | undefined;
  /** The clean-article paste and drop providers (the drop cannot be simulated in a test). */
  cleanArticle: CleanArticleProviders;
}

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const session = new Session(context);
  // The status bar listens to the active draft before the Quotes view does.
  const statusBarText = registerStatusBar(session);
  const quoteTree = registerQuoteOutline(session);
  registerCodeActions(session);
  registerCommands(session);
  registerDocumentLifecycle(session);
  registerSettingsWatcher(session);
  const cleanArticle = registerPaste(session);
  // Once every feature listens: check the documents already open, show the active one.
  session.start();

  return {
    onDidCheck: session.didCheck.event,
    quoteTree,
    statusBarText,
    cleanArticle,
    lastResult: (uri) => {
      const r = session.published.get(uri);
      return r ? { version: r.version, findings: r.findings } : undefined;
    },
  };
}

export function deactivate(): void {}

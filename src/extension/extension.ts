/**
 * The VS Code adapter: diagnostics, code actions, the quote outline, document
 * symbols, the status bar and the commands, all thin layers over the engine.
 * The logic lives in pure modules (settings, checker, diagnostics, actions,
 * quoteTree, statusBar) that the unit tests run in plain Node.
 */
import * as vscode from 'vscode';
import type { Finding } from '../engine/types';
import { quoteSheet, quoteSheetMarkdown } from '../engine/quotesheet';
import {
  addIgnorePhrase,
  FIX_ALL_KIND,
  fixEverything,
  IGNORE_COMMAND,
  quickFixes,
  removeAllBoilerplate,
  safeFixAll,
  type ActionSpec,
} from './actions';
import { Checker, forgetInProcess, lazyEngine, type DocResult } from './checker';
import { EngineHost } from './engineHost';
import { positionAtFor, toDiagnosticSpec } from './diagnostics';
import { QuoteTreeProvider } from './quoteView';
import { quoteSymbols, REVEAL_QUOTE_COMMAND, type QuoteOrder, type TreeNode } from './quoteTree';
import {
  draftFileGlob,
  type ExtensionSettings,
  invalidSettingsMessage,
  isDraftDocument,
  readSettings,
  toCheckOptions,
} from './settings';
import { statusText, statusTooltip } from './statusBar';
import { toDiagnostic, toDocumentSymbol, toWorkspaceEdit } from './vscodeAdapters';

export interface CopydeskApi {
  /** Fires after a document's diagnostics were published. */
  onDidCheck: vscode.Event<{ uri: string; version: number; findings: number }>;
  /** The live provider of the "Quotes" view. */
  quoteTree: vscode.TreeDataProvider<TreeNode>;
  /** The status bar text, or undefined while it is hidden. */
  statusBarText(): string | undefined;
  /** The last result published for a document. */
  lastResult(uri: string): { version: number; findings: Finding[] } | undefined;
}

const ORDER_KEY = 'copydesk.quotes.order';

/** The documents a tab shows (as URIs; both sides of a diff). */
function tabUris(tab: vscode.Tab): vscode.Uri[] {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return [input.uri];
  if (input instanceof vscode.TabInputTextDiff) return [input.original, input.modified];
  return [];
}

function basename(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] || uri.toString();
}

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const output = vscode.window.createOutputChannel('Copydesk');
  const collection = vscode.languages.createDiagnosticCollection('copydesk');
  const didCheck = new vscode.EventEmitter<{ uri: string; version: number; findings: number }>();
  const status = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'Copydesk';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(output, collection, didCheck, status);

  // Settings ---------------------------------------------------------------
  let warnedSettings: string | undefined;
  const loadSettings = (): ExtensionSettings => {
    const config = vscode.workspace.getConfiguration('copydesk');
    const { settings, invalid } = readSettings((key) => config.get(key));
    const message = invalidSettingsMessage(invalid);
    if (message !== undefined && message !== warnedSettings) {
      output.appendLine(message);
      void vscode.window.showWarningMessage(message);
    }
    warnedSettings = message;
    return settings;
  };
  let settings = loadSettings();
  // Every result kept for a document's latest version is published, whoever asked for it.
  // Long drafts are checked in a worker thread, short ones in process (see engineHost.ts).
  const engineHost = new EngineHost(context.asAbsolutePath('dist/worker.js'), lazyEngine, (message) => output.appendLine(message));
  const checker = new Checker(
    { options: toCheckOptions(settings), maxBytes: settings.maxFileSize },
    engineHost.check,
    (k, result) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === k);
      if (doc) publish(doc, result);
    },
    (k) => {
      engineHost.forget(k);
      forgetInProcess(k);
    },
  );
  context.subscriptions.push({ dispose: () => checker.dispose() }, { dispose: () => engineHost.dispose() });

  const isDraft = (doc: vscode.TextDocument) => isDraftDocument(settings, doc.languageId, doc.uri.scheme);
  const key = (doc: vscode.TextDocument) => doc.uri.toString();

  // Publishing -------------------------------------------------------------
  /** Published results by URI string (what the API and the status bar report). */
  const published = new Map<string, DocResult>();
  const skippedNotified = new Set<string>();
  const loggedErrors = new Set<string>();

  const diagnosticsFor = (uri: vscode.Uri, text: string, positionAt: (o: number) => { line: number; character: number }, findings: readonly Finding[]) =>
    findings.map((f) => toDiagnostic(uri, positionAt, toDiagnosticSpec(f, text.length)));

  const logErrors = (uri: string, result: DocResult) => {
    for (const e of result.errors) {
      const line = `[${e.detector}] ${e.message}`;
      if (loggedErrors.has(line)) continue;
      loggedErrors.add(line);
      output.appendLine(`${new Date().toISOString()} error in ${uri}: ${line}`);
    }
  };

  const publish = (doc: vscode.TextDocument, result: DocResult) => {
    if (doc.isClosed || doc.version !== result.version || !isDraft(doc)) return;
    const uri = key(doc);
    const text = doc.getText();
    collection.set(doc.uri, diagnosticsFor(doc.uri, text, (o) => doc.positionAt(o), result.findings));
    published.set(uri, result);
    logErrors(uri, result);
    if (result.skipped && !skippedNotified.has(uri)) {
      skippedNotified.add(uri);
      output.appendLine(`${basename(doc.uri)}: ${result.skipped}`);
      void vscode.window.showInformationMessage(`Copydesk skipped ${basename(doc.uri)}: ${result.skipped}.`);
    }
    if (vscode.window.activeTextEditor?.document === doc) showActive(doc, result);
    didCheck.fire({ uri, version: result.version, findings: result.findings.length });
  };

  // Both publish through the checker's onResult.
  const checkNow = async (doc: vscode.TextDocument) => {
    if (!isDraft(doc)) return;
    await checker.run(key(doc), doc.version, doc.getText());
  };

  const checkLater = (doc: vscode.TextDocument) => {
    if (!isDraft(doc)) return;
    void checker.schedule(key(doc), doc.version, () => doc.getText(), settings.debounceMs);
  };

  const forget = (uri: vscode.Uri) => {
    const k = uri.toString();
    checker.forget(k);
    collection.delete(uri);
    published.delete(k);
    skippedNotified.delete(k);
  };

  // Quote view and status bar ----------------------------------------------
  const initialOrder: QuoteOrder = context.workspaceState.get<string>(ORDER_KEY) === 'appearance' ? 'appearance' : 'speaker';
  const quoteTree = new QuoteTreeProvider(initialOrder, (state) => {
    void vscode.commands.executeCommand('setContext', 'copydesk.quotes.state', state);
  });
  void vscode.commands.executeCommand('setContext', 'copydesk.quotes.state', 'notDraft');
  void vscode.commands.executeCommand('setContext', ORDER_KEY, initialOrder);
  const treeView = vscode.window.createTreeView('copydesk.quotes', { treeDataProvider: quoteTree, showCollapseAll: true });
  context.subscriptions.push(quoteTree, treeView);

  let statusShown = false;
  function showActive(doc: vscode.TextDocument, result: DocResult | undefined): void {
    statusShown = true;
    if (result === undefined) {
      // Keep the last counts while a check is pending; show a spinner only before the first one.
      if (!published.has(key(doc))) {
        status.text = '$(sync~spin) Copydesk';
        status.tooltip = 'Copydesk: checking…';
      }
      status.show();
      return;
    }
    status.text = statusText(result.findings, result.skipped);
    status.tooltip = statusTooltip(result.findings, result.skipped);
    status.show();
    quoteTree.show(key(doc), doc.getText(), result.quotes);
  }

  let activeDraftContext: boolean | undefined;
  const followActiveEditor = () => {
    const doc = vscode.window.activeTextEditor?.document;
    const draft = !!doc && isDraft(doc);
    if (draft !== activeDraftContext) {
      activeDraftContext = draft;
      void vscode.commands.executeCommand('setContext', 'copydesk.activeDraft', draft);
    }
    if (!doc || !isDraft(doc)) {
      statusShown = false;
      status.hide();
      quoteTree.clear();
      return;
    }
    // A result for an older version is shown until the pending check replaces it.
    const result = published.get(key(doc));
    showActive(doc, result);
    if (!result) void checkNow(doc);
  };

  // Code actions -------------------------------------------------------------
  const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('copydesk');
  if (fixAllKind.value !== FIX_ALL_KIND) throw new Error(`unexpected code action kind ${fixAllKind.value}`);

  const toCodeAction = (doc: vscode.TextDocument, spec: ActionSpec, context: vscode.CodeActionContext | undefined): vscode.CodeAction => {
    const action = new vscode.CodeAction(spec.title, spec.kind === FIX_ALL_KIND ? fixAllKind : vscode.CodeActionKind.QuickFix);
    if (spec.isPreferred) action.isPreferred = true;
    // Edits are computed for exactly this document version (see provideCodeActions);
    // the editor drops the menu when the text changes. One WorkspaceEdit: one undo step.
    if (spec.edits.length > 0) action.edit = toWorkspaceEdit(doc, spec.edits);
    if (spec.command) action.command = { ...spec.command, arguments: [...spec.command.arguments] };
    if (context) {
      const ruleRanges = new Set(spec.findings.map((f) => `${f.rule}@${f.start}:${f.end}`));
      action.diagnostics = context.diagnostics.filter((d) => {
        if (d.source !== 'copydesk') return false;
        const rule = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
        return ruleRanges.has(`${rule}@${doc.offsetAt(d.range.start)}:${doc.offsetAt(d.range.end)}`);
      });
    }
    return action;
  };

  const codeActions: vscode.CodeActionProvider = {
    async provideCodeActions(doc, range, ctx) {
      if (!isDraft(doc)) return [];
      // The light bulb asks on every cursor move: never check a long draft synchronously for it
      // (the light bulb asks again when the diagnostics change). Explicit requests and
      // fix-all on save get a result for exactly this version.
      const result =
        ctx.triggerKind === vscode.CodeActionTriggerKind.Automatic && !ctx.only
          ? checker.peek(key(doc), doc.version)
          : await checker.run(key(doc), doc.version, doc.getText());
      if (!result || result.skipped) return [];
      const text = doc.getText();
      const out: vscode.CodeAction[] = [];
      if (!ctx.only || ctx.only.intersects(vscode.CodeActionKind.QuickFix)) {
        const specs = quickFixes({
          text,
          findings: result.findings,
          quotes: result.quotes,
          start: doc.offsetAt(range.start),
          end: doc.offsetAt(range.end),
          markdown: doc.languageId === 'markdown',
        });
        for (const spec of specs) out.push(toCodeAction(doc, spec, ctx));
      }
      if (ctx.only?.contains(fixAllKind)) {
        const spec = safeFixAll(text, result.findings, result.quotes);
        if (spec) out.push(toCodeAction(doc, spec, undefined));
      }
      return out;
    },
  };

  // Applying edits -------------------------------------------------------------
  const findDocument = async (uri: string): Promise<vscode.TextDocument | undefined> => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (open) return open;
    try {
      return await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    } catch {
      return undefined;
    }
  };

  const applyToDocument = async (doc: vscode.TextDocument, version: number, edits: readonly { start: number; end: number; text: string }[], what: string) => {
    if (doc.isClosed || doc.version !== version) {
      void vscode.window.showWarningMessage(`Copydesk: the draft changed since "${what}" was offered; nothing was changed. Try again.`);
      return false;
    }
    if (edits.length === 0) return false;
    const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(doc, edits));
    if (!ok) void vscode.window.showWarningMessage(`Copydesk: could not apply "${what}".`);
    return ok;
  };

  const activeDraft = (): vscode.TextDocument | undefined => {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && isDraft(doc)) return doc;
    if (quoteTree.uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === quoteTree.uri);
    return undefined;
  };

  const noDraft = () => void vscode.window.showInformationMessage('Copydesk: open a draft first.');
  const changedMeanwhile = () => void vscode.window.showInformationMessage('Copydesk: the draft changed while it was being checked; try again.');

  // Check all drafts in the workspace ------------------------------------------
  const checkWorkspace = async () => {
    const glob = draftFileGlob(settings.languages);
    if (!glob || !vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage('Copydesk: open a folder with drafts to check the workspace.');
      return;
    }
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking drafts', cancellable: true },
      async (progress, token) => {
        const files = (await vscode.workspace.findFiles(glob, undefined, 10000, token)).filter((u) => !/\/node_modules\//.test(u.path));
        let checked = 0;
        let problems = 0;
        // Fatal: a Latin-1 or other non-UTF-8 file is skipped with a message, as on the command line.
        const decoder = new TextDecoder('utf-8', { fatal: true });
        for (const uri of files) {
          if (token.isCancellationRequested) break;
          progress.report({ message: `${basename(uri)} (${checked + 1}/${files.length})`, increment: 100 / files.length });
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (open && isDraft(open)) {
            await checkNow(open);
            problems += published.get(key(open))?.findings.length ?? 0;
            checked++;
            continue;
          }
          try {
            const stat = await vscode.workspace.fs.stat(uri);
            if (stat.size > settings.maxFileSize) {
              output.appendLine(`${uri.toString()}: not checked: over the ${settings.maxFileSize}-byte limit (copydesk.maxFileSize)`);
              continue;
            }
            const bytes = await vscode.workspace.fs.readFile(uri);
            if (bytes.includes(0)) {
              output.appendLine(`${uri.toString()}: not checked: looks like a binary file`);
              continue;
            }
            let text: string;
            try {
              text = decoder.decode(bytes);
            } catch {
              output.appendLine(`${uri.toString()}: not checked: not UTF-8 text (Latin-1 or another encoding?); convert it to UTF-8`);
              continue;
            }
            const result = await checker.run(`scan:${uri.toString()}`, 0, text);
            checker.forget(`scan:${uri.toString()}`);
            if (!result) continue;
            logErrors(uri.toString(), result);
            collection.set(uri, diagnosticsFor(uri, text, positionAtFor(text), result.findings));
            problems += result.findings.length;
            checked++;
          } catch (error) {
            output.appendLine(`${uri.toString()}: could not be read: ${String(error)}`);
          }
        }
        const summary = `Copydesk: ${token.isCancellationRequested ? 'cancelled after' : 'checked'} ${checked} draft${checked === 1 ? '' : 's'}, ${problems} problem${problems === 1 ? '' : 's'}.`;
        output.appendLine(summary);
        void vscode.window.showInformationMessage(summary);
        if (problems > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
      },
    );
  };

  // Commands -------------------------------------------------------------------
  const register = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  /** The active draft with the check of its current version; undefined (after saying why) when there is none. */
  const activeChecked = async () => {
    const doc = activeDraft();
    if (!doc) return void noDraft();
    const version = doc.version;
    const text = doc.getText();
    const result = await checker.run(key(doc), version, text);
    if (!result) return void changedMeanwhile();
    return { doc, version, text, result };
  };

  register('copydesk.fixAll', async () => {
    const active = await activeChecked();
    if (!active) return;
    const { doc, version, text, result } = active;
    const { edits, count, left } = fixEverything(text, result.findings, result.quotes);
    const review = left > 0 ? ` ${left} boilerplate or duplicate passage${left === 1 ? ' is' : 's are'} left for you to review.` : '';
    if (count === 0) return void vscode.window.showInformationMessage(`Copydesk: nothing to fix automatically in this draft.${review}`);
    if ((await applyToDocument(doc, version, edits, 'Fix all')) && review) void vscode.window.showInformationMessage(`Copydesk: fixed ${count} problem${count === 1 ? '' : 's'}.${review}`);
  });

  register('copydesk.removeBoilerplate', async () => {
    const active = await activeChecked();
    if (!active) return;
    const { doc, version, text, result } = active;
    const { edits, count } = removeAllBoilerplate(text, result.findings, result.quotes);
    if (count === 0) return void vscode.window.showInformationMessage('Copydesk: no boilerplate in this draft.');
    if (await applyToDocument(doc, version, edits, 'Remove all boilerplate')) {
      void vscode.window.showInformationMessage(`Copydesk: removed ${count} boilerplate line${count === 1 ? '' : 's'} (Undo to restore).`);
    }
  });

  register('copydesk.copyQuoteSheet', async () => {
    const active = await activeChecked();
    if (!active) return;
    const { doc, text, result } = active;
    const markdown = quoteSheetMarkdown(basename(doc.uri), quoteSheet(text, result.quotes));
    await vscode.env.clipboard.writeText(markdown);
    void vscode.window.showInformationMessage('Copydesk: quote sheet copied to the clipboard.');
    return markdown;
  });

  register('copydesk.showQuotes', () => vscode.commands.executeCommand('copydesk.quotes.focus'));

  register('copydesk.refreshQuotes', async () => {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && isDraft(doc)) await checkNow(doc);
    followActiveEditor();
  });

  const setOrder = (order: QuoteOrder) => {
    quoteTree.setOrder(order);
    void context.workspaceState.update(ORDER_KEY, order);
    void vscode.commands.executeCommand('setContext', ORDER_KEY, order);
  };
  register('copydesk.quotes.orderByAppearance', () => setOrder('appearance'));
  register('copydesk.quotes.orderBySpeaker', () => setOrder('speaker'));

  register(REVEAL_QUOTE_COMMAND, async (uri: unknown, start: unknown, end: unknown) => {
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

  register(IGNORE_COMMAND, async (phrase: unknown) => {
    if (typeof phrase !== 'string') return;
    const config = vscode.workspace.getConfiguration('copydesk');
    const next = addIgnorePhrase(settings.ignore, phrase);
    if (!next) return;
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('ignore', next, target);
  });

  register('copydesk.checkWorkspace', checkWorkspace);

  // Providers and events -------------------------------------------------------
  // Registered for every document; the providers answer only for configured draft languages.
  const dynamicSelector = (): vscode.DocumentSelector => [...new Set(['plaintext', 'markdown', 'newsdraft', ...settings.languages])].map((language) => ({ language }));
  let providers: vscode.Disposable | undefined;
  const registerProviders = () => {
    providers?.dispose();
    providers = vscode.Disposable.from(
      vscode.languages.registerCodeActionsProvider(dynamicSelector(), codeActions, {
        providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, fixAllKind],
      }),
      vscode.languages.registerDocumentSymbolProvider(
        dynamicSelector(),
        {
          async provideDocumentSymbols(doc) {
            if (!isDraft(doc)) return [];
            // Shares the check under way (or its cached result) instead of running another.
            const text = doc.getText();
            const version = doc.version;
            const result = await checker.run(key(doc), version, text);
            if (!result || doc.version !== version) return undefined;
            return quoteSymbols(text, result.quotes).map((s) => toDocumentSymbol(doc, s));
          },
        },
        { label: 'Copydesk quotes' },
      ),
    );
  };
  registerProviders();
  context.subscriptions.push({ dispose: () => providers?.dispose() });

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void checkNow(doc)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0 || !isDraft(e.document)) return;
      checkLater(e.document);
      if (vscode.window.activeTextEditor?.document === e.document) showActive(e.document, undefined);
    }),
    vscode.workspace.onDidSaveTextDocument((doc) => void checkNow(doc)),
    vscode.workspace.onDidCloseTextDocument((doc) => forget(doc.uri)),
    vscode.window.onDidChangeActiveTextEditor(() => followActiveEditor()),
    // Closing a document's last tab clears its diagnostics at once (VS Code closes the
    // document itself only later); showing it again checks it again.
    vscode.window.tabGroups.onDidChangeTabs((e) => {
      if (e.closed.length === 0) return;
      const open = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).flatMap(tabUris).map((u) => u.toString()));
      for (const uri of e.closed.flatMap(tabUris)) {
        if (!open.has(uri.toString()) && published.has(uri.toString())) forget(uri);
      }
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const editor of editors) if (isDraft(editor.document) && !published.has(key(editor.document))) void checkNow(editor.document);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('copydesk')) return;
      const before = settings.languages.join('\n');
      settings = loadSettings();
      checker.configure({ options: toCheckOptions(settings), maxBytes: settings.maxFileSize });
      if (settings.languages.join('\n') !== before) registerProviders();
      skippedNotified.clear();
      for (const doc of vscode.workspace.textDocuments) {
        if (isDraft(doc)) void checkNow(doc);
        else if (published.has(key(doc))) forget(doc.uri);
      }
      followActiveEditor();
    }),
  );

  for (const doc of vscode.workspace.textDocuments) void checkNow(doc);
  followActiveEditor();

  return {
    onDidCheck: didCheck.event,
    quoteTree,
    statusBarText: () => (statusShown ? status.text : undefined),
    lastResult: (uri) => {
      const r = published.get(uri);
      return r ? { version: r.version, findings: r.findings } : undefined;
    },
  };
}

export function deactivate(): void {}

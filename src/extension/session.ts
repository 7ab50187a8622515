/**
 * The state the extension's features share, in one object: the settings, the
 * output channel, the diagnostic collection, the results published per
 * document, the check scheduler and the engine host behind it, and the
 * `onDidCheck` emitter. `activate` makes one Session and hands it to each
 * feature's `register…(session)` (src/extension/features/); features talk to
 * each other only through it.
 *
 * Every result the scheduler keeps for a document's latest version is
 * published here, whoever asked for it (a debounced check, a code action, the
 * symbol provider): diagnostics first, then what the active editor shows
 * (`onDidShowActive`: the status bar and the Quotes view), then `onDidCheck`.
 */
import * as vscode from 'vscode';
import type { Finding } from '../engine/index';
import { CheckScheduler, type DocResult, forgetInProcess, inProcessEngine } from './checkScheduler';
import { toDiagnosticSpec } from './diagnostics';
import { EngineHost } from './engineHost';
import { type ExtensionSettings, invalidSettingsMessage, isDraftDocument, readSettings, toCheckOptions } from './settings';
import { toDiagnostic } from './vscodeAdapters';

/** What `onDidCheck` reports: a document's diagnostics were published. */
export interface DidCheck {
  uri: string;
  version: number;
  findings: number;
}

/**
 * What the active editor shows: a draft, with its published result (possibly
 * for an older version) or undefined while its first check is pending; or
 * undefined when the active editor is not a draft.
 */
export type ActiveDraft = { doc: vscode.TextDocument; result: DocResult | undefined } | undefined;

/** The key results are kept under: the document's URI as a string. */
export function docKey(doc: vscode.TextDocument): string {
  return doc.uri.toString();
}

/** The last segment of a URI's path (a file name for messages). */
export function basename(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] || uri.toString();
}

export class Session {
  readonly output: vscode.OutputChannel;
  readonly collection: vscode.DiagnosticCollection;
  readonly didCheck = new vscode.EventEmitter<DidCheck>();
  readonly scheduler: CheckScheduler;
  /** Published results by URI string (what the API and the status bar report). */
  readonly published = new Map<string, DocResult>();

  private current: ExtensionSettings;
  private warnedSettings: string | undefined;
  private readonly engineHost: EngineHost;
  private readonly skippedNotified = new Set<string>();
  private readonly loggedErrors = new Set<string>();
  private readonly activeChanged = new vscode.EventEmitter<ActiveDraft>();
  private readonly languagesChanged = new vscode.EventEmitter<void>();
  private activeDraftContext: boolean | undefined;
  /** The draft the active editor shows with a result, as a URI string (the Quotes view's draft). */
  private shownUri: string | undefined;

  /** Fires when what the active editor shows changes (in listener order: status bar, then Quotes view). */
  readonly onDidShowActive = this.activeChanged.event;

  constructor(readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('Copydesk');
    this.collection = vscode.languages.createDiagnosticCollection('copydesk');
    context.subscriptions.push(this.output, this.collection, this.didCheck, this.activeChanged, this.languagesChanged);
    this.current = this.loadSettings();
    // Long drafts are checked in a worker thread, short ones in process (see engineHost.ts).
    this.engineHost = new EngineHost(context.asAbsolutePath('dist/worker.js'), inProcessEngine, (message) => this.output.appendLine(message));
    this.scheduler = new CheckScheduler(
      { options: toCheckOptions(this.current), maxBytes: this.current.maxFileSize },
      this.engineHost.check,
      (k, result) => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === k);
        if (doc) this.publish(doc, result);
      },
      (k) => {
        this.engineHost.forget(k);
        forgetInProcess(k);
      },
    );
    context.subscriptions.push({ dispose: () => this.scheduler.dispose() }, { dispose: () => this.engineHost.dispose() });
  }

  get settings(): ExtensionSettings {
    return this.current;
  }

  private loadSettings(): ExtensionSettings {
    const config = vscode.workspace.getConfiguration('copydesk');
    const { settings, invalid } = readSettings((key) => config.get(key));
    const message = invalidSettingsMessage(invalid);
    if (message !== undefined && message !== this.warnedSettings) {
      this.output.appendLine(message);
      void vscode.window.showWarningMessage(message);
    }
    this.warnedSettings = message;
    return settings;
  }

  /** The `copydesk` settings changed: read them again; every kept result becomes stale. */
  reloadSettings(): void {
    const before = this.current.languages.join('\n');
    this.current = this.loadSettings();
    this.scheduler.configure({ options: toCheckOptions(this.current), maxBytes: this.current.maxFileSize });
    if (this.current.languages.join('\n') !== before) this.languagesChanged.fire();
    this.skippedNotified.clear();
  }

  isDraft(doc: vscode.TextDocument): boolean {
    return isDraftDocument(this.current, doc.languageId, doc.uri.scheme);
  }

  /**
   * Register a provider for every language a draft may have, again whenever
   * the configured languages change (the provider answers only for drafts).
   */
  registerForDrafts(register: (selector: vscode.DocumentSelector) => vscode.Disposable): void {
    const selector = (): vscode.DocumentSelector => [...new Set(['plaintext', 'markdown', 'newsdraft', ...this.current.languages])].map((language) => ({ language }));
    let registration = register(selector());
    this.languagesChanged.event(() => {
      registration.dispose();
      registration = register(selector());
    });
    this.context.subscriptions.push({ dispose: () => registration.dispose() });
  }

  // VS Code hands a command whatever arguments its caller passed: its own signature takes any[].
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  registerCommand(id: string, fn: (...args: any[]) => unknown): void {
    this.context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  }

  // Publishing -------------------------------------------------------------

  diagnosticsFor(uri: vscode.Uri, text: string, positionAt: (o: number) => { line: number; character: number }, findings: readonly Finding[]): vscode.Diagnostic[] {
    return findings.map((f) => toDiagnostic(uri, positionAt, toDiagnosticSpec(f, text.length)));
  }

  /** Log a result's internal errors to the output channel, each distinct one once. */
  logErrors(uri: string, result: DocResult): void {
    for (const e of result.errors) {
      const line = `[${e.detector}] ${e.message}`;
      if (this.loggedErrors.has(line)) continue;
      this.loggedErrors.add(line);
      this.output.appendLine(`${new Date().toISOString()} error in ${uri}: ${line}`);
    }
  }

  publish(doc: vscode.TextDocument, result: DocResult): void {
    if (doc.isClosed || doc.version !== result.version || !this.isDraft(doc)) return;
    const uri = docKey(doc);
    const text = doc.getText();
    this.collection.set(
      doc.uri,
      this.diagnosticsFor(doc.uri, text, (o) => doc.positionAt(o), result.findings),
    );
    this.published.set(uri, result);
    this.logErrors(uri, result);
    if (result.skipped && !this.skippedNotified.has(uri)) {
      this.skippedNotified.add(uri);
      this.output.appendLine(`${basename(doc.uri)}: ${result.skipped}`);
      void vscode.window.showInformationMessage(`Copydesk skipped ${basename(doc.uri)}: ${result.skipped}.`);
    }
    if (vscode.window.activeTextEditor?.document === doc) this.showActive(doc, result);
    this.didCheck.fire({ uri, version: result.version, findings: result.findings.length });
  }

  /** Check a draft's current version now (published through the scheduler). */
  async checkNow(doc: vscode.TextDocument): Promise<void> {
    if (!this.isDraft(doc)) return;
    await this.scheduler.run(docKey(doc), doc.version, doc.getText());
  }

  /** Check a draft after the configured pause in typing (published through the scheduler). */
  checkLater(doc: vscode.TextDocument): void {
    if (!this.isDraft(doc)) return;
    void this.scheduler.schedule(docKey(doc), doc.version, () => doc.getText(), this.current.debounceMs);
  }

  /** A document closed (or stopped being a draft): drop its check, diagnostics and result. */
  forget(uri: vscode.Uri): void {
    const k = uri.toString();
    this.scheduler.forget(k);
    this.collection.delete(uri);
    this.published.delete(k);
    this.skippedNotified.delete(k);
  }

  /** Check the documents already open and show the active one; called once every feature listens. */
  start(): void {
    for (const doc of vscode.workspace.textDocuments) void this.checkNow(doc);
    this.followActiveEditor();
  }

  // The active editor ------------------------------------------------------

  /** Show a draft in the active editor: its result, or undefined while a check is pending. */
  showActive(doc: vscode.TextDocument, result: DocResult | undefined): void {
    if (result !== undefined) this.shownUri = docKey(doc);
    this.activeChanged.fire({ doc, result });
  }

  /** Follow the active editor: show its draft's result (checking it when there is none), or nothing. */
  followActiveEditor(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const draft = !!doc && this.isDraft(doc);
    if (draft !== this.activeDraftContext) {
      this.activeDraftContext = draft;
      void vscode.commands.executeCommand('setContext', 'copydesk.activeDraft', draft);
    }
    if (!doc || !this.isDraft(doc)) {
      this.shownUri = undefined;
      this.activeChanged.fire(undefined);
      return;
    }
    // A result for an older version is shown until the pending check replaces it.
    const result = this.published.get(docKey(doc));
    this.showActive(doc, result);
    if (!result) void this.checkNow(doc);
  }

  /** The draft a command acts on: the active editor's, else the one the Quotes view shows. */
  activeDraft(): vscode.TextDocument | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && this.isDraft(doc)) return doc;
    if (this.shownUri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.shownUri);
    return undefined;
  }

  /** The active draft with the check of its current version; undefined (after saying why) when there is none. */
  async activeChecked(): Promise<{ doc: vscode.TextDocument; version: number; text: string; result: DocResult } | undefined> {
    const doc = this.activeDraft();
    if (!doc) return void vscode.window.showInformationMessage('Copydesk: open a draft first.');
    const version = doc.version;
    const text = doc.getText();
    const result = await this.scheduler.run(docKey(doc), version, text);
    if (!result) return void vscode.window.showInformationMessage('Copydesk: the draft changed while it was being checked; try again.');
    return { doc, version, text, result };
  }
}

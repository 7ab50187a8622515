// Shared helpers for the integration suite, which runs inside a real VS Code
// extension host (desktop through @vscode/test-electron, or code-server).
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { check } from '../../src/engine/check';
import type { Finding } from '../../src/engine/types';

export const EXTENSION_ID = 'copydesk.copydesk';

/** The API `activate()` returns (the editor issue's contract). */
export interface CopydeskApi {
  onDidCheck: vscode.Event<{ uri: string; version: number; findings: number }>;
  quoteTree: vscode.TreeDataProvider<unknown>;
  statusBarText(): string | undefined;
  lastResult(uri: string): { version: number; findings: number | unknown[] } | undefined;
}

/** The number of findings in a lastResult (a count, or the findings themselves). */
export function findingCount(r: { findings: number | unknown[] } | undefined): number | undefined {
  if (!r) return undefined;
  return Array.isArray(r.findings) ? r.findings.length : r.findings;
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration suite needs its workspace folder open');
  return folder.uri.fsPath;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceRoot(), name));
}

export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
  if (!ext.isActive) await ext.activate();
  return ext;
}

/** The exported API; fails when activate() does not return the contract's shape. */
export async function api(): Promise<CopydeskApi> {
  const ext = await activateExtension();
  const exported = ext.exports as Partial<CopydeskApi> | undefined;
  assert.ok(exported, 'activate() returned no API');
  assert.equal(typeof exported.onDidCheck, 'function', 'API lacks onDidCheck');
  assert.equal(typeof exported.lastResult, 'function', 'API lacks lastResult');
  assert.equal(typeof exported.statusBarText, 'function', 'API lacks statusBarText');
  assert.ok(exported.quoteTree && typeof exported.quoteTree.getChildren === 'function', 'API lacks quoteTree');
  return exported as CopydeskApi;
}

const POLL_MS = 25;

/**
 * Bounded wait: re-evaluates `probe` whenever diagnostics change or a check
 * finishes, and at a short interval, until it returns a value other than
 * undefined/false, or fails after `timeoutMs` with `what` and the last state.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15_000,
  describeState?: () => string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${describeState ? `; state: ${describeState()}` : ''}`);
    }
    await new Promise<void>((resolve) => {
      const sub = vscode.languages.onDidChangeDiagnostics(() => done());
      const timer = setTimeout(() => done(), POLL_MS);
      function done() {
        sub.dispose();
        clearTimeout(timer);
        resolve();
      }
    });
  }
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

export function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  if (typeof code === 'object') return String(code.value);
  return String(code);
}

/** Waits until the extension has checked exactly this version of the document. */
export async function checked(doc: vscode.TextDocument, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  const a = await api();
  const uri = doc.uri.toString();
  await waitFor(
    `a check of ${path.basename(doc.uri.path)} at version ${doc.version}`,
    () => a.lastResult(uri)?.version === doc.version,
    timeoutMs,
    () => `last result version ${a.lastResult(uri)?.version}, document version ${doc.version}`,
  );
  // The diagnostics for that version are published with the result.
  return waitFor(
    'the diagnostics of the last check',
    () => {
      const diags = copydeskDiagnostics(doc.uri);
      return diags.length === findingCount(a.lastResult(uri)) ? diags : undefined;
    },
    timeoutMs,
    () => `${copydeskDiagnostics(doc.uri).length} diagnostics, last result: version ${a.lastResult(uri)?.version}, ${findingCount(a.lastResult(uri))} findings`,
  );
}

/** Waits for a Copydesk diagnostic with this rule (and, optionally, covering this text). */
export async function diagnosticFor(doc: vscode.TextDocument, rule: string, coveredText?: string, timeoutMs = 15_000) {
  return waitFor(
    `a ${rule} diagnostic${coveredText ? ` on "${coveredText}"` : ''} in ${path.basename(doc.uri.path)}`,
    () => copydeskDiagnostics(doc.uri).find((d) => codeOf(d) === rule && (coveredText === undefined || doc.getText(d.range) === coveredText)),
    timeoutMs,
    () => summarize(doc),
  );
}

export function summarize(doc: vscode.TextDocument): string {
  return JSON.stringify(copydeskDiagnostics(doc.uri).map((d) => `${codeOf(d)}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}`));
}

export async function openFixture(name: string, show = true): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

export async function openUntitled(content: string, language = 'plaintext', show = true): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument({ language, content });
  if (show) await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/**
 * Closes every editor without a "save?" prompt: dirty files are saved (tests
 * that edit work on fresh copies, see freshCopy), dirty untitled documents
 * are reverted.
 */
export async function closeAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isClosed) continue;
    if (doc.isUntitled) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else {
      await doc.save();
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

let copies = 0;
/** A fresh copy of a fixture under a new name, opened in an editor: for tests that edit. */
export async function freshCopy(name: string): Promise<vscode.TextDocument> {
  const source = fixtureUri(name);
  const base = path.basename(name);
  const copy = fixtureUri(`scratch/${++copies}-${base}`);
  // Open the copy only after VS Code has seen the file appear: a model opened
  // before the watcher's event is reloaded from disk, which bumps its version
  // and makes VS Code refuse edits computed for the version before.
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(fixtureUri('scratch'), path.basename(copy.path)));
  const seen = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 3000);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    watcher.onDidCreate(done);
    watcher.onDidChange(done);
  });
  try {
    await vscode.workspace.fs.copy(source, copy, { overwrite: true });
    await seen;
  } finally {
    watcher.dispose();
  }
  const doc = await vscode.workspace.openTextDocument(copy);
  await vscode.window.showTextDocument(doc, { preview: false });
  await checked(doc);
  return doc;
}

/** Code actions the providers offer at a range (optionally of one kind). */
export async function codeActionsAt(doc: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, range, kind)) ?? [];
  return actions.filter((a): a is vscode.CodeAction => 'title' in a && !('command' in a && typeof a.command === 'string'));
}

/** Applies a code action the way the editor does: its edit, then its command. */
export async function applyAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    const docs = action.edit.entries().map(([uri]) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()));
    assert.ok(
      await vscode.workspace.applyEdit(action.edit),
      `the edit of "${action.title}" was refused (document versions now: ${docs.map((d) => d?.version).join(', ')})`,
    );
  }
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** Every range the code actions would edit in `doc`. */
export function editedRanges(actions: vscode.CodeAction[], doc: vscode.TextDocument): vscode.Range[] {
  return actions.flatMap((a) => (a.edit?.entries() ?? []).filter(([u]) => u.toString() === doc.uri.toString()).flatMap(([, edits]) => edits.map((e) => e.range)));
}

/** What the engine reports for this text with default options (the extension's defaults). */
export function engineFindings(text: string): Finding[] {
  return check(text).findings;
}

/** Sets a `copydesk.*` setting for the workspace and waits until VS Code reports the change. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const config = vscode.workspace.getConfiguration('copydesk');
  const changed = new Promise<void>((resolve) => {
    const sub = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`copydesk.${key}`)) {
        sub.dispose();
        resolve();
      }
    });
    setTimeout(() => {
      sub.dispose();
      resolve();
    }, 5000);
  });
  await config.update(key, value, vscode.ConfigurationTarget.Workspace);
  await changed;
}

export function offsets(doc: vscode.TextDocument, range: vscode.Range): [number, number] {
  return [doc.offsetAt(range.start), doc.offsetAt(range.end)];
}

export function labelOf(item: vscode.TreeItem): string {
  const label = item.label;
  if (label === undefined) return '';
  return typeof label === 'string' ? label : label.label;
}

export function tooltipOf(item: vscode.TreeItem): string {
  const t = item.tooltip;
  if (t === undefined) return '';
  return typeof t === 'string' ? t : t.value;
}

/** What "Copydesk: Remove all boilerplate" resolves to (features/removeBoilerplate.ts). */
export interface RemoveBoilerplateOutcome {
  removed: number;
  offered: number;
  review: 'applied' | 'declined' | 'none' | 'not offered';
}

/**
 * Runs "Copydesk: Remove all boilerplate" (in `doc`, the active editor) and settles the Refactor Preview it
 * opens for the lines the checker is not sure of, without a person: once the
 * sure lines are gone, `whileOpen` runs (the preview is then open, or about to
 * be), then each `steps` command is run (e.g. `refactorPreview.discard`, or
 * ticks and `refactorPreview.apply`) until the command resolves. Never hangs:
 * it fails after `timeoutMs`, discarding the preview first.
 */
export async function removeAllBoilerplate(
  doc: vscode.TextDocument,
  opts: {
    sureGone: () => boolean;
    whileOpen?: () => void | Promise<void>;
    steps?: string[];
    timeoutMs?: number;
    /** How the command is started (default: the command itself; e.g. a quick fix's command). */
    run?: () => Thenable<unknown>;
  },
): Promise<RemoveBoilerplateOutcome> {
  const { sureGone, whileOpen, steps = ['refactorPreview.discard'], timeoutMs = 30_000 } = opts;
  const run = opts.run ?? (() => vscode.commands.executeCommand('copydesk.removeBoilerplate'));
  let settled: RemoveBoilerplateOutcome | undefined;
  let failed: unknown;
  const running = Promise.resolve(run() as Thenable<RemoveBoilerplateOutcome>).then(
    (r) => (settled = r),
    (e) => (failed = e),
  );
  try {
    await waitFor(
      'the sure boilerplate lines to go',
      () => failed !== undefined || settled !== undefined || sureGone(),
      timeoutMs,
      () => JSON.stringify(doc.getText()),
    );
    if (failed) throw failed;
    await whileOpen?.();
    const deadline = Date.now() + timeoutMs;
    while (settled === undefined && failed === undefined) {
      if (Date.now() > deadline) throw new Error(`the Refactor Preview did not settle within ${timeoutMs} ms`);
      await Promise.race([running, new Promise((r) => setTimeout(r, 400))]);
      if (settled !== undefined || failed !== undefined) break;
      // The preview may not have its input yet: the steps are run again until the command resolves.
      for (const step of steps) await vscode.commands.executeCommand(step).then(undefined, () => undefined);
    }
    if (failed) throw failed;
    return settled!;
  } finally {
    if (settled === undefined && failed === undefined) {
      await vscode.commands.executeCommand('refactorPreview.discard').then(undefined, () => undefined);
    }
  }
}

/**
 * The editing commands: fix all in file, remove all boilerplate (its own
 * module, removeBoilerplate.ts: it applies in two steps), ignore a phrase
 * here, and check every draft in the workspace. The fixes applied are the
 * engine's fix policies (quote-guarded), applied as one undoable edit and only
 * to the document version they were computed for.
 */
import * as vscode from 'vscode';
import { fixEverything, type TextEdit } from '../../engine/index';
import { addIgnorePhrase, IGNORE_COMMAND } from '../actions';
import { positionAtFor } from '../diagnostics';
import { basename, docKey, type Session } from '../session';
import { draftFileGlob } from '../settings';
import { toWorkspaceEdit } from '../vscodeAdapters';
import { registerRemoveBoilerplate } from './removeBoilerplate';

/** Apply edits to a document if it is still at `version`; says why not otherwise. */
async function applyToDocument(doc: vscode.TextDocument, version: number, edits: readonly TextEdit[], what: string): Promise<boolean> {
  if (doc.isClosed || doc.version !== version) {
    void vscode.window.showWarningMessage(`Copydesk: the draft changed since "${what}" was offered; nothing was changed. Try again.`);
    return false;
  }
  if (edits.length === 0) return false;
  const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(doc, edits));
  if (!ok) void vscode.window.showWarningMessage(`Copydesk: could not apply "${what}".`);
  return ok;
}

/** Check every draft file in the workspace, with progress; open drafts are checked as they stand. */
async function checkWorkspace(session: Session): Promise<void> {
  const { output, scheduler } = session;
  const glob = draftFileGlob(session.settings.languages);
  if (!glob || !vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Copydesk: open a folder with drafts to check the workspace.');
    return;
  }
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking drafts', cancellable: true }, async (progress, token) => {
    const files = (await vscode.workspace.findFiles(glob, undefined, 10000, token)).filter((u) => !/\/node_modules\//.test(u.path));
    let checked = 0;
    let problems = 0;
    // Fatal: a Latin-1 or other non-UTF-8 file is skipped with a message, as on the command line.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const uri of files) {
      if (token.isCancellationRequested) break;
      progress.report({ message: `${basename(uri)} (${checked + 1}/${files.length})`, increment: 100 / files.length });
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (open && session.isDraft(open)) {
        await session.checkNow(open);
        problems += session.published.get(docKey(open))?.findings.length ?? 0;
        checked++;
        continue;
      }
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > session.settings.maxFileSize) {
          output.appendLine(`${uri.toString()}: not checked: over the ${session.settings.maxFileSize}-byte limit (copydesk.maxFileSize)`);
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
        const result = await scheduler.run(`scan:${uri.toString()}`, 0, text);
        scheduler.forget(`scan:${uri.toString()}`);
        if (!result) continue;
        session.logErrors(uri.toString(), result);
        session.collection.set(uri, session.diagnosticsFor(uri, text, positionAtFor(text), result.findings));
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
  });
}

export function registerCommands(session: Session): void {
  session.registerCommand('copydesk.fixAll', async () => {
    const active = await session.activeChecked();
    if (!active) return;
    const { doc, version, text, result } = active;
    const { edits, count, left } = fixEverything(text, result.findings, result.quotes);
    const review = left > 0 ? ` ${left} boilerplate or duplicate passage${left === 1 ? ' is' : 's are'} left for you to review.` : '';
    if (count === 0) return void vscode.window.showInformationMessage(`Copydesk: nothing to fix automatically in this draft.${review}`);
    if ((await applyToDocument(doc, version, edits, 'Fix all')) && review)
      void vscode.window.showInformationMessage(`Copydesk: fixed ${count} problem${count === 1 ? '' : 's'}.${review}`);
  });

  registerRemoveBoilerplate(session);

  session.registerCommand(IGNORE_COMMAND, async (phrase: unknown) => {
    if (typeof phrase !== 'string') return;
    const config = vscode.workspace.getConfiguration('copydesk');
    const next = addIgnorePhrase(session.settings.ignore, phrase);
    if (!next) return;
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await config.update('ignore', next, target);
  });

  session.registerCommand('copydesk.checkWorkspace', () => checkWorkspace(session));
}

/**
 * Code actions: the light bulb's quick fixes and the safe fix-all that
 * `editor.codeActionsOnSave` asks for (`source.fixAll.copydesk`). Which fixes
 * are offered is decided in actions.ts and the engine's fix policies; this
 * module turns them into CodeActions for exactly the document version asked
 * about.
 */
import * as vscode from 'vscode';
import { type ActionSpec, FIX_ALL_KIND, quickFixes, safeFixAll } from '../actions';
import { docKey, type Session } from '../session';
import { toWorkspaceEdit } from '../vscodeAdapters';

export function registerCodeActions(session: Session): void {
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

  const provider: vscode.CodeActionProvider = {
    async provideCodeActions(doc, range, ctx) {
      if (!session.isDraft(doc)) return [];
      // The light bulb asks on every cursor move: never check a long draft synchronously for it
      // (the light bulb asks again when the diagnostics change). Explicit requests and
      // fix-all on save get a result for exactly this version.
      const result =
        ctx.triggerKind === vscode.CodeActionTriggerKind.Automatic && !ctx.only
          ? session.scheduler.peek(docKey(doc), doc.version)
          : await session.scheduler.run(docKey(doc), doc.version, doc.getText());
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

  session.registerForDrafts((selector) =>
    vscode.languages.registerCodeActionsProvider(selector, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, fixAllKind] }),
  );
}

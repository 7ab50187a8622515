import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, codeActionsAt, copydeskDiagnostics, engineFindings, freshCopy, removeAllBoilerplate, summarize, waitFor } from '../helpers';

/** The fixture's boilerplate lines, as the engine judges them: sure, or waiting for a person's review. */
function boilerplateLines(doc: vscode.TextDocument): { sure: string[]; unsure: string[] } {
  const text = doc.getText();
  const sure: string[] = [];
  const unsure: string[] = [];
  for (const f of engineFindings(text)) {
    if (f.category !== 'boilerplate') continue;
    const line = text.slice(f.start, f.end);
    if (f.fixes.find((x) => x.preferred)?.review) unsure.push(line);
    else sure.push(line);
  }
  return { sure, unsure };
}

function linesOf(doc: vscode.TextDocument): string[] {
  return doc.getText().split(/\r\n|\r|\n/);
}

const ARTICLE = [
  'Library Opens New Reading Room',
  'The public library opened a new reading room',
  'The room has space for eighty readers',
  '"We wanted a place where people',
];

describe('Remove all boilerplate: the lines the checker is not sure of wait for a person', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('refactorPreview.discard').then(undefined, () => undefined);
    await closeAll();
  });

  it('deletes the sure lines at once and deletes no unsure line when the preview is discarded', async () => {
    const doc = await freshCopy('boilerplate-review.txt');
    const { sure, unsure } = boilerplateLines(doc);
    assert.ok(sure.length >= 2 && unsure.length >= 2, `the fixture needs sure and unsure boilerplate lines: ${JSON.stringify({ sure, unsure })}`);
    await waitFor(
      'the boilerplate diagnostics',
      () => copydeskDiagnostics(doc.uri).length > 0,
      15_000,
      () => summarize(doc),
    );
    const original = doc.getText();
    const outcome = await removeAllBoilerplate(doc, {
      sureGone: () => sure.every((l) => !linesOf(doc).includes(l)),
      whileOpen: () => {
        // The first step is done: the sure lines are gone, every unsure line is still there, as is the article.
        for (const l of unsure) assert.ok(linesOf(doc).includes(l), `unsure line "${l}" kept while it waits for review`);
        for (const a of ARTICLE) assert.ok(doc.getText().includes(a), `article kept: ${a}`);
      },
      steps: ['refactorPreview.discard'],
    });
    assert.deepEqual(outcome, { removed: sure.length, offered: unsure.length, review: 'declined' });
    for (const l of unsure) assert.ok(linesOf(doc).includes(l), `unsure line "${l}" kept after the preview was discarded`);
    for (const l of sure) assert.ok(!linesOf(doc).includes(l), `sure line "${l}" removed`);
    // The sure deletions were one edit: one undo restores the draft.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);
  });

  it('pressing Apply with nothing ticked deletes no unsure line (they start unticked)', async () => {
    const doc = await freshCopy('boilerplate-review.txt');
    const { sure, unsure } = boilerplateLines(doc);
    const outcome = await removeAllBoilerplate(doc, {
      sureGone: () => sure.every((l) => !linesOf(doc).includes(l)),
      steps: ['refactorPreview.apply'],
    });
    assert.equal(outcome.removed, sure.length);
    assert.equal(outcome.offered, unsure.length);
    assert.equal(outcome.review, 'declined');
    for (const l of unsure) assert.ok(linesOf(doc).includes(l), `unsure line "${l}" kept`);
  });

  it('deletes the unsure lines the editor ticks, when they press Apply', async () => {
    const doc = await freshCopy('boilerplate-review.txt');
    const { sure, unsure } = boilerplateLines(doc);
    const outcome = await removeAllBoilerplate(doc, {
      sureGone: () => sure.every((l) => !linesOf(doc).includes(l)),
      // Give the preview a moment to take its input, then tick the file's entries (the first node) and apply.
      whileOpen: () => new Promise((r) => setTimeout(r, 1500)),
      steps: ['list.focusFirst', 'refactorPreview.toggleCheckedState', 'refactorPreview.apply'],
    });
    assert.deepEqual(outcome, { removed: sure.length, offered: unsure.length, review: 'applied' });
    for (const l of [...sure, ...unsure]) assert.ok(!linesOf(doc).includes(l), `"${l}" removed`);
    for (const a of ARTICLE) assert.ok(doc.getText().includes(a), `article kept: ${a}`);
  });

  it('the quick fix beside a finding runs the same two steps', async () => {
    const doc = await freshCopy('boilerplate-review.txt');
    const { sure, unsure } = boilerplateLines(doc);
    const d = await waitFor(
      'a boilerplate diagnostic',
      () => copydeskDiagnostics(doc.uri).find((x) => doc.getText(x.range) === sure[0]),
      15_000,
      () => summarize(doc),
    );
    const actions = await codeActionsAt(doc, d.range, vscode.CodeActionKind.QuickFix.value);
    const removeAll = actions.find((a) => a.title === 'Remove all boilerplate in this draft');
    assert.ok(removeAll, `"Remove all boilerplate in this draft" among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(removeAll.edit, undefined, 'it deletes nothing by itself');
    assert.equal(removeAll.command?.command, 'copydesk.removeBoilerplate');
    const command = removeAll.command!;
    const outcome = await removeAllBoilerplate(doc, {
      sureGone: () => sure.every((l) => !linesOf(doc).includes(l)),
      run: () => vscode.commands.executeCommand(command.command, ...(command.arguments ?? [])),
    });
    assert.deepEqual(outcome, { removed: sure.length, offered: unsure.length, review: 'declined' });
    for (const l of unsure) assert.ok(linesOf(doc).includes(l), `unsure line "${l}" kept`);
  });
});

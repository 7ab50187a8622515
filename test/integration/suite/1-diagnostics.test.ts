import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  activateExtension,
  api,
  checked,
  closeAll,
  codeOf,
  copydeskDiagnostics,
  diagnosticFor,
  engineFindings,
  fixtureUri,
  freshCopy,
  offsets,
  openFixture,
  openUntitled,
  summarize,
  waitFor,
} from '../helpers';

describe('diagnostics', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(closeAll);

  it('activate() returns the API of the contract', async () => {
    const a = await api();
    assert.equal(typeof a.onDidCheck, 'function');
    assert.equal(typeof a.quoteTree.getChildren, 'function');
  });

  it('us-russia-spat.txt: duplicate/passage on paragraph 4 and grammar/fixed-phrase on "at odds from"', async () => {
    const doc = await openFixture('samples/us-russia-spat.txt');
    const fixed = await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
    assert.equal(fixed.source, 'copydesk');
    assert.equal(fixed.range.start.line, 2);
    const dup = await diagnosticFor(doc, 'duplicate/passage');
    assert.ok(
      doc.getText(dup.range).startsWith('Meanwhile, in response to the allegation, President Donald Trump'),
      `duplicate/passage covers: ${doc.getText(dup.range).slice(0, 80)}`,
    );
    assert.equal(dup.range.start.line, 6, 'paragraph 4 starts on line 7');
  });

  it('diagnostics equal the engine findings: rule codes, ranges, source', async () => {
    const doc = await openFixture('samples/us-russia-spat.txt');
    const diags = await checked(doc);
    const expected = engineFindings(doc.getText())
      .map((f) => `${f.rule}@${f.start}-${f.end}`)
      .sort();
    const actual = diags.map((d) => `${codeOf(d)}@${offsets(doc, d.range).join('-')}`).sort();
    assert.deepEqual(actual, expected);
    assert.ok(diags.every((d) => d.source === 'copydesk'));
  });

  it('diagnostic codes link to the rule documentation', async () => {
    const doc = await openFixture('slips.txt');
    const d = await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
    assert.ok(typeof d.code === 'object' && d.code !== null, 'code is {value, target}');
    const code = d.code as { value: string | number; target: vscode.Uri };
    assert.equal(code.value, 'grammar/fixed-phrase');
    assert.match(code.target.toString(), /README/);
  });

  it('tillerson-putin-scraped.txt: boilerplate findings and duplicate/line on the repeated briefing line', async () => {
    const doc = await openFixture('samples/tillerson-putin-scraped.txt');
    const line = await diagnosticFor(doc, 'duplicate/line');
    assert.match(doc.getText(line.range), /^From our morning news briefing/);
    const boilerplate = await waitFor(
      'several boilerplate findings',
      () => {
        const b = copydeskDiagnostics(doc.uri).filter((d) => codeOf(d).startsWith('boilerplate/'));
        return b.length >= 5 ? b : undefined;
      },
      15_000,
      () => summarize(doc),
    );
    assert.ok(boilerplate.length >= 5);
  });

  it('hand-made drafts: boilerplate lines flagged, article lines left alone', async () => {
    const doc = await openFixture('boilerplate.txt');
    const diags = await waitFor(
      'boilerplate findings',
      () => {
        const b = copydeskDiagnostics(doc.uri).filter((d) => codeOf(d).startsWith('boilerplate/'));
        return b.length >= 3 ? b : undefined;
      },
      15_000,
      () => summarize(doc),
    );
    const flagged = diags.map((d) => doc.lineAt(d.range.start.line).text);
    assert.ok(flagged.includes('Share this article'), JSON.stringify(flagged));
    assert.ok(!flagged.some((t) => t.startsWith('The public library opened')), JSON.stringify(flagged));
  });

  it('newsdraft files get the newsdraft language and are checked', async () => {
    const doc = await openFixture('never-opened.story');
    assert.equal(doc.languageId, 'newsdraft');
    await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
  });

  it('documents of other languages are not checked', async () => {
    const doc = await openFixture('notes.json');
    const draft = await openFixture('slips.txt');
    await diagnosticFor(draft, 'grammar/fixed-phrase', 'at odds from');
    assert.deepEqual(copydeskDiagnostics(doc.uri), []);
    assert.equal((await api()).lastResult(doc.uri.toString()), undefined);
  });

  it('untitled documents are checked', async () => {
    const doc = await openUntitled('Draft\n\nThe two teams were at odds from the first day of the season.\n');
    assert.equal(doc.isUntitled, true);
    await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
  });

  it('editing updates the diagnostics as the editor types', async () => {
    const doc = await freshCopy('slips.txt');
    await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
    const editor = vscode.window.activeTextEditor!;
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\nThe ferry company was at odds from the port over fees.'));
    await waitFor(
      'a diagnostic on the typed slip',
      () => copydeskDiagnostics(doc.uri).find((d) => codeOf(d) === 'grammar/fixed-phrase' && d.range.start.line === doc.lineCount - 1),
      15_000,
      () => summarize(doc),
    );
  });

  it('closing a document clears its diagnostics', async () => {
    const doc = await openFixture('markdown.md');
    await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(
      'diagnostics cleared after close',
      () => copydeskDiagnostics(doc.uri).length === 0,
      20_000,
      () => summarize(doc),
    );
  });

  it('"Check all drafts in the workspace" reports files that were never opened', async () => {
    const uri = fixtureUri('never-opened.story');
    await vscode.commands.executeCommand('copydesk.checkWorkspace');
    await waitFor('diagnostics for never-opened.story', () =>
      vscode.languages.getDiagnostics(uri).find((d) => d.source === 'copydesk' && codeOf(d) === 'grammar/fixed-phrase'),
    );
  });
});

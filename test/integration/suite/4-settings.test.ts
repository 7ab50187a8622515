import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, checked, freshCopy, closeAll, codeOf, copydeskDiagnostics, diagnosticFor, openFixture, setSetting, summarize, waitFor } from '../helpers';

describe('settings take effect without a reload', () => {
  afterEach(async () => {
    for (const key of ['rules', 'categories', 'languages', 'boilerplate.extraPhrases', 'boilerplate.exemptPhrases', 'ignore']) {
      await setSetting(key, undefined);
    }
    await closeAll();
  });

  it('disabling a rule removes its diagnostics; enabling it brings them back', async () => {
    const doc = await openFixture('slips.txt');
    await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
    await setSetting('rules', { 'grammar/fixed-phrase': false });
    await waitFor(
      'grammar/fixed-phrase to go',
      () => !copydeskDiagnostics(doc.uri).some((d) => codeOf(d) === 'grammar/fixed-phrase'),
      15_000,
      () => summarize(doc),
    );
    await setSetting('rules', undefined);
    await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
  });

  it('a rule set to "error" is reported as an error', async () => {
    const doc = await openFixture('slips.txt');
    await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
    await setSetting('rules', { 'grammar/fixed-phrase': 'error' });
    await waitFor(
      'an error-level diagnostic',
      () => copydeskDiagnostics(doc.uri).find((d) => codeOf(d) === 'grammar/fixed-phrase' && d.severity === vscode.DiagnosticSeverity.Error),
      15_000,
      () => summarize(doc),
    );
  });

  it('turning a category off removes all of its diagnostics', async () => {
    const doc = await openFixture('boilerplate.txt');
    await waitFor(
      'boilerplate findings',
      () => copydeskDiagnostics(doc.uri).some((d) => codeOf(d).startsWith('boilerplate/')),
      15_000,
      () => summarize(doc),
    );
    await setSetting('categories', { boilerplate: false });
    await waitFor(
      'no boilerplate findings',
      () => !copydeskDiagnostics(doc.uri).some((d) => codeOf(d).startsWith('boilerplate/')),
      15_000,
      () => summarize(doc),
    );
  });

  it('extra and exempt boilerplate phrases', async () => {
    const doc = await openFixture('boilerplate.txt');
    await waitFor(
      '"Share this article" flagged',
      () => copydeskDiagnostics(doc.uri).some((d) => codeOf(d).startsWith('boilerplate/') && doc.lineAt(d.range.start.line).text === 'Share this article'),
      15_000,
      () => summarize(doc),
    );
    const line = (t: string) => (d: vscode.Diagnostic) => codeOf(d).startsWith('boilerplate/') && doc.lineAt(d.range.start.line).text.startsWith(t);
    assert.ok(!copydeskDiagnostics(doc.uri).some(line('The librarian said')));
    await setSetting('boilerplate.extraPhrases', ['the librarian said']);
    await waitFor(
      'the extra phrase flagged',
      () => copydeskDiagnostics(doc.uri).some(line('The librarian said')),
      15_000,
      () => summarize(doc),
    );
    await setSetting('boilerplate.exemptPhrases', ['share this article']);
    await waitFor(
      'the exempt phrase no longer flagged',
      () => !copydeskDiagnostics(doc.uri).some(line('Share this article')),
      15_000,
      () => summarize(doc),
    );
  });

  it('the ignore list drops findings on that phrase', async () => {
    const doc = await openFixture('slips.txt');
    await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
    await setSetting('ignore', ['at odds from']);
    await waitFor(
      'the ignored phrase to go',
      () => !copydeskDiagnostics(doc.uri).some((d) => codeOf(d) === 'grammar/fixed-phrase'),
      15_000,
      () => summarize(doc),
    );
  });

  it('removing a language from copydesk.languages stops checking it', async () => {
    const doc = await openFixture('markdown.md');
    await diagnosticFor(doc, 'grammar/fixed-phrase', 'at odds from');
    await setSetting('languages', ['plaintext', 'newsdraft']);
    await waitFor(
      'markdown diagnostics cleared',
      () => copydeskDiagnostics(doc.uri).length === 0,
      15_000,
      () => summarize(doc),
    );
  });
});

describe('the status bar', () => {
  afterEach(closeAll);

  it('shows counts for the active draft and hides for other documents', async () => {
    const a = await api();
    const doc = await openFixture('samples/us-russia-spat.txt');
    const diags = await checked(doc);
    const text = await waitFor('status bar text', () => a.statusBarText());
    assert.match(text, /\d/);
    const grammar = diags.filter((d) => codeOf(d).startsWith('grammar/')).length;
    assert.ok(grammar > 0);
    assert.ok(text.includes(String(grammar)), `"${text}" shows the ${grammar} grammar findings`);
    await openFixture('notes.json');
    await waitFor(
      'the status bar item to hide',
      () => a.statusBarText() === undefined,
      10_000,
      () => String(a.statusBarText()),
    );
  });

  it('follows the findings as the draft changes', async () => {
    const a = await api();
    const doc = await freshCopy('slips.txt');
    await checked(doc);
    const before = await waitFor('status bar text', () => a.statusBarText());
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\nThe port was at odds from the ferry company.'));
    await checked(doc);
    await waitFor(
      'a different status bar text',
      () => a.statusBarText() !== before,
      10_000,
      () => `${before} → ${a.statusBarText()}`,
    );
  });
});

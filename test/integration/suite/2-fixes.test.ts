import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyEdits, fixAll, primaryFix } from '../../../src/engine/edits';
import {
  applyAction,
  checked,
  closeAll,
  codeActionsAt,
  codeOf,
  copydeskDiagnostics,
  diagnosticFor,
  editedRanges,
  engineFindings,
  fixtureUri,
  freshCopy,
  openFixture,
  removeAllBoilerplate,
  setSetting,
  summarize,
  waitFor,
} from '../helpers';

const SLIP = 'at odds from';

async function fixedPhraseActions(doc: vscode.TextDocument) {
  const d = await diagnosticFor(doc, 'grammar/fixed-phrase', SLIP);
  // The diagnostic is there, so its quick fixes must come: a bounded wait covers
  // the moment the extension re-registers its providers (e.g. after a settings change).
  const actions = await waitFor(
    'quick fixes for the diagnostic',
    async () => {
      const found = await codeActionsAt(doc, d.range, vscode.CodeActionKind.QuickFix.value);
      return found.length > 0 ? found : undefined;
    },
    5000,
  );
  return { d, actions };
}

describe('quick fixes', () => {
  afterEach(async () => {
    await closeAll();
  });

  it('offers the preferred fix for "at odds from" and applying it gives "at odds with"', async () => {
    const doc = await freshCopy('slips.txt');
    const { d, actions } = await fixedPhraseActions(doc);
    const finding = engineFindings(doc.getText()).find((f) => f.rule === 'grammar/fixed-phrase' && f.start === doc.offsetAt(d.range.start))!;
    const preferred = actions.find((a) => a.isPreferred && a.title === primaryFix(finding)!.title);
    assert.ok(preferred, `a preferred fix titled "${primaryFix(finding)!.title}" among ${JSON.stringify(actions.map((a) => [a.title, a.isPreferred]))}`);
    assert.ok(preferred, 'one fix is preferred');
    assert.ok(preferred.kind && vscode.CodeActionKind.QuickFix.contains(preferred.kind));
    const line = d.range.start.line;
    const before = doc.lineAt(line).text;
    await applyAction(preferred);
    assert.equal(doc.lineAt(line).text, before.replace('at odds from', 'at odds with'));
    assert.equal(doc.getText().split('at odds from').length - 1, 1, 'only the one slip was fixed');
  });

  it("the quick fix applies exactly the engine's fix", async () => {
    const doc = await freshCopy('samples/us-russia-spat.txt');
    await checked(doc);
    const text = doc.getText();
    const finding = engineFindings(text).find((f) => f.rule === 'grammar/fixed-phrase');
    assert.ok(finding, 'the engine finds grammar/fixed-phrase');
    const fix = primaryFix(finding)!;
    const range = new vscode.Range(doc.positionAt(finding.start), doc.positionAt(finding.end));
    const action = (await codeActionsAt(doc, range, vscode.CodeActionKind.QuickFix.value)).find((a) => a.title === fix.title);
    assert.ok(action, `an action titled "${fix.title}"`);
    await applyAction(action);
    assert.equal(doc.getText(), applyEdits(text, fix.edits));
  });

  it('undo restores the text in one step', async () => {
    const doc = await freshCopy('slips.txt');
    const original = doc.getText();
    const { actions } = await fixedPhraseActions(doc);
    const preferred = actions.find((a) => a.isPreferred && /with/.test(a.title));
    assert.ok(preferred);
    await applyAction(preferred);
    assert.notEqual(doc.getText(), original);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);
  });

  it('the fix is dropped after the text changed, once diagnostics are recomputed', async () => {
    const doc = await freshCopy('slips.txt');
    const { d } = await fixedPhraseActions(doc);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.replace(d.range, 'at odds with'));
    await checked(doc);
    const actions = await codeActionsAt(doc, d.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(!actions.some((a) => a.isPreferred && /with/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
  });

  it('"Fix all Copydesk problems of this kind in the file" fixes every occurrence', async () => {
    const doc = await freshCopy('slips.txt');
    assert.equal(doc.getText().split(SLIP).length - 1, 2, 'fixture has two slips');
    const { actions } = await fixedPhraseActions(doc);
    const all = actions.find((a) => /fix all/i.test(a.title));
    assert.ok(all, `a fix-all action among ${JSON.stringify(actions.map((a) => a.title))}`);
    await applyAction(all);
    assert.equal(doc.getText().split(SLIP).length - 1, 0);
    assert.equal(doc.getText().split('at odds with').length - 1, 2);
    await checked(doc);
    assert.ok(!copydeskDiagnostics(doc.uri).some((x) => codeOf(x) === 'grammar/fixed-phrase'), summarize(doc));
  });

  it('never offers to change the words inside a direct quote', async () => {
    const doc = await freshCopy('in-quote.txt');
    await checked(doc);
    const qStart = doc.getText().indexOf('“');
    const qEnd = doc.getText().indexOf('”') + 1;
    const quoteText = doc.getText().slice(qStart, qEnd);
    const quote = new vscode.Range(doc.positionAt(qStart), doc.positionAt(qEnd));
    const actions = await codeActionsAt(doc, quote);
    // Whatever is offered there (edits or commands), applying it leaves the quote's words alone.
    for (const action of actions) {
      const before = doc.getText();
      await applyAction(action);
      assert.ok(doc.getText().includes(quoteText), `"${action.title}" changed the quote`);
      if (doc.getText() !== before) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('undo');
        assert.equal(doc.getText(), before);
      }
    }
    assert.deepEqual(
      editedRanges(actions, doc)
        .filter((r) => r.intersection(quote) && !r.isEmpty)
        .map((r) => doc.getText(r)),
      [],
    );
  });

  it('the "Copydesk: Fix all in file" command fixes the file\'s slips in one undoable edit', async () => {
    const doc = await freshCopy('slips.txt');
    const original = doc.getText();
    await diagnosticFor(doc, 'grammar/fixed-phrase', SLIP);
    await vscode.commands.executeCommand('copydesk.fixAll');
    await waitFor('slips fixed', () => !doc.getText().includes(SLIP));
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);
  });

  it('source.fixAll.copydesk applies exactly the safe fixes: never the duplicate-passage deletion', async () => {
    const doc = await freshCopy('samples/us-russia-spat.txt');
    await checked(doc);
    const text = doc.getText();
    const findings = engineFindings(text);
    const expected = fixAll(text, findings, (_f, fix) => fix.safe === true);
    assert.ok(expected.applied > 0, 'the sample has safe fixes');
    const passage = findings.find((f) => f.rule === 'duplicate/passage');
    assert.ok(passage, 'the sample has a duplicate passage');
    const full = new vscode.Range(doc.positionAt(0), doc.positionAt(text.length));
    const actions = await codeActionsAt(doc, full, 'source.fixAll.copydesk');
    const action = actions.find((a) => a.kind?.value === 'source.fixAll.copydesk');
    assert.ok(action, `a source.fixAll.copydesk action among ${JSON.stringify(actions.map((a) => [a.title, a.kind?.value]))}`);
    await applyAction(action);
    assert.equal(doc.getText(), expected.text);
    assert.ok(doc.getText().includes('Meanwhile, in response to the allegation, Trump begrudgingly'), 'the earlier passage is kept');
  });

  it('editor.codeActionsOnSave with source.fixAll.copydesk fixes safe slips on save and keeps boilerplate', async () => {
    const name = 'save-fixes.txt';
    const uri = fixtureUri(name);
    const content = 'Harbour Plan\n\nShare this article\n\nThe council was at odds from the mayor on Tuesday over the harbour plan.\n\nShare this article\n';
    await vscode.workspace.fs.writeFile(uri, Buffer.from(content));
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' });
    await config.update('codeActionsOnSave', { 'source.fixAll.copydesk': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const doc = await openFixture(name);
      await checked(doc);
      const expected = (() => {
        const fixes = engineFindings(content).flatMap((f) => {
          const fix = primaryFix(f);
          return fix?.safe ? [fix] : [];
        });
        return applyEdits(
          content,
          fixes.flatMap((f) => f.edits),
        );
      })();
      // make the document dirty so that save runs the save participants
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((b) => b.insert(doc.positionAt(content.length), ' '));
      await editor.edit((b) => b.delete(new vscode.Range(doc.positionAt(content.length), doc.positionAt(content.length + 1))));
      await checked(doc);
      await doc.save();
      assert.equal(doc.getText(), expected);
      assert.equal(doc.getText().split('Share this article').length - 1, 2, 'boilerplate lines are never deleted on save');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  it('"Copydesk: Remove all boilerplate" removes the sure boilerplate lines, keeps the article, offers the rest, and undoes in one step', async () => {
    const doc = await freshCopy('boilerplate.txt');
    const original = doc.getText();
    await waitFor(
      'boilerplate findings',
      () => copydeskDiagnostics(doc.uri).filter((d) => codeOf(d).startsWith('boilerplate/')).length >= 3,
      15_000,
      () => summarize(doc),
    );
    // "Continue reading the main story" sits inside the story: the checker is not sure of it, so it waits
    // in the Refactor Preview (the helper discards the preview) and stays.
    const outcome = await removeAllBoilerplate(doc, { sureGone: () => !doc.getText().includes('Share this article') });
    assert.equal(outcome.offered, 1);
    const after = doc.getText();
    assert.ok(!after.includes('Sign up for our morning newsletter'));
    assert.ok(after.includes('Continue reading the main story'), 'the unsure line is kept until the editor ticks it');
    for (const kept of ['Library Opens New Reading Room', 'The public library opened', 'The room has space for eighty', 'The librarian said']) {
      assert.ok(after.includes(kept), `kept "${kept}"`);
    }
    await checked(doc);
    const left = copydeskDiagnostics(doc.uri).filter((d) => codeOf(d).startsWith('boilerplate/'));
    assert.deepEqual(
      left.map((d) => doc.lineAt(d.range.start.line).text),
      ['Continue reading the main story'],
      summarize(doc),
    );
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original);
  });

  it('Markdown: the "disable next line" comment fix silences the finding', async () => {
    const doc = await freshCopy('markdown.md');
    const { actions } = await fixedPhraseActions(doc);
    const candidates = actions.filter((a) => /disable/i.test(a.title));
    assert.ok(candidates.length > 0, `a disable-next-line action among ${JSON.stringify(actions.map((a) => a.title))}`);
    const comment = '<!-- copydesk-disable-next-line grammar/fixed-phrase -->\n';
    // Several findings may share the line; try each "disable" action until the one for this rule.
    let found = false;
    for (const action of candidates) {
      const before = doc.getText();
      await applyAction(action);
      if (doc.getText().includes(comment)) {
        found = true;
        break;
      }
      if (doc.getText() !== before) await vscode.commands.executeCommand('undo');
    }
    assert.ok(found, `no action inserted ${comment.trim()}: ${doc.getText()}`);
    await checked(doc);
    assert.ok(!copydeskDiagnostics(doc.uri).some((d) => codeOf(d) === 'grammar/fixed-phrase'), summarize(doc));
  });

  it('"Ignore this here" adds the phrase to the workspace ignore list and the finding goes', async () => {
    const doc = await freshCopy('never-opened.story');
    const { actions } = await fixedPhraseActions(doc);
    const ignore = actions.find((a) => /ignore/i.test(a.title));
    assert.ok(ignore, `an ignore action among ${JSON.stringify(actions.map((a) => a.title))}`);
    try {
      await applyAction(ignore);
      await waitFor(
        'the ignored finding to go',
        () => !copydeskDiagnostics(doc.uri).some((d) => codeOf(d) === 'grammar/fixed-phrase'),
        15_000,
        () => summarize(doc),
      );
      const list = vscode.workspace.getConfiguration('copydesk').get<string[]>('ignore') ?? [];
      assert.ok(
        list.some((p) => p.toLowerCase() === SLIP),
        JSON.stringify(list),
      );
    } finally {
      await setSetting('ignore', undefined);
    }
  });
});

import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, copydeskDiagnostics, EXTENSION_ID, fixtureUri, waitFor } from '../helpers';

describe('the installed .vsix', () => {
  it('is the packaged extension, not a development folder', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    assert.equal(ext.extensionKind, vscode.ExtensionKind.Workspace);
    assert.ok(/[\\/]copydesk\.copydesk-[\d.]+$/.test(ext.extensionPath), `installed under the extensions folder: ${ext.extensionPath}`);
  });

  it('publishes diagnostics on a sample draft', async () => {
    const doc = await vscode.workspace.openTextDocument(fixtureUri('samples/tillerson-putin-scraped.txt'));
    await vscode.window.showTextDocument(doc);
    const diags = await waitFor(
      'Copydesk diagnostics from the installed extension',
      () => {
        const d = copydeskDiagnostics(doc.uri);
        return d.length > 0 ? d : undefined;
      },
      30_000,
    );
    assert.ok(
      diags.every((d) => /^[a-z]+\/[a-z-]+$/.test(codeOf(d))),
      JSON.stringify(diags.map(codeOf)),
    );
    console.log(
      `[copydesk-integration] installed extension ${vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON.version}: ${diags.length} diagnostics on tillerson-putin-scraped.txt`,
    );
  });

  it('imports a web page: the extraction bundle ships in the .vsix and loads in its worker', async () => {
    const draft = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(draft);
    const outcome = await vscode.commands.executeCommand<{ status: string; message?: string }>('copydesk.importWebPage', fixtureUri('web-page.html'));
    assert.deepEqual(outcome, { status: 'inserted' });
    assert.match(draft.getText(), /^# Harbour ferry returns after winter repairs\n\nThe harbour ferry carried/);
    assert.match(draft.getText(), /\n## New engines, same timetable\n/);
    assert.doesNotMatch(draft.getText(), /Subscribe|All rights reserved/);
  });
});

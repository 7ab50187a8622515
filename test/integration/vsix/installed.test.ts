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
});

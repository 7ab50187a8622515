// Pasting, dropping and importing a web page as a clean article, in the real
// editor. The paste tests put HTML on the browser's clipboard and press
// Ctrl+V through the runner's browser bridge (scripts/integration/browser-bridge.mjs):
// only a real paste event runs VS Code's paste providers.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extractArticle } from '../../../src/engine/extract/index';
import { pasteInsertText } from '../../../src/extension/webPage';
import { activateExtension, closeAll, fixtureUri, openUntitled, setSetting, waitFor } from '../helpers';

interface CleanArticleApi {
  cleanArticle: { drop: vscode.DocumentDropEditProvider };
}

const BRIDGE = process.env.COPYDESK_BROWSER_BRIDGE;

async function browser(action: 'clipboard' | 'press', body: object): Promise<void> {
  assert.ok(
    BRIDGE,
    'the paste tests need the browser bridge of the code-server runner (COPYDESK_BROWSER_BRIDGE): run them with `node scripts/integration/run.mjs --runner code-server`',
  );
  const res = await fetch(`${BRIDGE}/${action}`, { method: 'POST', body: JSON.stringify(body) });
  assert.ok(res.ok, `browser bridge ${action}: ${res.status} ${await res.text()}`);
}

async function pageHtml(): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('web-page.html')));
}

/** What the clipboard's plain text holds when a page is copied: every line of it, menus and all. */
const PLAIN =
  'The Lakeside Gazette\nNews\nSport\nWeather\nSubscribe\nHarbour ferry returns after winter repairs\nThe harbour ferry carried its first passengers of the year on Saturday morning.\nRelated stories\nSign up for our morning newsletter';

/** Puts the page on the clipboard, presses Ctrl+V in the editor, and waits for the paste to land. */
async function paste(doc: vscode.TextDocument, html: string, text = PLAIN): Promise<string> {
  await vscode.window.showTextDocument(doc, { preview: false });
  await browser('clipboard', { html, text });
  const before = doc.getText();
  await browser('press', { key: 'Control+V' });
  return waitFor(
    'the paste to change the draft',
    () => (doc.getText() !== before ? doc.getText() : undefined),
    20_000,
    () => JSON.stringify(doc.getText()),
  );
}

async function setEditorSetting(key: string, value: unknown, languageId?: string): Promise<void> {
  const scope = languageId ? { languageId } : undefined;
  await vscode.workspace.getConfiguration('editor', scope).update(key, value, vscode.ConfigurationTarget.Global, !!languageId);
}

describe('web page into a draft as a clean article', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(async () => {
    await setSetting('paste.cleanArticle', undefined);
    await setEditorSetting('pasteAs.preferences', undefined);
    await closeAll();
  });

  describe('paste', () => {
    it('offered (the default setting): Ctrl+V pastes the plain text; the clean article yields to it', async () => {
      const doc = await openUntitled('', 'plaintext');
      assert.equal(await paste(doc, await pageHtml()), PLAIN);
    });

    it('offered: "Paste as clean article" is there, and pastes the article (chosen through editor.pasteAs.preferences)', async () => {
      await setEditorSetting('pasteAs.preferences', ['text.copydesk.cleanArticle']);
      const html = await pageHtml();
      const doc = await openUntitled('', 'plaintext');
      const pasted = await paste(doc, html);
      assert.equal(pasted, pasteInsertText(extractArticle(html, { format: 'text' }).text, PLAIN));
      assert.match(pasted, /^The harbour ferry carried its first passengers/);
      assert.match(pasted, /eleven years\. “The bus around the lake takes an hour\.”\n\nNew engines, same timetable\n\nThe town council/);
      assert.doesNotMatch(pasted, /Subscribe|Related stories|newsletter|All rights reserved|#/);
    });

    it('offered, picked when there is nothing to clean: the plain text, never less', async () => {
      await setEditorSetting('pasteAs.preferences', ['text.copydesk.cleanArticle']);
      const doc = await openUntitled('', 'plaintext');
      const plain = 'The council voted on Tuesday to keep the library open late.';
      assert.equal(await paste(doc, `<p>${plain}</p>`, plain), plain);
    });

    it('default: Ctrl+V pastes the clean article, as Markdown in a Markdown draft', async () => {
      await setSetting('paste.cleanArticle', 'default');
      const html = await pageHtml();
      const doc = await openUntitled('', 'markdown');
      const pasted = await paste(doc, html);
      assert.equal(pasted, pasteInsertText(extractArticle(html, { format: 'markdown' }).text, PLAIN));
      assert.match(pasted, /\n\n## New engines, same timetable\n\n/);
      assert.match(pasted, /^- Bicycles: carried free until June$/m);
      assert.doesNotMatch(pasted, /Subscribe|Related stories/);
    });

    it('default in a News draft: plain paragraphs, pasted where the cursor is', async () => {
      await setSetting('paste.cleanArticle', 'default');
      const html = await pageHtml();
      const doc = await openUntitled('Before.\n\n', 'newsdraft');
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(doc.positionAt(doc.getText().length), doc.positionAt(doc.getText().length));
      const pasted = await paste(doc, html);
      assert.equal(pasted, `Before.\n\n${pasteInsertText(extractArticle(html, { format: 'text' }).text, PLAIN)}`);
      assert.doesNotMatch(pasted, /^#/m);
    });

    it('off: no clean article, even where editor.pasteAs.preferences asks for it', async () => {
      await setSetting('paste.cleanArticle', 'off');
      await setEditorSetting('pasteAs.preferences', ['text.copydesk.cleanArticle']);
      const doc = await openUntitled('', 'plaintext');
      assert.equal(await paste(doc, await pageHtml()), PLAIN);
    });

    it("leaves a copy from a code editor (VS Code's own HTML) to the plain paste, even as the default", async () => {
      await setSetting('paste.cleanArticle', 'default');
      const code = '"We missed the crossing," he said.\n    Indented line kept.';
      const html = `<meta charset='utf-8'><div style="color: #d4d4d4;background-color: #1e1e1e;font-family: monospace;white-space: pre;"><div><span>&quot;We missed the crossing,&quot; he said.</span></div><div><span>    Indented line kept.</span></div></div>`;
      const doc = await openUntitled('', 'plaintext');
      assert.equal(await paste(doc, html, code), code);
    });

    it('leaves HTML with no article text to the plain paste', async () => {
      await setSetting('paste.cleanArticle', 'default');
      const doc = await openUntitled('', 'plaintext');
      assert.equal(await paste(doc, '<html><body><img src="x.png"></body></html>', 'x'), 'x');
    });
  });

  describe('drop', () => {
    const token = new vscode.CancellationTokenSource().token;
    const uriList = (...uris: vscode.Uri[]) => {
      const dt = new vscode.DataTransfer();
      dt.set('text/uri-list', new vscode.DataTransferItem(uris.map((u) => u.toString()).join('\r\n')));
      return dt;
    };
    async function drop(doc: vscode.TextDocument, dt: vscode.DataTransfer) {
      const a = (await activateExtension()).exports as CleanArticleApi;
      const result = await a.cleanArticle.drop.provideDocumentDropEdits(doc, new vscode.Position(0, 0), dt, token);
      return Array.isArray(result) ? result[0] : (result ?? undefined);
    }

    it('a saved .html page dropped onto a draft inserts its clean article, headline first', async () => {
      const doc = await openUntitled('', 'markdown');
      const edit = await drop(doc, uriList(fixtureUri('web-page.html')));
      assert.ok(edit, 'no drop edit');
      assert.equal(edit.kind?.value, 'text.copydesk.cleanArticle');
      assert.equal(edit.yieldTo, undefined, 'a dropped page is inserted as its article by default');
      const expected = extractArticle(await pageHtml(), { format: 'markdown', title: true }).text.replace(/\s+$/, '');
      assert.equal(edit.insertText, expected);
      assert.match(expected, /^# Harbour ferry returns after winter repairs\n\nThe harbour ferry/);
      const we = new vscode.WorkspaceEdit();
      we.insert(doc.uri, new vscode.Position(0, 0), edit.insertText as string);
      assert.ok(await vscode.workspace.applyEdit(we));
      assert.equal(doc.getText(), expected);
    });

    it('a dropped file from outside the editor (a file item) works the same', async () => {
      const doc = await openUntitled('', 'plaintext');
      const bytes = await vscode.workspace.fs.readFile(fixtureUri('web-page.html'));
      const dt = new vscode.DataTransfer();
      const file: vscode.DataTransferFile = { name: 'saved page.HTM', uri: undefined, data: async () => bytes };
      dt.set(
        'application/octet-stream',
        new (class extends vscode.DataTransferItem {
          override asFile() {
            return file;
          }
        })(''),
      );
      const edit = await drop(doc, dt);
      assert.ok(edit, 'no drop edit');
      assert.match(edit.insertText as string, /^Harbour ferry returns after winter repairs\n\nThe harbour ferry/);
    });

    it('offers nothing for other files, for an empty page, or when the setting is off', async () => {
      const doc = await openUntitled('', 'plaintext');
      assert.equal(await drop(doc, uriList(fixtureUri('slips.txt'))), undefined);
      const empty = fixtureUri('scratch/empty.html');
      await vscode.workspace.fs.writeFile(empty, new Uint8Array());
      assert.equal(await drop(doc, uriList(empty)), undefined);
      await setSetting('paste.cleanArticle', 'off');
      assert.equal(await drop(doc, uriList(fixtureUri('web-page.html'))), undefined);
    });
  });

  describe('"Copydesk: Import web page…"', () => {
    type Outcome = { status: string; message?: string };
    const importPage = (uri: vscode.Uri) => vscode.commands.executeCommand<Outcome>('copydesk.importWebPage', uri);

    it('is in the command palette', async () => {
      assert.ok((await vscode.commands.getCommands(true)).includes('copydesk.importWebPage'));
    });

    it('inserts the clean article at the cursor of the active draft', async () => {
      const doc = await openUntitled('Notes:\n', 'plaintext');
      const editor = await vscode.window.showTextDocument(doc);
      editor.selection = new vscode.Selection(1, 0, 1, 0);
      assert.deepEqual(await importPage(fixtureUri('web-page.html')), { status: 'inserted' });
      const article = extractArticle(await pageHtml(), { format: 'text', title: true }).text.replace(/\s+$/, '');
      assert.equal(doc.getText(), `Notes:\n${article}`);
    });

    it('opens a new News draft with the article when no draft is active', async () => {
      await closeAll();
      assert.deepEqual(await importPage(fixtureUri('web-page.html')), { status: 'opened' });
      const doc = vscode.window.activeTextEditor?.document;
      assert.ok(doc);
      assert.equal(doc.languageId, 'newsdraft');
      assert.equal(doc.getText(), extractArticle(await pageHtml(), { format: 'text', title: true }).text);
    });

    it('says so, and changes nothing, for a binary, empty, missing, tagless or article-less file', async () => {
      const doc = await openUntitled('Kept.', 'plaintext');
      const binary = fixtureUri('scratch/image.html');
      await vscode.workspace.fs.writeFile(binary, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      const empty = fixtureUri('scratch/blank.html');
      await vscode.workspace.fs.writeFile(empty, new TextEncoder().encode('  \n'));
      const noText = fixtureUri('scratch/no-text.html');
      await vscode.workspace.fs.writeFile(noText, new TextEncoder().encode('<html><body><img src="a.png"><script>var a = 1;</script></body></html>'));
      const notes = fixtureUri('scratch/notes.html');
      await vscode.workspace.fs.writeFile(notes, new TextEncoder().encode('Notes from the council meeting, no markup at all.'));
      const cases: [vscode.Uri, RegExp][] = [
        [binary, /image\.html is not a web page/],
        [empty, /blank\.html is empty/],
        [fixtureUri('scratch/missing.html'), /cannot read missing\.html/],
        [noText, /cannot read no-text\.html: the page has no readable text/],
        [notes, /cannot read notes\.html: the input is not HTML/],
      ];
      for (const [uri, message] of cases) {
        const outcome = await importPage(uri);
        assert.equal(outcome.status, 'problem', uri.path);
        assert.match(outcome.message ?? '', message);
      }
      assert.equal(doc.getText(), 'Kept.');
    });
  });
});

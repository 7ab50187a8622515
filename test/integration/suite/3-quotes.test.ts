import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extractQuotes } from '../../../src/engine/detectors/quotes';
import { readDraft } from '../../../src/engine/draft';
import { quoteSheet, quoteSheetMarkdown } from '../../../src/engine/quotesheet';
import { api, checked, closeAll, freshCopy, labelOf, openFixture, tooltipOf, waitFor } from '../helpers';

type Tree = vscode.TreeDataProvider<unknown>;

async function roots(tree: Tree): Promise<unknown[]> {
  return ((await tree.getChildren()) ?? []) as unknown[];
}
async function children(tree: Tree, node: unknown): Promise<unknown[]> {
  return ((await tree.getChildren(node)) ?? []) as unknown[];
}
async function item(tree: Tree, node: unknown): Promise<vscode.TreeItem> {
  return tree.getTreeItem(node);
}
async function rootLabels(tree: Tree): Promise<string[]> {
  return Promise.all((await roots(tree)).map(async (n) => labelOf(await item(tree, n))));
}

/** Waits until the tree shows a root whose label contains `text`. */
async function rootNamed(tree: Tree, text: string) {
  let labels: string[] = [];
  return waitFor(
    `a quote-outline entry "${text}"`,
    async () => {
      const nodes = await roots(tree);
      labels = [];
      for (const n of nodes) {
        const l = labelOf(await item(tree, n));
        labels.push(l);
        if (l.includes(text)) return n;
      }
      return undefined;
    },
    15_000,
    () => JSON.stringify(labels),
  );
}

const SPAT = 'samples/us-russia-spat.txt';

describe('the quote outline', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('copydesk.quotes.orderBySpeaker');
    await closeAll();
  });

  it('lists speakers in order of first appearance with counts; Rex Tillerson has five quotes', async () => {
    const { quoteTree } = await api();
    const doc = await openFixture(SPAT);
    await checked(doc);
    const tillerson = await rootNamed(quoteTree, 'Tillerson');
    const it = await item(quoteTree, tillerson);
    assert.equal(it.collapsibleState !== vscode.TreeItemCollapsibleState.None, true);
    assert.match(`${labelOf(it)} ${it.description ?? ''}`, /\b5\b/);
    const quotes = await children(quoteTree, tillerson);
    assert.equal(quotes.length, 5);
    const all = await roots(quoteTree);
    let total = 0;
    for (const n of all) total += (await children(quoteTree, n)).length;
    assert.equal(total, 6, 'six quotes in all');
    const labels = await rootLabels(quoteTree);
    assert.equal(
      labels.findIndex((l) => l.includes('Tillerson')),
      0,
      `Tillerson first: ${JSON.stringify(labels)}`,
    );
  });

  it("matches the engine's quote sheet: speakers, order, first words and line numbers", async () => {
    const { quoteTree } = await api();
    const doc = await openFixture('quotes.draft');
    await checked(doc);
    const sheet = quoteSheet(doc.getText(), extractQuotes(readDraft(doc.getText())));
    assert.ok(sheet.length >= 2, 'the fixture has at least two speakers');
    await rootNamed(quoteTree, sheet[0].speaker ?? 'Unattributed');
    const nodes = await roots(quoteTree);
    assert.equal(nodes.length, sheet.length);
    for (let i = 0; i < sheet.length; i++) {
      const speakerItem = await item(quoteTree, nodes[i]);
      assert.ok(labelOf(speakerItem).includes(sheet[i].speaker ?? 'Unattributed'), labelOf(speakerItem));
      const qs = await children(quoteTree, nodes[i]);
      assert.equal(qs.length, sheet[i].quotes.length);
      for (let j = 0; j < qs.length; j++) {
        const qi = await item(quoteTree, qs[j]);
        const firstWord = sheet[i].quotes[j].text.trim().split(/\s+/)[0];
        assert.ok(labelOf(qi).includes(firstWord), `label "${labelOf(qi)}" starts the quote "${sheet[i].quotes[j].text}"`);
        assert.ok(String(qi.description ?? '').includes(String(sheet[i].quotes[j].line)), `description "${qi.description}" has line ${sheet[i].quotes[j].line}`);
        assert.ok(tooltipOf(qi).includes(sheet[i].quotes[j].text.trim()), `tooltip has the full quote`);
      }
    }
  });

  it('selecting a quote reveals and selects it in the editor', async () => {
    const { quoteTree } = await api();
    const doc = await openFixture(SPAT);
    await checked(doc);
    const tillerson = await rootNamed(quoteTree, 'Tillerson');
    const quotes = await children(quoteTree, tillerson);
    const last = await item(quoteTree, quotes[quotes.length - 1]);
    assert.ok(last.command, 'a quote item has a command');
    assert.equal(last.command.command, 'copydesk.revealQuote');
    // move the cursor away first
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(0, 0, 0, 0) });
    await vscode.commands.executeCommand(last.command.command, ...(last.command.arguments ?? []));
    const editor = await waitFor('the quote to be selected', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === doc.uri.toString() && !e.selection.isEmpty ? e : undefined;
    });
    const selected = editor.document.getText(editor.selection);
    const expected = quoteSheet(doc.getText(), extractQuotes(readDraft(doc.getText()))).find((g) => g.speaker?.includes('Tillerson'))!;
    const q = expected.quotes[expected.quotes.length - 1];
    assert.equal(editor.document.offsetAt(editor.selection.start), q.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), q.end);
    assert.ok(selected.includes(q.text.trim().slice(0, 20)));
    assert.ok(
      editor.visibleRanges.some((r) => r.contains(editor.selection.start)),
      'the quote is scrolled into view',
    );
  });

  it('orders quotes by appearance with the toggle, and back by speaker', async () => {
    const { quoteTree } = await api();
    const doc = await openFixture(SPAT);
    await checked(doc);
    await rootNamed(quoteTree, 'Tillerson');
    await vscode.commands.executeCommand('copydesk.quotes.orderByAppearance');
    const flat = await waitFor('six quotes at the top level', async () => {
      const r = await roots(quoteTree);
      return r.length === 6 ? r : undefined;
    });
    const lines: number[] = [];
    for (const n of flat) {
      const it = await item(quoteTree, n);
      assert.equal(it.collapsibleState ?? vscode.TreeItemCollapsibleState.None, vscode.TreeItemCollapsibleState.None);
      const m = /\d+/.exec(String(it.description ?? ''));
      assert.ok(m, `description has a line number: ${it.description}`);
      lines.push(Number(m[0]));
    }
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b),
    );
    await vscode.commands.executeCommand('copydesk.quotes.orderBySpeaker');
    await rootNamed(quoteTree, 'Tillerson');
  });

  it('follows the active editor and updates as the draft changes', async () => {
    const { quoteTree } = await api();
    const doc = await freshCopy('quotes.draft');
    await rootNamed(quoteTree, 'Maria Lopez');
    const spat = await openFixture(SPAT);
    await checked(spat);
    await rootNamed(quoteTree, 'Tillerson');
    assert.ok(!(await rootLabels(quoteTree)).some((l) => l.includes('Maria Lopez')));
    await vscode.window.showTextDocument(doc);
    await rootNamed(quoteTree, 'Maria Lopez');
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n\n“The queue went round the block before dawn,” said Ana Ruiz, a customer.'));
    await rootNamed(quoteTree, 'Ana Ruiz');
  });

  it('is empty (welcome message) for a document that is not a draft', async () => {
    const { quoteTree } = await api();
    const doc = await openFixture(SPAT);
    await checked(doc);
    await rootNamed(quoteTree, 'Tillerson');
    await openFixture('notes.json');
    await waitFor('an empty outline', async () => (await roots(quoteTree)).length === 0);
  });

  it('is the source of the Outline: quotes as document symbols grouped by speaker', async () => {
    const doc = await openFixture(SPAT);
    await checked(doc);
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length > 0 ? s : undefined;
    });
    const tillerson = symbols.find((s) => s.name.includes('Tillerson'));
    assert.ok(tillerson, JSON.stringify(symbols.map((s) => s.name)));
    assert.equal(tillerson.children.length, 5);
    const quotes = quoteSheet(doc.getText(), extractQuotes(readDraft(doc.getText()))).find((g) => g.speaker?.includes('Tillerson'))!.quotes;
    assert.deepEqual(
      tillerson.children.map((c) => [doc.offsetAt(c.selectionRange.start), doc.offsetAt(c.selectionRange.end)]),
      quotes.map((q) => [q.start, q.end]),
    );
  });

  it('copies the quote sheet to the clipboard as Markdown, as the command line prints it', async () => {
    const doc = await openFixture('quotes.draft');
    await checked(doc);
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand('copydesk.copyQuoteSheet');
    const text = await waitFor('the quote sheet on the clipboard', async () => (await vscode.env.clipboard.readText()) || undefined);
    const sheet = quoteSheet(doc.getText(), extractQuotes(readDraft(doc.getText())));
    assert.ok(text.includes(quoteSheetMarkdown('x', sheet).split('\n').slice(1).join('\n').trim()), text);
    assert.ok(text.startsWith('# Quotes in '), text);
  });

  it('the show and refresh commands run', async () => {
    const { quoteTree } = await api();
    await openFixture('quotes.draft');
    await vscode.commands.executeCommand('copydesk.showQuotes');
    await vscode.commands.executeCommand('copydesk.refreshQuotes');
    await rootNamed(quoteTree, 'Maria Lopez');
  });
});

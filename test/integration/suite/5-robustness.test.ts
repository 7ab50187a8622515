import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, checked, findingCount, closeAll, codeOf, engineFindings, offsets, openUntitled, waitFor } from '../helpers';

/** ~`words` words of varied, hand-made news copy, with one slip per paragraph. */
function bigDraft(words: number): string {
  const subjects = ['The council', 'A spokesman', 'The ministry', 'Residents', 'The company', 'Police', 'The mayor', 'Teachers'];
  const verbs = ['said', 'reported', 'announced', 'confirmed', 'denied', 'noted'];
  const objects = ['the budget', 'a new plan', 'the delays', 'the vote', 'the contract', 'the results', 'repairs', 'a survey'];
  const paras: string[] = ['A Very Long Draft'];
  let count = 3;
  for (let p = 0; count < words; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 6; s++) {
      const i = p * 7 + s * 3;
      sentences.push(
        `${subjects[i % subjects.length]} ${verbs[(i >> 1) % verbs.length]} on day ${p} that ${objects[(i * 5) % objects.length]} in district ${p * 6 + s} would cost ${((p * 37 + s * 11) % 900) + 100} thousand.`,
      );
    }
    if (p % 10 === 0) sentences.push(`The board was at odds from the union in round ${p}.`);
    const para = sentences.join(' ');
    count += para.split(/\s+/).length;
    paras.push(para);
  }
  return paras.join('\n\n') + '\n';
}

describe('robustness', () => {
  afterEach(closeAll);

  it('a 100,000-word draft is checked without freezing the extension host', async function () {
    this.timeout(120_000);
    const a = await api();
    const text = bigDraft(100_000);
    let maxGap = 0;
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 10);
    try {
      const started = Date.now();
      const doc = await openUntitled(text);
      await checked(doc, 60_000);
      const elapsed = Date.now() - started;
      const findings = findingCount(a.lastResult(doc.uri.toString()))!;
      console.log(`    large draft: ${text.split(/\s+/).length} words, ${findings} findings, checked in ${elapsed} ms, longest event-loop block ${maxGap} ms`);
      assert.ok(findings > 0);
      assert.ok(maxGap < 3000, `the extension host was blocked for ${maxGap} ms`);
      // still responsive to typing
      const editor = vscode.window.activeTextEditor!;
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'Updated: '));
      await checked(doc, 60_000);
    } finally {
      clearInterval(timer);
    }
  });

  it('edits racing a check never leave stale diagnostics', async function () {
    this.timeout(60_000);
    const base = 'Race\n\nThe two sides were at odds from the start of the talks.\n\nNothing else happened.\n';
    const doc = await openUntitled(base);
    await checked(doc);
    const editor = vscode.window.activeTextEditor!;
    // A burst of edits, some while a check may be running: insert and remove slips
    // and lines so every intermediate result has different ranges.
    for (let i = 0; i < 25; i++) {
      if (i % 3 === 0) await editor.edit((b) => b.insert(new vscode.Position(2, 0), `Line ${i} was at odds from plan.\n`));
      else if (i % 3 === 1) await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'x'));
      else await editor.edit((b) => b.delete(new vscode.Range(2, 0, 3, 0)));
      if (i % 5 === 0) await new Promise((r) => setImmediate(r));
    }
    const diags = await checked(doc);
    const text = doc.getText();
    const expected = engineFindings(text)
      .map((f) => `${f.rule}@${f.start}-${f.end}`)
      .sort();
    const actual = diags.map((d) => `${codeOf(d)}@${offsets(doc, d.range).join('-')}`).sort();
    assert.deepEqual(actual, expected);
    // and nothing changes afterwards (no late result from an older version)
    const a = await api();
    let late = false;
    const sub = a.onDidCheck((e) => {
      if (e.uri === doc.uri.toString() && e.version !== doc.version) late = true;
    });
    try {
      const settleUntil = Date.now() + 1000;
      await waitFor('a quiet second', () => Date.now() > settleUntil, 5000);
      assert.equal(late, false, 'a result for an older version was published');
      const now = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'copydesk');
      assert.deepEqual(now.map((d) => `${codeOf(d)}@${offsets(doc, d.range).join('-')}`).sort(), expected);
    } finally {
      sub.dispose();
    }
  });

  it('awkward text (CRLF, emoji, combining marks, unbalanced quotes, control characters) never breaks the check', async () => {
    const text = 'Head\r\n\r\n“Unbalanced quote 👩‍👩‍👧 with e\u0301 marks was at odds from\r\n\u0000\u0007\uFFFD junk \uD83D\r\n“”“ said.\r\n';
    const doc = await openUntitled(text);
    const diags = await checked(doc);
    for (const d of diags) {
      const [s, e] = offsets(doc, d.range);
      assert.ok(s >= 0 && e <= doc.getText().length && s <= e);
    }
    const expected = engineFindings(doc.getText())
      .map((f) => `${f.rule}@${f.start}-${f.end}`)
      .sort();
    assert.deepEqual(diags.map((d) => `${codeOf(d)}@${offsets(doc, d.range).join('-')}`).sort(), expected);
  });

  it('an empty document has no findings', async () => {
    const doc = await openUntitled('');
    const diags = await checked(doc);
    assert.deepEqual(diags, []);
  });
});

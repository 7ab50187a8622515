import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CancelSignal, ExtractHost } from '../../../src/extension/extractHost';

const EXTRACT = path.resolve('dist', 'extract.js');

/** A page written for these tests: an article among site furniture. */
function page(paragraphs: number): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i + 1}: the council met on Tuesday and voted to keep the library open late through the winter, its members said.</p>`,
  ).join('');
  return `<!doctype html><html><head><title>Library stays open | Town Crier</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Library stays open</h1><h2>Late hours kept</h2>${body}</article>
<footer><p>Copyright Town Crier. All rights reserved.</p></footer></body></html>`;
}

/** A cancellation token the test fires by hand. */
function signal() {
  const listeners = new Set<() => void>();
  const s: CancelSignal & { cancel(): void } = {
    isCancellationRequested: false,
    onCancellationRequested(listener) {
      listeners.add(listener);
      return { dispose: () => listeners.delete(listener) };
    },
    cancel() {
      (s as { isCancellationRequested: boolean }).isCancellationRequested = true;
      for (const l of [...listeners]) l();
    },
  };
  return s;
}

/** A stand-in extraction bundle: `extractArticle` runs `body` (html, options in scope). */
function fakeModule(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-extract-'));
  const file = path.join(dir, 'extract.js');
  fs.writeFileSync(file, `exports.extractArticle = (html, options) => { ${body} };\n`);
  return file;
}

describe('ExtractHost', () => {
  let host: ExtractHost | undefined;
  afterEach(() => host?.dispose());

  it('extracts the article in a worker thread, as Markdown or plain paragraphs', async () => {
    assert.ok(fs.existsSync(EXTRACT), 'dist/extract.js is missing: run `npm run build` first');
    // Other tests in this process may have loaded the bundle; forget it, to see whether the host loads it here.
    for (const k of Object.keys(require.cache)) if (k.endsWith(`${path.sep}extract.js`)) delete require.cache[k];
    host = new ExtractHost(EXTRACT);
    const md = await host.extract({ html: page(3), format: 'markdown', title: false });
    assert.ok(md);
    assert.match(md.text, /^## Late hours kept$/m);
    assert.match(md.text, /^Paragraph 3: the council met/m);
    assert.doesNotMatch(md.text, /Sport|All rights reserved/);
    const text = await host.extract({ html: page(3), format: 'text', title: true });
    assert.ok(text);
    assert.doesNotMatch(text.text, /^#/m);
    assert.match(text.text, /\n\nParagraph 1: /);
    assert.equal(host.workerRunning, true);
    // The extraction bundle is loaded by the worker only, never by the thread that calls it.
    assert.equal(
      Object.keys(require.cache).some((k) => k.endsWith(`${path.sep}extract.js`)),
      false,
    );
  });

  it("keeps the caller's thread free while a large page is read", async () => {
    host = new ExtractHost(EXTRACT);
    const big = page(4000);
    assert.ok(big.length > 500_000);
    let ticks = 0;
    let worstGap = 0;
    let last = Date.now();
    const timer = setInterval(() => {
      const now = Date.now();
      worstGap = Math.max(worstGap, now - last);
      last = now;
      ticks++;
    }, 5);
    try {
      const result = await host.extract({ html: big, format: 'text', title: false });
      assert.ok(result && result.text.includes('Paragraph 4000:'));
    } finally {
      clearInterval(timer);
    }
    assert.ok(ticks > 5, `the timer ran ${ticks} times during the extraction`);
    // Generous for a loaded machine: the extraction itself takes far longer than this in one piece.
    assert.ok(worstGap < 400, `the caller's thread stalled for ${worstGap} ms`);
  });

  it('drops a job cancelled while it waits, and stops one cancelled while it runs', async () => {
    host = new ExtractHost(
      fakeModule(`if (html === 'slow') { const end = Date.now() + 5000; while (Date.now() < end); } return { text: html.toUpperCase(), title: null, source: 'fake' };`),
    );
    const runningToken = signal();
    const waitingToken = signal();
    const running = host.extract({ html: 'slow', format: 'text', title: false }, runningToken);
    const waiting = host.extract({ html: 'waiting', format: 'text', title: false }, waitingToken);
    const after = host.extract({ html: 'after', format: 'text', title: false });
    waitingToken.cancel();
    assert.equal(await waiting, undefined);
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    runningToken.cancel();
    assert.equal(await running, undefined);
    assert.ok(Date.now() - started < 1000, 'the cancelled job did not wait for the slow extraction');
    // The next job runs in a fresh worker.
    assert.deepEqual(await after, { text: 'AFTER', title: null, source: 'fake' });
  });

  it('answers undefined at once for a token already cancelled', async () => {
    host = new ExtractHost(fakeModule(`return { text: html, title: null, source: 'fake' };`));
    const token = signal();
    token.cancel();
    assert.equal(await host.extract({ html: 'x', format: 'text', title: false }, token), undefined);
    assert.equal(host.workerRunning, false);
  });

  it('fails a job over the time limit, and the next job still runs', async () => {
    // Long enough for a worker to start on a loaded machine, short for a test.
    const timeoutMs = 2500;
    host = new ExtractHost(fakeModule(`if (html === 'hang') for (;;); return { text: html, title: null, source: 'fake' };`), () => undefined, { timeoutMs });
    await assert.rejects(host.extract({ html: 'hang', format: 'text', title: false }), /took over 2\.5 s/);
    assert.deepEqual(await host.extract({ html: 'ok', format: 'text', title: false }), { text: 'ok', title: null, source: 'fake' });
  });

  it('reports an extraction that throws, or a bundle that is missing, as an error', async () => {
    host = new ExtractHost(fakeModule(`throw new Error('broken page');`));
    await assert.rejects(host.extract({ html: '<p>x', format: 'text', title: false }), /broken page/);
    host.dispose();
    host = new ExtractHost(path.join(os.tmpdir(), 'no-such-dir', 'extract.js'));
    await assert.rejects(host.extract({ html: '<p>x', format: 'text', title: false }), /Cannot find module/);
  });

  it('runs in process when asked (where no worker can start), with the same result', async () => {
    host = new ExtractHost(EXTRACT, () => undefined, { inProcess: true });
    const inProcess = await host.extract({ html: page(2), format: 'markdown', title: true });
    const worker = new ExtractHost(EXTRACT);
    try {
      assert.deepEqual(inProcess, await worker.extract({ html: page(2), format: 'markdown', title: true }));
    } finally {
      worker.dispose();
    }
    assert.equal(host.workerRunning, false);
  });

  it("passes on the extraction's one-line reason for a page it cannot read, in a worker and in process", async () => {
    const notHtml = 'Just words, no tags at all.';
    host = new ExtractHost(EXTRACT);
    const viaWorker = await host.extract({ html: notHtml, format: 'text', title: true });
    assert.equal(viaWorker?.text, '');
    assert.match(viaWorker?.problem ?? '', /not HTML/);
    const inProcess = new ExtractHost(EXTRACT, () => undefined, { inProcess: true });
    try {
      assert.deepEqual(await inProcess.extract({ html: notHtml, format: 'text', title: true }), viaWorker);
    } finally {
      inProcess.dispose();
    }
  });

  it('stops its worker when idle, and starts one again for the next job', async () => {
    host = new ExtractHost(fakeModule(`return { text: html, title: null, source: 'fake' };`), () => undefined, { idleMs: 50 });
    await host.extract({ html: 'a', format: 'text', title: false });
    assert.equal(host.workerRunning, true);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(host.workerRunning, false);
    assert.deepEqual(await host.extract({ html: 'b', format: 'text', title: false }), { text: 'b', title: null, source: 'fake' });
  });

  it('answers pending jobs with undefined when disposed', async () => {
    host = new ExtractHost(fakeModule(`const end = Date.now() + 2000; while (Date.now() < end); return { text: html, title: null, source: 'fake' };`));
    const a = host.extract({ html: 'a', format: 'text', title: false });
    const b = host.extract({ html: 'b', format: 'text', title: false });
    host.dispose();
    assert.deepEqual(await Promise.all([a, b]), [undefined, undefined]);
    assert.equal(await host.extract({ html: 'c', format: 'text', title: false }), undefined);
  });
});

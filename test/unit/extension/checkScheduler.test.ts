import assert from 'node:assert/strict';
import { CheckScheduler } from '../../../src/extension/checkScheduler';
import type { CheckOptions, Finding } from '../../../src/engine/types';

/** A stand-in engine: one finding per "x" in the text; records its calls. */
function fakeEngine() {
  const calls: { text: string; options: CheckOptions }[] = [];
  const engine = (text: string, options: CheckOptions) => {
    calls.push({ text, options });
    const findings: Finding[] = [];
    for (let i = text.indexOf('x'); i >= 0; i = text.indexOf('x', i + 1)) {
      findings.push({ rule: 'grammar/x', category: 'grammar', severity: 'warning', message: 'x', start: i, end: i + 1, fixes: [], related: [] });
    }
    return { findings, quotes: [], errors: [] };
  };
  return { engine, calls };
}

const CONFIG = { options: {}, maxBytes: 1000 };

describe('CheckScheduler', () => {
  it('checks a document version and keeps the result', async () => {
    const { engine } = fakeEngine();
    const checker = new CheckScheduler(CONFIG, engine);
    const result = await checker.run('file:///a', 1, 'x y x');
    assert.equal(result?.version, 1);
    assert.deepEqual(
      result?.findings.map((f) => f.start),
      [0, 4],
    );
    assert.equal(checker.lastResult('file:///a'), result);
  });

  it('drops the result of an older version when a newer one was asked for meanwhile', async () => {
    const { engine } = fakeEngine();
    const checker = new CheckScheduler(CONFIG, engine);
    const older = checker.run('file:///a', 1, 'x');
    const newer = checker.run('file:///a', 2, 'x x');
    assert.equal(await older, undefined);
    assert.equal((await newer)?.findings.length, 2);
    assert.equal(await checker.run('file:///a', 1, 'x'), undefined, 'a request for an old version is refused');
    assert.equal(checker.lastResult('file:///a')?.version, 2);
  });

  it('drops the result of a document closed while it was being checked', async () => {
    const checker = new CheckScheduler(CONFIG, fakeEngine().engine);
    const pending = checker.run('file:///a', 1, 'x');
    checker.forget('file:///a');
    assert.equal(await pending, undefined);
    assert.equal(checker.lastResult('file:///a'), undefined);
  });

  it('debounces: only the last of several quick requests is checked', async () => {
    const { engine, calls } = fakeEngine();
    const checker = new CheckScheduler(CONFIG, engine);
    const a = checker.schedule('file:///a', 1, () => 'x', 5);
    const b = checker.schedule('file:///a', 2, () => 'x x', 5);
    const c = checker.schedule('file:///a', 3, () => 'x x x', 5);
    assert.deepEqual(await Promise.all([a, b, c]).then((r) => r.map((x) => x?.findings.length)), [undefined, undefined, 3]);
    assert.deepEqual(
      calls.map((x) => x.text),
      ['x x x'],
    );
  });

  it('cancels a scheduled check when the document closes', async () => {
    const { engine, calls } = fakeEngine();
    const checker = new CheckScheduler(CONFIG, engine);
    const pending = checker.schedule('file:///a', 1, () => 'x', 5);
    checker.forget('file:///a');
    assert.equal(await pending, undefined);
    assert.equal(calls.length, 0);
  });

  it('keeps documents apart', async () => {
    const checker = new CheckScheduler(CONFIG, fakeEngine().engine);
    const [a, b] = await Promise.all([checker.run('file:///a', 1, 'x'), checker.run('file:///b', 1, 'x x')]);
    assert.equal(a?.findings.length, 1);
    assert.equal(b?.findings.length, 2);
  });

  it('checks with the options of the settings, and drops results made under old settings', async () => {
    const { engine, calls } = fakeEngine();
    const checker = new CheckScheduler(CONFIG, engine);
    const pending = checker.run('file:///a', 1, 'x');
    checker.configure({ options: { categories: { grammar: false } }, maxBytes: 1000 });
    assert.equal(await pending, undefined);
    assert.equal(checker.lastResult('file:///a'), undefined);
    await checker.run('file:///a', 1, 'x');
    assert.deepEqual(calls[calls.length - 1].options, { categories: { grammar: false } });
  });

  it('does not check again a version already being checked', async () => {
    const { engine, calls } = fakeEngine();
    const checker = new CheckScheduler(CONFIG, engine);
    const pending = checker.run('file:///a', 1, 'x');
    const again = checker.run('file:///a', 1, 'x');
    assert.equal(await pending, await again);
    assert.equal(calls.length, 1);
  });

  it('a code-action request (run) does not cancel the scheduled check that publishes', async () => {
    const { engine, calls } = fakeEngine();
    const checker = new CheckScheduler(CONFIG, engine);
    const scheduled = checker.schedule('file:///a', 2, () => 'x x', 5);
    const now = await checker.run('file:///a', 2, 'x x');
    assert.equal(await scheduled, now);
    assert.equal(calls.length, 1);
  });

  it('reuses the result for the same version and computes one for a new version', async () => {
    const { engine, calls } = fakeEngine();
    const checker = new CheckScheduler(CONFIG, engine);
    const first = await checker.run('file:///a', 1, 'x');
    assert.equal(await checker.run('file:///a', 1, 'x'), first);
    assert.equal(calls.length, 1);
    assert.equal((await checker.run('file:///a', 2, 'x x'))?.findings.length, 2);
    assert.equal(calls.length, 2);
  });

  it('passes the document key to the engine, and tells when a document is forgotten', async () => {
    const keys: string[] = [];
    const forgotten: string[] = [];
    const checker = new CheckScheduler(
      CONFIG,
      (_text, _o, key) => (keys.push(key), { findings: [], quotes: [], errors: [] }),
      undefined,
      (key) => forgotten.push(key),
    );
    await checker.run('file:///a', 1, 'x');
    checker.forget('file:///a');
    assert.deepEqual(keys, ['file:///a']);
    assert.deepEqual(forgotten, ['file:///a']);
  });

  it('drops a request the engine gave up for a newer one', async () => {
    const checker = new CheckScheduler(CONFIG, () => undefined);
    assert.equal(await checker.run('file:///a', 1, 'x'), undefined);
    assert.equal(checker.lastResult('file:///a'), undefined);
  });

  it('skips documents over the byte cap without calling the engine', async () => {
    const { engine, calls } = fakeEngine();
    const checker = new CheckScheduler({ options: {}, maxBytes: 10 }, engine);
    const result = await checker.run('file:///big', 1, '—'.repeat(4));
    assert.deepEqual(result, {
      version: 1,
      findings: [],
      quotes: [],
      errors: [],
      skipped: 'not checked: the file is over the 10-byte limit (copydesk.maxFileSize)',
    });
    assert.equal(calls.length, 0);
  });

  it('reports an engine that throws as an error instead of throwing', async () => {
    const checker = new CheckScheduler(CONFIG, () => {
      throw new Error('boom');
    });
    const result = await checker.run('file:///a', 1, 'x');
    assert.deepEqual(result?.findings, []);
    assert.equal(result?.errors.length, 1);
    assert.equal(result?.errors[0].detector, 'engine');
    assert.match(result?.errors[0].message ?? '', /^Error: boom/);
  });

  it('runs the real engine by default, on awkward input', async () => {
    const checker = new CheckScheduler(CONFIG);
    for (const [i, text] of ['', '\r\n\r\n', '“unbalanced', '\u0000\ufffd\ud83d', 'e\u0301😀'].entries()) {
      const result = await checker.run(`untitled:${i}`, 1, text);
      assert.ok(result, JSON.stringify(text));
      assert.deepEqual(result.errors, [], JSON.stringify(text));
      for (const f of result.findings) assert.ok(f.start >= 0 && f.end <= text.length);
    }
  });
});

describe('CheckScheduler.peek', () => {
  it('returns the result for exactly this version, without checking', async () => {
    const { engine, calls } = fakeEngine();
    const checker = new CheckScheduler(CONFIG, engine);
    assert.equal(checker.peek('file:///a', 1), undefined);
    const result = await checker.run('file:///a', 1, 'x');
    assert.equal(checker.peek('file:///a', 1), result);
    assert.equal(checker.peek('file:///a', 2), undefined);
    checker.configure(CONFIG);
    assert.equal(checker.peek('file:///a', 1), undefined);
    assert.equal(calls.length, 1);
  });
});

describe('CheckScheduler.run sharing', () => {
  it('checks a version once when it is asked for twice at the same time', async () => {
    const { engine, calls } = fakeEngine();
    const checker = new CheckScheduler(CONFIG, engine);
    const a = checker.run('file:///a', 1, 'x');
    const b = checker.run('file:///a', 1, 'x');
    assert.equal(a, b);
    assert.equal((await a)?.findings.length, 1);
    assert.equal(calls.length, 1);
    assert.equal(await checker.run('file:///a', 1, 'x'), await a, 'a later request for the same version reuses the result');
    assert.equal(calls.length, 1);
    await checker.run('file:///a', 2, 'x');
    assert.equal(calls.length, 2);
  });
});

describe('CheckScheduler onResult', () => {
  it('reports every kept result once, whoever asked for it', async () => {
    const { engine } = fakeEngine();
    const seen: string[] = [];
    const checker = new CheckScheduler(CONFIG, engine, (key, r) => seen.push(`${key}@${r.version}:${r.findings.length}`));
    await checker.run('file:///a', 1, 'x');
    await checker.run('file:///a', 1, 'x');
    await checker.run('file:///a', 2, 'x x');
    await checker.schedule('file:///a', 3, () => 'x x x', 1);
    assert.deepEqual(seen, ['file:///a@1:1', 'file:///a@2:2', 'file:///a@3:3']);
  });

  it('does not report a result that was superseded or whose document closed', async () => {
    const { engine } = fakeEngine();
    const seen: number[] = [];
    const checker = new CheckScheduler(CONFIG, engine, (_key, r) => seen.push(r.version));
    const old = checker.run('file:///a', 1, 'x');
    const pendingNew = checker.run('file:///a', 2, 'x');
    await Promise.all([old, pendingNew]);
    const closed = checker.run('file:///b', 1, 'x');
    checker.forget('file:///b');
    await closed;
    assert.deepEqual(seen, [2]);
  });

  it('a check asked for while a debounced one waits does not cancel it, and the result is reported once', async () => {
    const { engine, calls } = fakeEngine();
    const seen: number[] = [];
    const checker = new CheckScheduler(CONFIG, engine, (_key, r) => seen.push(r.version));
    const scheduled = checker.schedule('file:///a', 2, () => 'x', 5);
    const direct = await checker.run('file:///a', 2, 'x');
    assert.equal(await scheduled, direct);
    assert.equal(calls.length, 1);
    assert.deepEqual(seen, [2]);
  });
});

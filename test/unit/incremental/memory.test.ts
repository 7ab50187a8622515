import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { check } from '../../../src/engine/check';
import { createChecker } from '../../../src/engine/incremental';

const root = join(__dirname, '../../../..');
const SAMPLES = ['samples/us-russia-spat.txt', 'samples/tillerson-putin-scraped.txt'].map((f) => readFileSync(join(root, f), 'utf8'));

/** A full garbage collection, made available to this test alone. */
function collect(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('incremental: memory follows the document', () => {
  it('keeps no earlier version of the draft alive, however many edits are checked', function () {
    this.timeout(60_000);
    const gc = collect();
    // A long draft (about 400,000 characters) with revised passages, repeats, quotes and furniture,
    // so every detector keeps findings and state; each older version would cost about that much again.
    const parts: string[] = [];
    for (let i = 0; parts.join('\n\n').length < 400_000; i++) parts.push(SAMPLES[i % 2].replace(/Tillerson/g, i % 3 ? 'Tillerson' : 'the secretary'));
    let text = parts.join('\n\n');
    const checker = createChecker();
    checker.check(text);
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    const edit = (i: number) => {
      // Edits all over the draft, each changing a word of one paragraph into a long one (so a copy of
      // the paragraph elsewhere becomes a revised passage, whose message quotes the change).
      const at = text.indexOf(' said', (i * 7919) % (text.length - 10));
      const cut = at < 0 ? text.indexOf(' said') : at;
      text = `${text.slice(0, cut)} ${i % 2 ? 'counterclaimed' : 'reiterated-again'}${text.slice(cut + 5)}`;
      checker.check(text);
    };
    for (let i = 0; i < 10; i++) edit(i);
    const before = heap();
    for (let i = 10; i < 50; i++) edit(i);
    const growth = heap() - before;
    // Forty edits: were each version of the text kept (by a slice in a kept message, say), this would
    // grow by 40 times the draft's size or more; what a few more findings and words cost is far less.
    assert.ok(growth < 8 * text.length, `the heap grew by ${(growth / 1e6).toFixed(1)} MB over 40 edits of a ${(text.length / 1e6).toFixed(1)} M-character draft`);
  });

  it("keeps no result alive once its caller lets it go; the same text checked again gives check()'s result", async function () {
    this.timeout(60_000);
    const gc = collect();
    const checker = createChecker();
    const text = SAMPLES[1];
    const ref = new WeakRef(checker.check(text));
    // A WeakRef's target lives until the current job ends: let it end, then collect.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    assert.equal(ref.deref(), undefined, 'the checker keeps a result its caller let go');
    assert.deepStrictEqual(checker.check(text), check(text));
    assert.deepStrictEqual(checker.check(text), check(text), 'checked a third time');
  });
});

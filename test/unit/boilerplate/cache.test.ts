import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ContentCache } from '../../../src/engine/cache';
import { readDraft, readDraftAfter, type Draft } from '../../../src/engine/draft';

/** The content-keyed cache boilerplate keeps its line readings in (src/engine/cache.ts). */
describe('ContentCache', () => {
  it('computes a key once, wherever its item moves, and shares it between equal items', () => {
    let computed = 0;
    const cache = new ContentCache((text) => {
      computed++;
      return { length: text.length };
    });
    const a = cache.get('One line.');
    assert.equal(cache.get('One line.'), a);
    cache.get('Another line.');
    assert.equal(computed, 2);
    assert.equal(cache.find('One line.'), a);
    assert.equal(cache.find('Never seen.'), undefined);
  });

  it('is filled with add when it has no compute of its own', () => {
    const cache = new ContentCache<{ n: number }>();
    assert.equal(cache.find('k'), undefined);
    const v = cache.add('k', { n: 1 });
    assert.equal(cache.find('k'), v);
    assert.throws(() => cache.get('other'));
  });

  it('keeps only the current items once more were computed than the draft has items', () => {
    const cache = new ContentCache((text) => ({ text }));
    for (const k of ['a', 'b', 'c']) cache.get(k);
    cache.trim(3, () => ['a', 'b', 'c']);
    assert.equal(cache.size, 3, 'no more computed than items: nothing dropped');
    for (const k of ['d', 'e', 'f', 'g']) cache.get(k);
    cache.trim(3, () => ['a', 'f', 'g']);
    assert.equal(cache.size, 3);
    assert.ok(cache.find('a') && cache.find('f') && cache.find('g'));
    assert.equal(cache.find('b'), undefined);
  });

  it('gives the value of every line of the current draft after any sequence of edits, and holds no more than two drafts of values', () => {
    const PIECE = fc.constantFrom('\n', '\r\n', '\n\n', ' ', 'word', 'Sentence.', 'lower', 'X');
    const TEXT = fc.array(PIECE, { maxLength: 30 }).map((p) => p.join(''));
    const EDIT = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.array(PIECE, { maxLength: 4 }).map((p) => p.join('')) });
    fc.assert(
      fc.property(TEXT, fc.array(EDIT, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const cache = new ContentCache((text) => ({ upper: text.toUpperCase() }));
        let draft: Draft = readDraft(start);
        let most = 0;
        for (const e of [undefined, ...edits]) {
          if (e) {
            const at = e.at % (draft.text.length + 1);
            draft = readDraftAfter(draft, draft.text.slice(0, at) + e.insert + draft.text.slice(at + e.remove));
          }
          assert.deepEqual(
            draft.lines.map((l) => cache.get(l.text).upper),
            draft.lines.map((l) => l.text.toUpperCase()),
          );
          cache.trim(draft.lines.length, () => draft.lines.map((l) => l.text));
          most = Math.max(most, draft.lines.length);
          assert.ok(cache.size <= 2 * most);
        }
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});

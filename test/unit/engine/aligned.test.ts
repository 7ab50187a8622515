import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AlignedCache } from '../../../src/engine/aligned';
import { readDraft, readDraftAfter, type Draft } from '../../../src/engine/draft';

describe('AlignedCache', () => {
  const PIECE = fc.constantFrom('\n', '\r\n', '\n\n', ' ', 'word', 'Sentence.', 'lower', 'X');
  const TEXT = fc.array(PIECE, { maxLength: 30 }).map((p) => p.join(''));
  const EDIT = fc.record({ at: fc.nat(), remove: fc.nat({ max: 8 }), insert: fc.array(PIECE, { maxLength: 4 }).map((p) => p.join('')) });

  it('gives the values of every line and paragraph of the current draft, after any sequence of edits', () => {
    fc.assert(
      fc.property(TEXT, fc.array(EDIT, { minLength: 1, maxLength: 6 }), (start, edits) => {
        const lines = new AlignedCache('lines', (l) => `${l.text}|${l.blank}`);
        const paragraphs = new AlignedCache('paragraphs', (p) => p.text.toUpperCase());
        let draft: Draft = readDraft(start);
        for (const e of [undefined, ...edits]) {
          if (e) {
            const at = e.at % (draft.text.length + 1);
            draft = readDraftAfter(draft, draft.text.slice(0, at) + e.insert + draft.text.slice(at + e.remove));
          }
          assert.deepEqual(lines.update(draft), draft.lines.map((l) => `${l.text}|${l.blank}`));
          assert.deepEqual(paragraphs.update(draft), draft.paragraphs.map((p) => p.text.toUpperCase()));
        }
      }),
      { seed: 20261122, numRuns: 1000 },
    );
  });

  it('computes only the changed paragraph after an edit, and starts afresh for a draft it did not follow', () => {
    let computed = 0;
    const cache = new AlignedCache('paragraphs', (p) => {
      computed++;
      return p.text.length;
    });
    const text = 'One.\n\nTwo two.\n\nThree three three.';
    const first = readDraft(text);
    cache.update(first);
    assert.equal(computed, 3);
    computed = 0;
    const second = readDraftAfter(first, text.replace('Two two', 'Two'));
    assert.deepEqual(cache.update(second), [4, 4, 18]);
    assert.equal(computed, 1);
    computed = 0;
    cache.update(readDraftAfter(first, text));
    assert.equal(computed, 3);
  });
});

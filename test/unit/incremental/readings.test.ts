import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readDraft } from '../../../src/engine/draft';
import { GenerationalMemo } from '../../../src/engine/incremental';
import { tokenize, tokenizeDraft } from '../../../src/engine/quotes/tokens';
import { readTokens } from '../../../src/engine/rules/duplicate/tokens';

// Pieces that stress paragraph edges: words, joiners, marks, sentence ends, blank and zero-width lines, junk.
const PIECES = ['Rex', 'Tillerson', 'said', 'the', 'U.S.', 'don’t', "it's", 'al-Assad', 'e\u0301', '😀', '“', '”', '"', '.', '. ', '? ', ', ', ' ', '\t', '\n', '\r\n', '\r', '\n\n', '\n\u200b\n', '\ufeff', '\u00a0', '\u0000', '\ud800', '\udc00', 'Mr.', 'A.', '5\'10"'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 150 }).map((a) => a.join(''));

describe('incremental: paragraph-by-paragraph readings equal whole-draft readings', () => {
  it('duplicate tokens and sentences, with a cold and a warm memo', () => {
    const memo = new GenerationalMemo();
    fc.assert(
      fc.property(text, (t) => {
        const draft = readDraft(t);
        const whole = readTokens(draft);
        assert.deepStrictEqual(readTokens(draft, memo), whole);
        assert.deepStrictEqual(readTokens(draft, memo), whole);
        memo.endCheck();
      }),
      { numRuns: 300 },
    );
  });

  it('quote tokens, paragraph by paragraph, are those of the whole text', () => {
    const memo = new GenerationalMemo();
    fc.assert(
      fc.property(text, text, (a, b) => {
        for (const t of [a, `${b}\n\n${a}`, a]) {
          const draft = readDraft(t);
          assert.deepStrictEqual(tokenizeDraft(draft, memo), tokenize(t));
          memo.endCheck();
        }
      }),
      { numRuns: 300 },
    );
  });
});

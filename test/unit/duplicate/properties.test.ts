import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readDraft } from '../../../src/engine/draft';
import { applyEdits } from '../../../src/engine/edits';
import { readTokens, sentenceSpans, tokenize } from '../../../src/engine/rules/duplicate/tokens';
import { dups } from './helpers';

// Pieces that stress the reader: words, joiners, quotes, marks, emoji, line breaks, junk.
const PIECES = ['the', 'cat', 'Sat', 'on', 'mat', 'rates', '2,000', 'U.S.', 'don’t', "it's", 'tight-lipped', 'Cafe\u0301', 'naïve', '😀', '🇺🇸', '“', '”', '"', "'", '’', '-', '—', '.', '. ', '? ', '! ', ', ', ' ', '  ', '\n', '\r\n', '\n\n', '\r', '\u0000', '\ufffd', '\ud800', '\udc00', 'Mr.', 'A.'];
const draftText = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));
const WORDS = ['mayor', 'council', 'river', 'Monday', 'said', 'bridge', 'votes', 'closed', 'early', 'rain', 'budget', 'school'];
/** Mostly words, with some of the pieces above mixed in. */
const wordy = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...WORDS) }, { weight: 1, arbitrary: fc.constantFrom(...PIECES) }), { minLength: 12, maxLength: 60 })
  .map((a) => a.join(' '));
/** Drafts that repeat a chunk of themselves, with a few pieces changed. */
const repeating = fc
  .tuple(wordy, draftText, fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }))
  .map(([a, b, noise]) => `${a}\n\n${b}\n\n${a}${noise.join('')}\n\n${a}`);

const splitsPair = (text: string, o: number) => /[\ud800-\udbff]/.test(text[o - 1] ?? '') && /[\udc00-\udfff]/.test(text[o] ?? '');

describe('duplicate: properties of any input', () => {
  it('reads the same words as the WORD expression, sentence by sentence', () => {
    fc.assert(
      fc.property(draftText, (text) => {
        const draft = readDraft(text);
        const r = readTokens(draft);
        const expected = draft.paragraphs.flatMap((p) => sentenceSpans(text, p.start, p.end).flatMap((s) => tokenize(text, s.start, s.end).map((t) => [t.start, t.end])));
        assert.deepEqual(r.start.map((s, t) => [s, r.end[t]]), expected);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, keeps every range inside the text and whole surrogate pairs, and its fixes apply', () => {
    let found = 0;
    fc.assert(
      fc.property(fc.oneof(draftText, repeating), (text) => {
        const findings = dups(text);
        found += findings.length;
        for (const f of findings) {
          for (const r of [f, ...f.related, ...f.fixes.flatMap((x) => x.edits)]) {
            assert.ok(r.start >= 0 && r.start <= r.end && r.end <= text.length);
            assert.ok(!splitsPair(text, r.start) && !splitsPair(text, r.end));
          }
          for (const fix of f.fixes) assert.equal(typeof applyEdits(text, fix.edits), 'string');
        }
      }),
      { numRuns: 300 },
    );
    // The generated repeats do produce findings, so the checks above ran on real ones.
    assert.ok(found > 20, `only ${found} findings`);
  });
});

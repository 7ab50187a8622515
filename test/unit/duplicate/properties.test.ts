import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readDraft } from '../../../src/engine/draft';
import { applyEdits } from '../../../src/engine/edits';
import { foldForRepeat, repeatHash, sameRepeat } from '../../../src/engine/detectors/duplicate/exact';
import { findDuplicates } from '../../../src/engine/detectors/duplicate';
import { KeptStore, OneCheckStore } from '../../../src/engine/detectors/duplicate/store';
import { sentenceSpans } from '../../../src/engine/detectors/duplicate/sentences';
import { countWords, readParagraphIds, readParagraphsIds, readTokens, tokenize } from '../../../src/engine/detectors/duplicate/tokens';
import { foldWord, WordIds } from '../../../src/engine/detectors/duplicate/word-ids';
import { dups } from './helpers';

// Pieces that stress the reader: words, joiners, quotes, marks, emoji, line breaks, junk.
const PIECES = [
  'the',
  'cat',
  'Sat',
  'on',
  'mat',
  'rates',
  '2,000',
  'U.S.',
  'don’t',
  "it's",
  'tight-lipped',
  'Cafe\u0301',
  'naïve',
  '😀',
  '🇺🇸',
  '“',
  '”',
  '"',
  "'",
  '’',
  '-',
  '—',
  '.',
  '. ',
  '? ',
  '! ',
  ', ',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\n\n',
  '\r',
  '\u0000',
  '\ufffd',
  '\ud800',
  '\udc00',
  'Mr.',
  'A.',
];
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
        assert.deepEqual(
          r.start.map((s, t) => [s, r.end[t]]),
          expected,
        );
        // The sentences with words, each holding its words.
        const sentences = draft.paragraphs.flatMap((p) => sentenceSpans(text, p.start, p.end).filter((s) => tokenize(text, s.start, s.end).length > 0));
        assert.deepEqual(
          r.sentences.map((s) => [s.start, s.end]),
          sentences.map((s) => [s.start, s.end]),
        );
        r.sentence.forEach((s, t) => assert.ok(r.sentences[s].start <= r.start[t] && r.end[t] <= r.sentences[s].end));
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

  it('reads a whole draft in place as it reads each paragraph on its own', () => {
    fc.assert(
      fc.property(fc.oneof(draftText, repeating), (text) => {
        const draft = readDraft(text);
        const counts = new Int32Array(2 * draft.paragraphs.length);
        const all = readParagraphsIds(draft, new WordIds(true), counts);
        const words = new WordIds(false);
        let t = 0;
        let s = 0;
        draft.paragraphs.forEach((p, k) => {
          const one = readParagraphIds(p.text, words);
          const n = one.ids.length;
          const ns = one.sentences.length / 4;
          assert.deepEqual([counts[2 * k], counts[2 * k + 1]], [n, ns]);
          for (const key of ['start', 'end', 'ids', 'sent'] as const) assert.deepEqual(Array.from(all[key].subarray(t, t + n)), Array.from(one[key]), key);
          assert.deepEqual(Array.from(all.sentences.subarray(4 * s, 4 * (s + ns))), Array.from(one.sentences));
          t += n;
          s += ns;
        });
        assert.equal(all.ids.length, t);
      }),
      { numRuns: 300 },
    );
  });

  it("builds for one check the index a kept store's first build holds, and finds the same", () => {
    fc.assert(
      fc.property(fc.oneof(draftText, repeating), fc.constantFrom(0.5, 0.7, 0.9), (text, threshold) => {
        const draft = readDraft(text);
        const stores = [OneCheckStore, KeptStore].map((Store) => {
          const store = new Store({ exact: true, passage: true }, threshold);
          store.build(draft);
          return store;
        });
        assert.deepStrictEqual(stores[0].snapshot(), stores[1].snapshot());
        // And the findings: check() builds for one check, createChecker() keeps its store.
        const ctx = { draft, quotes: [], options: { duplicate: { threshold } }, enabled: () => true };
        assert.deepStrictEqual(findDuplicates(ctx), findDuplicates(ctx, { store: undefined }));
      }),
      { numRuns: 300 },
    );
  });

  it('counts as many words in a paragraph as it reads tokens (so the token count tells a repeat long enough)', () => {
    fc.assert(
      fc.property(fc.oneof(draftText, wordy), (text) => {
        for (const p of readDraft(text).paragraphs) {
          assert.equal(readParagraphIds(p.text, new WordIds(true)).ids.length, countWords(p.text, 0, p.text.length, Infinity));
        }
      }),
      { numRuns: 300 },
    );
  });
});

// Characters that folding treats apart: case, quote styles, dashes, white space of all kinds, and letters whose lower case is not plain.
const FOLD_CHARS = [
  'a',
  'B',
  'c',
  'Z',
  '1',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\ufeff',
  '"',
  '“',
  '”',
  '«',
  "'",
  '‘',
  '’',
  '‚',
  '-',
  '‐',
  '‑',
  '–',
  '—',
  'É',
  'é',
  'İ',
  'ß',
  'Σ',
  '\u212a',
  'k',
  '😀',
  '.',
];
const foldText = fc.array(fc.constantFrom(...FOLD_CHARS), { maxLength: 30 }).map((a) => a.join(''));
/** Changes that keep the folded text: case, quote and dash style, white space. */
const SAME_FOLD: [RegExp, string][] = [
  [/b/g, 'B'],
  [/z/gi, 'z'],
  [/“/g, '"'],
  [/’/g, '‚'],
  [/—/g, '‐'],
  [/ /g, '\t '],
  [/\n/g, '\u00a0'],
];

describe('duplicate: folding without building the folded text', () => {
  it('hashes and compares paragraphs as their folded texts do', () => {
    fc.assert(
      fc.property(foldText, foldText, fc.array(fc.nat(SAME_FOLD.length - 1), { maxLength: 4 }), (a, b, changes) => {
        assert.equal(sameRepeat(a, b), foldForRepeat(a) === foldForRepeat(b));
        assert.equal(repeatHash(a), repeatHash(foldForRepeat(a)));
        let c = `  ${a} `;
        for (const k of changes) c = c.replace(SAME_FOLD[k][0], SAME_FOLD[k][1]);
        assert.equal(sameRepeat(a, c), foldForRepeat(a) === foldForRepeat(c));
        if (foldForRepeat(a) === foldForRepeat(c)) assert.equal(repeatHash(a), repeatHash(c));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives words the same id exactly when their folded forms are equal, read in place or copied', () => {
    const LETTERS = ['a', 'A', 'k', 'K', '\u212a', 'é', 'É', 'ß', 'İ', 'i', "'", '’', '‘', '-', '‐', '1'];
    const word = fc.array(fc.constantFrom(...LETTERS), { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.boolean(), (list, borrow) => {
        const ids = new WordIds(borrow);
        const text = list.join(' ');
        let at = 0;
        const got = list.map((w) => {
          const id = ids.idAt(text, at, at + w.length);
          at += w.length + 1;
          return id;
        });
        const folded = list.map((w) => foldWord(w.toLowerCase()));
        for (let x = 0; x < list.length; x++) for (let y = 0; y < list.length; y++) assert.equal(got[x] === got[y], folded[x] === folded[y], `${list[x]} ${list[y]}`);
        assert.deepEqual(
          got.map((id) => ids.words()[id]),
          folded,
        );
      }),
      { numRuns: 500 },
    );
  });
});

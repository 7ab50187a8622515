import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { check, DETECTORS, runDetectors } from '../../../src/engine/check';
import type { Detector } from '../../../src/engine/detector';
import { NO_MEMO } from '../../../src/engine/detector';
import { createChecker, GenerationalMemo } from '../../../src/engine/incremental';
import type { CheckOptions } from '../../../src/engine/types';

const root = join(__dirname, '../../../..');
const SAMPLES = ['samples/us-russia-spat.txt', 'samples/tillerson-putin-scraped.txt'].map((f) => readFileSync(join(root, f), 'utf8'));
const REPORTER = readFileSync(join(root, 'test/fixtures/boilerplate/reporter-draft.txt'), 'utf8');

/** Hand-written: a revised passage left beside its original, a repeated line, a quote, furniture. */
const FIXTURE = [
  'Council approves river bridge budget',
  '',
  'The city council voted on Monday to spend $4 million on the river bridge, the mayor said.',
  '',
  '"We have waited long enough for this bridge," said Mayor Ana Ruiz. "The work starts in May."',
  '',
  'The city council voted on Monday to spend $4 million repairing the river bridge, the mayor said. Work begins in spring.',
  '',
  'Sign up for our newsletter to get the latest news',
  'Sign up for our newsletter to get the latest news',
  '',
  'The school board will meet again next week to discuss the budget for the new year.',
].join('\n');

const DOCS = [...SAMPLES, REPORTER, FIXTURE];

/** Pieces inserted by edits: words, sentence ends, quotes, paragraph breaks, CRLF, emoji, combining marks, junk. */
const PIECES = ['the', 'mayor', 'said', 'Tillerson', ' said ', 'council', '. ', '.\n\n', '\n\n', '\r\n', '\n', '“', '”', '"', '’', ' — ', 'Sign up', 'Advertisement', '😀', 'e\u0301', '\u0000', '\ud800', '<!-- copydesk-disable-next-line -->\n', 'the the', 'an unique'];

type Edit =
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace-word'; at: number; piece: string }
  | { kind: 'copy'; from: number; length: number; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('replace-word' as const), at: fc.nat(), piece: fc.constantFrom('statement', 'officials', 'meeting', 'Russia', 'U.S.') }),
  // Copy a stretch of the draft elsewhere: makes repeats for the duplicate detector.
  fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), length: fc.integer({ min: 20, max: 400 }), at: fc.nat() }),
);

function applyEdit(text: string, e: Edit): string {
  const n = text.length;
  switch (e.kind) {
    case 'insert': {
      const at = n === 0 ? 0 : e.at % (n + 1);
      return text.slice(0, at) + e.piece + text.slice(at);
    }
    case 'delete': {
      if (n === 0) return text;
      const at = e.at % n;
      return text.slice(0, at) + text.slice(at + e.length);
    }
    case 'replace-word': {
      const re = /[A-Za-z]{4,}/g;
      re.lastIndex = n === 0 ? 0 : e.at % n;
      const m = re.exec(text);
      return m ? text.slice(0, m.index) + e.piece + text.slice(m.index + m[0].length) : text + e.piece;
    }
    case 'copy': {
      if (n === 0) return text;
      const from = e.from % n;
      const at = e.at % (n + 1);
      return text.slice(0, at) + text.slice(from, from + e.length) + text.slice(at);
    }
  }
}

const OPTION_SETS: CheckOptions[] = [
  {},
  { rules: { 'duplicate/line': false, 'grammar/repeated-word': 'error' } },
  { categories: { grammar: false }, boilerplate: { extraPhrases: ['the mayor'], exemptPhrases: ['newsletter'] }, duplicate: { threshold: 0.5 } },
  { ignore: ['Tillerson'], categories: { boilerplate: false, quote: false } },
];

describe('incremental: createChecker().check equals check()', () => {
  it('after every edit of random edit sequences on the samples and fixtures', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(
        fc.constantFrom(...DOCS),
        fc.array(fc.tuple(edit, fc.nat(OPTION_SETS.length - 1)), { minLength: 1, maxLength: 12 }),
        (doc, edits) => {
          const checker = createChecker();
          let text = doc;
          assert.deepStrictEqual(checker.check(text, {}), check(text, {}));
          for (const [e, o] of edits) {
            text = applyEdit(text, e);
            const options = OPTION_SETS[o];
            assert.deepStrictEqual(checker.check(text, options), check(text, options));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('when the same paragraph text appears several times and edits undo each other', () => {
    const checker = createChecker();
    const doubled = `${FIXTURE}\n\n${FIXTURE}`;
    for (const text of [FIXTURE, doubled, FIXTURE, doubled.replace('Monday', 'Tuesday'), doubled, '', FIXTURE]) {
      assert.deepStrictEqual(checker.check(text), check(text));
    }
  });

  it('a checker called with the same text and options twice gives the same result', () => {
    const checker = createChecker();
    const first = checker.check(SAMPLES[0], {});
    assert.deepStrictEqual(checker.check(SAMPLES[0], {}), first);
    assert.deepStrictEqual(checker.check(SAMPLES[0], { categories: { grammar: false } }), check(SAMPLES[0], { categories: { grammar: false } }));
  });

  it('reports a detector that throws and still checks with the others, as check() does', () => {
    const broken: Detector = { name: 'broken', rules: [], run: () => { throw new Error('boom'); } };
    const detectors = [broken, ...DETECTORS];
    const checker = createChecker(detectors);
    const result = checker.check(FIXTURE);
    assert.deepStrictEqual(result.errors.map((e) => e.detector), ['broken']);
    assert.deepStrictEqual(result.findings, check(FIXTURE).findings);
  });

  it('gives check()\'s result on bad input: empty, CRLF, emoji and combining marks, unbalanced quotes, binary junk', () => {
    const junk = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    const inputs = ['', ' ', '\n\n\n', FIXTURE.replace(/\n/g, '\r\n'), `“${FIXTURE}`, `${FIXTURE}\n\n😀 e\u0301 🇺🇸 “unclosed`, junk, `${junk}\n\n${FIXTURE}\n\n${junk}`, '\ud800\n\n\udc00"'];
    const checker = createChecker();
    for (const text of inputs) assert.deepStrictEqual(checker.check(text), check(text));
    // Again, in reverse order: every paragraph is now known to the memo.
    for (const text of [...inputs].reverse()) assert.deepStrictEqual(checker.check(text), check(text));
  });

  it('throws on a text that is not a string, as check() does', () => {
    assert.throws(() => createChecker().check(42 as unknown as string), TypeError);
  });

  it('skips texts over the size cap as check() does', () => {
    assert.deepStrictEqual(createChecker().check(FIXTURE, { maxLength: 10 }), check(FIXTURE, { maxLength: 10 }));
  });
});

describe('incremental: work reused between checks', () => {
  it('re-reads only the edited paragraph after a one-word edit', () => {
    const memo = new GenerationalMemo();
    const text = SAMPLES[1];
    runDetectors(DETECTORS, text, {}, memo);
    const firstMisses = memo.misses;
    memo.endCheck();
    const edited = text.replace('Tillerson', 'Tillersen');
    assert.notEqual(edited, text);
    runDetectors(DETECTORS, edited, {}, memo);
    // One paragraph (one line) changed, nothing moved: each table read it again, and nothing else.
    assert.ok(memo.missesByTable.size >= 4, [...memo.missesByTable.keys()].join());
    for (const [table, misses] of memo.missesByTable) assert.equal(misses, 1, table);
    assert.ok(firstMisses > 50, `first check computed ${firstMisses} entries`);
    assert.ok(memo.hits >= firstMisses - memo.misses);
  });

  it('keeps only what the last check used', () => {
    const memo = new GenerationalMemo();
    runDetectors(DETECTORS, SAMPLES[0], {}, memo);
    memo.endCheck();
    const afterFirst = memo.size();
    runDetectors(DETECTORS, SAMPLES[1], {}, memo);
    memo.endCheck();
    runDetectors(DETECTORS, 'One short line.', {}, memo);
    const tables = memo.missesByTable.size;
    memo.endCheck();
    assert.ok(afterFirst > 0);
    // Only the short draft's entries are left: one per table that read its one paragraph.
    assert.ok(tables >= 3);
    assert.equal(memo.size(), tables);
  });

  it('stores flat copies of keys and gives compute the stored copy', () => {
    const memo = new GenerationalMemo();
    const big = 'x'.repeat(1000) + 'A paragraph of text that is long enough to be sliced.';
    const key = big.slice(1000);
    let seen = '';
    const value = memo.get('t', key, (k) => {
      seen = k;
      return k.length;
    });
    assert.equal(value, key.length);
    assert.equal(seen, key);
    assert.equal(memo.get('t', key, () => -1), key.length);
    assert.equal(memo.hits, 1);
    assert.equal(memo.misses, 1);
  });

  it('NO_MEMO computes every time', () => {
    let calls = 0;
    NO_MEMO.get('t', 'k', () => ++calls);
    NO_MEMO.get('t', 'k', () => ++calls);
    assert.equal(calls, 2);
  });

  it('keeps results apart by options', () => {
    const checker = createChecker();
    const text = FIXTURE;
    const extra: CheckOptions = { boilerplate: { extraPhrases: ['school board'] } };
    assert.deepStrictEqual(checker.check(text, {}), check(text, {}));
    const withExtra = checker.check(text, extra);
    assert.deepStrictEqual(withExtra, check(text, extra));
    const custom = (findings: readonly { rule: string; start: number; end: number }[]) =>
      findings.filter((f) => f.rule === 'boilerplate/custom').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(custom(withExtra.findings), ['The school board will meet again next week to discuss the budget for the new year.']);
    assert.deepEqual(custom(checker.check(text, {}).findings), []);
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { check, checkWith, DETECTORS } from '../../../src/engine/check';
import type { Detector } from '../../../src/engine/detector';
import { createChecker } from '../../../src/engine/incremental';
import type { Draft } from '../../../src/engine/draft';
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
const PIECES = [
  'the',
  'mayor',
  'said',
  'Tillerson',
  ' said ',
  'council',
  '. ',
  '.\n\n',
  '\n\n',
  '\r\n',
  '\n',
  '“',
  '”',
  '"',
  '’',
  ' — ',
  'Sign up',
  'Advertisement',
  '😀',
  'e\u0301',
  '\u0000',
  '\ud800',
  '<!-- copydesk-disable-next-line -->\n',
  'the the',
  'an unique',
];

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
      fc.property(fc.constantFrom(...DOCS), fc.array(fc.tuple(edit, fc.nat(OPTION_SETS.length - 1)), { minLength: 1, maxLength: 12 }), (doc, edits) => {
        const checker = createChecker();
        let text = doc;
        assert.deepStrictEqual(checker.check(text, {}), check(text, {}));
        for (const [e, o] of edits) {
          text = applyEdit(text, e);
          const options = OPTION_SETS[o];
          assert.deepStrictEqual(checker.check(text, options), check(text, options));
        }
      }),
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

  it('when a disable comment is typed one character at a time, and taken out again', () => {
    const checker = createChecker();
    const comment = '<!-- copydesk-disable-next-line -->\n';
    const at = FIXTURE.indexOf('Sign up');
    for (let n = 0; n <= comment.length; n++) {
      const text = FIXTURE.slice(0, at) + comment.slice(0, n) + FIXTURE.slice(at);
      assert.deepStrictEqual(checker.check(text), check(text), `after ${n} characters`);
    }
    for (let n = comment.length; n >= 0; n--) {
      const text = FIXTURE.slice(0, at) + comment.slice(comment.length - n) + FIXTURE.slice(at);
      assert.deepStrictEqual(checker.check(text), check(text), `with ${n} characters left`);
    }
  });

  it('a checker called with the same text and options twice gives the same result', () => {
    const checker = createChecker();
    const first = checker.check(SAMPLES[0], {});
    assert.deepStrictEqual(checker.check(SAMPLES[0], {}), first);
    assert.deepStrictEqual(checker.check(SAMPLES[0], { categories: { grammar: false } }), check(SAMPLES[0], { categories: { grammar: false } }));
  });

  it('reports a detector that throws and still checks with the others, as check() does', () => {
    const broken: Detector = {
      name: 'broken',
      rules: [],
      run: () => {
        throw new Error('boom');
      },
    };
    const detectors = [broken, ...DETECTORS];
    const checker = createChecker(detectors);
    const result = checker.check(FIXTURE);
    assert.deepStrictEqual(
      result.errors.map((e) => e.detector),
      ['broken'],
    );
    assert.deepStrictEqual(result.findings, check(FIXTURE).findings);
  });

  it("gives check()'s result on bad input: empty, CRLF, emoji and combining marks, unbalanced quotes, binary junk", () => {
    const junk = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 0xffff)).join('');
    const inputs = [
      '',
      ' ',
      '\n\n\n',
      FIXTURE.replace(/\n/g, '\r\n'),
      `“${FIXTURE}`,
      `${FIXTURE}\n\n😀 e\u0301 🇺🇸 “unclosed`,
      junk,
      `${junk}\n\n${FIXTURE}\n\n${junk}`,
      '\ud800\n\n\udc00"',
    ];
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
  /** A detector that records what the checker hands it: the draft (and its change) and whether its state is new. */
  function probe() {
    const seen: { draft: Draft; fresh: boolean }[] = [];
    const detector: Detector<{ checks: number }> = {
      name: 'probe',
      rules: [],
      newState: () => ({ checks: 0 }),
      run(ctx, state) {
        seen.push({ draft: ctx.draft, fresh: state ? state.checks++ === 0 : true });
        return [];
      },
    };
    return { detector, seen };
  }

  it('hands detectors the state they kept, and keeps only the current draft alive', () => {
    const { detector, seen } = probe();
    const checker = createChecker([...DETECTORS, detector]);
    const text = SAMPLES[1];
    checker.check(text);
    const edited = text.replace('Tillerson', 'Tillersen');
    assert.notEqual(edited, text);
    const result = checker.check(edited);
    assert.deepStrictEqual(result, checkWith([...DETECTORS, detector], edited));
    const [first, second] = seen;
    assert.equal(first.fresh, true);
    assert.equal(first.draft.change, undefined);
    assert.equal(second.fresh, false);
    assert.equal(second.draft.change, undefined, 'the link to the draft before is dropped once the check is over');
  });

  it('during a check the draft says which paragraphs the edit replaced', () => {
    const changes: unknown[] = [];
    const detector: Detector = { name: 'probe', rules: [], run: (ctx) => (changes.push(ctx.draft.change?.paragraphs), []) };
    const checker = createChecker([detector]);
    const text = 'One paragraph.\n\nTwo paragraph.\n\nThree paragraph.';
    checker.check(text);
    checker.check(text.replace('Two', 'Second'));
    checker.check(text.replace('Two', 'Second') + '\n\nFour.');
    assert.deepEqual(changes, [undefined, { from: 1, toOld: 2, toNew: 2 }, { from: 2, toOld: 3, toNew: 4 }]);
  });

  it('starts afresh after a detector throws: no half-updated state is used again', () => {
    const { detector, seen } = probe();
    const failing: Detector = {
      name: 'failing',
      rules: [],
      run(ctx) {
        if (ctx.draft.text === 'Second.') throw new Error('failed');
        return [];
      },
    };
    const checker = createChecker([failing, detector]);
    checker.check('First.');
    checker.check('Second.');
    checker.check('Third.');
    const last = seen[seen.length - 1];
    assert.equal(last.fresh, true);
    assert.equal(last.draft.change, undefined);
  });

  it('keeps state per set of options', () => {
    const { detector, seen } = probe();
    const checker = createChecker([detector]);
    checker.check('Text.', {});
    checker.check('Text.', { duplicate: { threshold: 0.5 } });
    checker.check('Text!', {});
    assert.deepEqual(
      seen.map((s) => s.fresh),
      [true, true, false],
    );
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

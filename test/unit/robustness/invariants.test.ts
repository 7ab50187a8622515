/**
 * The invariants are only worth running if they catch broken detectors: each
 * one is tested here against fake detectors that break it on purpose.
 */
import assert from 'node:assert/strict';
import { checkWith, type FullCheckResult } from '../../../src/engine/check';
import type { Detector } from '../../../src/engine/detector';
import { readDraft } from '../../../src/engine/draft';
import { deleteLinesEdit } from '../../../src/engine/fixes';
import type { CheckOptions, Finding, Fix } from '../../../src/engine/types';
import { mutate } from './arbitraries';
import {
  allowedRanges,
  assertAllInvariants,
  assertCrlfEquivalent,
  assertDeterministic,
  assertFixesConverge,
  assertFixesLocal,
  assertQuotesUntouched,
  assertRange,
  assertWellFormed,
  type Checker,
} from './invariants';

const RULE = 'grammar/fake';
const known = new Map([[RULE, { category: 'grammar' }]]);

/** A detector reporting every occurrence of `word`, with the fixes `fixes(start, end, text)` returns. */
function fake(word: string, fixes: (start: number, end: number, text: string) => Fix[] = () => []): Detector {
  return {
    name: 'fake',
    rules: [{ id: RULE, category: 'grammar', defaultSeverity: 'warning', description: 'fake' }],
    run: ({ draft }) => {
      const out: Finding[] = [];
      for (let i = draft.text.indexOf(word); i >= 0; i = draft.text.indexOf(word, i + word.length)) {
        out.push({
          rule: RULE,
          category: 'grammar',
          severity: 'warning',
          message: `found ${word}`,
          start: i,
          end: i + word.length,
          fixes: fixes(i, i + word.length, draft.text),
          related: [],
        });
      }
      return out;
    },
  };
}

function runner(...detectors: Detector[]): Checker {
  return (text: string, options: CheckOptions) => checkWith(detectors, text, options);
}

function finding(start: number, end: number, fixes: Fix[] = []): Finding {
  return { rule: RULE, category: 'grammar', severity: 'warning', message: 'm', start, end, fixes, related: [] };
}

function result(findings: Finding[], quotes: FullCheckResult['quotes'] = []): FullCheckResult {
  return { findings, quotes, errors: [] };
}

const replaceTeh = (s: number, e: number): Fix[] => [{ title: 'the', edits: [{ start: s, end: e, text: 'the' }] }];

describe('robustness invariants catch broken detectors', () => {
  it('accept a well-behaved detector on awkward text', () => {
    const text = 'teh 😀 cat\r\nteh e\u0301\n\nteh';
    assertAllInvariants(text, {}, 'other teh', runner(fake('teh', replaceTeh)), known);
  });

  it('reject ranges outside the text, ranges that split a surrogate pair, and non-integers', () => {
    assert.throws(() => assertRange('abc', 2, 4, 'x'), /x: range \[2, 4\) lies outside the text \(length 3\)/);
    assert.throws(() => assertRange('abc', -1, 1, 'x'), /lies outside the text/);
    assert.throws(() => assertRange('a😀b', 2, 4, 'x'), /x: start 2 splits a surrogate pair/);
    assert.throws(() => assertRange('a😀b', 0, 2, 'x'), /x: end 2 splits a surrogate pair/);
    assert.throws(() => assertRange('abc', 0.5, 1, 'x'), /offsets are not integers/);
    assertRange('a\ud800b', 1, 2, 'a lone surrogate may be covered on its own');
  });

  it('reject a detector that throws, an unknown rule, and a fix range outside the text', () => {
    const throwing: Detector = {
      name: 'boom',
      rules: [],
      run: () => {
        throw new Error('boom');
      },
    };
    assert.throws(() => assertWellFormed('x', checkWith([throwing], 'x'), known), /a detector threw/);
    assert.throws(() => assertWellFormed('x', result([{ ...finding(0, 1), rule: 'grammar/nope' }]), known), /not in the rule catalogue/);
    assert.throws(
      () => assertWellFormed('xy', result([finding(0, 1, [{ title: 't', edits: [{ start: 1, end: 5, text: '' }] }])]), known),
      /fix "t": range \[1, 5\) lies outside/,
    );
    assert.throws(
      () =>
        assertWellFormed(
          'xyz',
          result([
            finding(0, 1, [
              {
                title: 't',
                edits: [
                  { start: 0, end: 2, text: '' },
                  { start: 1, end: 3, text: '' },
                ],
              },
            ]),
          ]),
          known,
        ),
      /has overlapping edits \[0, 2\) and \[1, 3\)/,
    );
    assert.throws(
      () => assertWellFormed('x\r\n \r\ny', result([finding(0, 1, [{ title: 't', safe: true, edits: [{ start: 1, end: 6, text: ' ' }] }])]), known),
      /marked safe but deletes a paragraph break/,
    );
    assertWellFormed('x\ny', result([finding(0, 3, [{ title: 'join', safe: true, edits: [{ start: 1, end: 2, text: ' ' }] }])]), known);
  });

  it('allow a line deletion to take its line break and a neighbouring blank line, but no words outside the finding', () => {
    const text = 'Keep this.\n\nAdvertisement\n\nKeep that.\n';
    const draft = readDraft(text);
    const line = draft.lines[2];
    const del = deleteLinesEdit(draft, 2, 2);
    assert.deepEqual(allowedRanges(text, finding(line.start, line.end)), [{ start: 10, end: 27 }]);
    assertFixesLocal(text, result([finding(line.start, line.end, [{ title: 'delete', edits: [del] }])]));
    const greedy = { start: line.start, end: text.length, text: '' };
    assert.throws(
      () => assertFixesLocal(text, result([finding(line.start, line.end, [{ title: 'delete', edits: [greedy] }])])),
      /fix "delete" edits \[12, 38\) outside the finding's range/,
    );
    // A related range counts as the finding's own: deleting the earlier copy is allowed.
    const withRelated = { ...finding(24, 34, [{ title: 'delete copy', edits: [{ start: 0, end: 10, text: '' }] }]), related: [{ start: 0, end: 10, message: 'copy' }] };
    assertFixesLocal(text, result([withRelated]));
  });

  it('reject a fix that rewords a direct quote, accept one that removes it whole', () => {
    const text = 'He said "teh end" today.';
    const quote = { text: 'teh end', start: 8, end: 17, speaker: 'He' };
    assert.throws(() => assertQuotesUntouched(text, result([finding(9, 12, replaceTeh(9, 12))], [quote])), /changes the words of the quote \[8, 17\)/);
    assertQuotesUntouched(text, result([finding(9, 12, [{ title: 'delete', edits: [{ start: 3, end: 17, text: '' }] }])], [quote]));
    assertQuotesUntouched(text, result([finding(18, 23, [{ title: 'x', edits: [{ start: 18, end: 23, text: 'now' }] }])], [quote]));
  });

  it('reject a detector whose results depend on what it checked before', () => {
    let calls = 0;
    const stateful: Detector = {
      name: 'stateful',
      rules: [{ id: RULE, category: 'grammar', defaultSeverity: 'warning', description: '' }],
      run: () => (calls++ === 0 ? [finding(0, 1)] : []),
    };
    const run = runner(stateful);
    const first = run('abc', {});
    assert.throws(() => assertDeterministic('abc', {}, first, 'other', run), /checking the same text twice gave different results/);
  });

  it('reject a fix that leaves its finding behind or raises a new one', () => {
    const fixes = (s: number, e: number): Fix[] => [{ title: 'double', edits: [{ start: s, end: e, text: 'teh teh' }] }];
    const run = runner(fake('teh', fixes));
    assert.throws(() => assertFixesConverge('a teh b', {}, run('a teh b', {}), run, known), /a new grammar\/fake \[2, 5\)/);
    const good = runner(fake('teh', replaceTeh));
    assert.equal(assertFixesConverge('a teh b teh', {}, good('a teh b teh', {}), good, known), 'a the b the');
  });

  it('reject a detector that sees CRLF and LF drafts differently', () => {
    // Reports the character before each line break: "\r" in a CRLF draft.
    const lineEnds: Detector = {
      name: 'ends',
      rules: [{ id: RULE, category: 'grammar', defaultSeverity: 'warning', description: '' }],
      run: ({ draft }) => draft.lines.filter((l) => l.breakEnd > l.end).map((l) => finding(l.breakEnd - 2, l.breakEnd - 1)),
    };
    assert.throws(() => assertCrlfEquivalent('ab\ncd\n', {}, runner(lineEnds), known), /CRLF and LF versions of the draft give different findings/);
    assertCrlfEquivalent('teh\nteh\r\nx teh', {}, runner(fake('teh', replaceTeh)), known);
  });
});

describe('draft mutations', () => {
  it('insert, copy and delete lines, paragraphs and characters', () => {
    const text = 'A1\nA2\n\nB1\n\nC1';
    assert.equal(mutate(text, [{ op: 'insert-line', at: 1, text: 'X' }]), 'A1\nX\nA2\n\nB1\n\nC1');
    assert.equal(mutate(text, [{ op: 'copy-line', from: 3, to: 0 }]), 'B1\nA1\nA2\n\nB1\n\nC1');
    assert.equal(mutate(text, [{ op: 'delete-lines', at: 0, count: 3 }]), 'B1\n\nC1');
    assert.equal(mutate(text, [{ op: 'copy-paragraph', from: 0, to: 2 }]), 'A1\nA2\n\nB1\n\nA1\nA2\n\nC1');
    assert.equal(mutate(text, [{ op: 'delete-chars', at: 1, count: 3 }]), 'A2\n\nB1\n\nC1');
    assert.equal(mutate(text, [{ op: 'insert-chars', at: 2, text: '😀' }]), 'A1😀\nA2\n\nB1\n\nC1');
    assert.equal(mutate('a\nb', [{ op: 'crlf' }]), 'a\r\nb\r');
    assert.equal(mutate('a', [{ op: 'delete-lines', at: 0, count: 5 }]), '');
  });
});

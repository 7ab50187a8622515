import assert from 'node:assert/strict';
import { check } from '../../../src/engine/check';
import { checkGrammar, grammarDetector } from '../../../src/engine/detectors/grammar';
import { readDraft } from '../../../src/engine/draft';
import { minimalEdit } from '../../../src/engine/detectors/grammar/convert';
import { RangeSet } from '../../../src/engine/detectors/grammar/context';
import type { Finding } from '../../../src/engine/types';

function assertInside(text: string, findings: Finding[]): void {
  for (const f of findings) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `${f.rule} ${f.start}-${f.end}`);
    for (const offset of [f.start, f.end, ...f.fixes.flatMap((x) => x.edits.flatMap((e) => [e.start, e.end]))]) {
      assert.ok(offset >= 0 && offset <= text.length);
      const code = text.charCodeAt(offset - 1);
      assert.ok(!(offset > 0 && offset < text.length && code >= 0xd800 && code <= 0xdbff), `offset ${offset} splits a surrogate pair`);
    }
  }
}

describe('grammar detector', () => {
  it('declares its seven rules with their categories and severities', () => {
    assert.deepEqual(
      grammarDetector.rules.map((r) => `${r.id}:${r.category}:${r.defaultSeverity}`),
      [
        'grammar/repeated-word:grammar:warning',
        'grammar/stray-determiner:grammar:warning',
        'grammar/uncountable-article:grammar:warning',
        'grammar/article-sound:grammar:warning',
        'grammar/fixed-phrase:grammar:warning',
        'style/inconsistent-form:style:warning',
        'grammar/unclosed-appositive:grammar:information',
      ],
    );
  });

  it('runs through check() and honours rules switched off', () => {
    const text = 'He ate a apple. It was at odds from the plan.';
    const rules = (options = {}) =>
      check(text, options)
        .findings.filter((f) => f.category === 'grammar')
        .map((f) => f.rule);
    assert.deepEqual(rules(), ['grammar/article-sound', 'grammar/fixed-phrase']);
    assert.deepEqual(rules({ rules: { 'grammar/article-sound': false } }), ['grammar/fixed-phrase']);
    assert.deepEqual(rules({ categories: { grammar: false } }), []);
  });

  it('does no work for rules that are off', () => {
    let asked = 0;
    const ctx = { draft: readDraft('He ate a apple.'), quotes: [], options: {}, enabled: () => (asked++, false) };
    assert.deepEqual(grammarDetector.run(ctx), []);
    assert.equal(asked, 7);
  });

  it('gives offsets into CRLF text as given', () => {
    const text = 'Title\r\n\r\nHe ate a apple.\r\nShe said the the word.';
    const found = checkGrammar(text);
    assert.deepEqual(
      found.map((f) => text.slice(f.start, f.end)),
      ['a', 'the the'],
    );
    assertInside(text, found);
  });

  it('handles emoji, combining marks and unbalanced quotes', () => {
    const text = '😀 He ate a apple 😀. Cafe\u0301 “at odds from the the 👍🏽 plan.';
    const found = checkGrammar(text);
    assert.deepEqual(
      found.map((f) => f.rule),
      ['grammar/article-sound', 'grammar/fixed-phrase', 'grammar/repeated-word'],
    );
    assertInside(text, found);
  });

  it('never throws on empty, blank or binary input', () => {
    for (const text of ['', ' ', '\n\n', '\u0000\u0001\uffff\ud800', 'a', 'an', ',,,', '\ud83d']) {
      assertInside(text, checkGrammar(text));
    }
    let junk = '';
    for (let i = 0; i < 20000; i++) junk += String.fromCharCode((i * 7919) % 65536);
    assertInside(junk, checkGrammar(junk));
  });

  it('checks a long draft in linear time', () => {
    // A slip in every sentence: 4 findings per 21 words.
    const paragraph = 'Rex Tillerson, the U.S. Secretary of State was found at odds from his party and the seized two houses, a apple.\n\n';
    const time = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        checkGrammar(text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const small = paragraph.repeat(100);
    const big = paragraph.repeat(1000);
    time(small);
    const ratio = time(big) / time(small);
    assert.equal(checkGrammar(big).filter((f) => f.rule === 'grammar/fixed-phrase').length, 1000);
    // Ten times the text: well under a hundred times the time (timing on a shared machine is noisy).
    assert.ok(ratio < 30, `10x the text took ${ratio.toFixed(1)}x the time`);
  });

  it('minimalEdit trims to whole words and never splits a surrogate pair', () => {
    assert.deepEqual(minimalEdit(10, 'taken lightly to', 'taken kindly to'), { start: 16, end: 23, text: 'kindly' });
    assert.deepEqual(minimalEdit(0, 'quoted saying', 'quoted as saying'), { start: 7, end: 7, text: 'as ' });
    assert.deepEqual(minimalEdit(0, 'US', 'U.S.'), { start: 0, end: 2, text: 'U.S.' });
    assert.deepEqual(minimalEdit(0, '\ud83d\ude00', '\ud83d\ude01'), { start: 0, end: 2, text: '\ud83d\ude01' });
  });

  it('RangeSet finds overlaps with merged, sorted ranges', () => {
    const set = new RangeSet([
      { start: 20, end: 30 },
      { start: 5, end: 10 },
      { start: 8, end: 12 },
    ]);
    assert.equal(set.overlaps(0, 5), false);
    assert.equal(set.overlaps(4, 6), true);
    assert.equal(set.overlaps(11, 12), true);
    assert.equal(set.overlaps(12, 20), false);
    assert.equal(set.overlaps(29, 40), true);
    assert.equal(set.overlaps(30, 40), false);
  });
});

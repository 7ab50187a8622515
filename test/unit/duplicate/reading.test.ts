import assert from 'node:assert/strict';
import { readDraft } from '../../../src/engine/draft';
import { ABBREVIATIONS } from '../../../src/engine/detectors/duplicate/data/abbreviations';
import { foldForRepeat } from '../../../src/engine/detectors/duplicate/exact';
import { describeChanges, formatChanges } from '../../../src/engine/detectors/duplicate/message';
import { sentenceSpans } from '../../../src/engine/detectors/duplicate/sentences';
import { readTokens, tokenize } from '../../../src/engine/detectors/duplicate/tokens';
import { dups } from './helpers';

const sentences = (text: string) => sentenceSpans(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('duplicate: reading words and sentences', () => {
  it('splits words, keeping apostrophes and hyphens inside them and folding curly apostrophes', () => {
    assert.deepEqual(
      tokenize('Don’t be tight-lipped, U.S. envoy — 755 staff!').map((t) => t.text),
      ["Don't", 'be', 'tight-lipped', 'U', 'S', 'envoy', '755', 'staff'],
    );
  });

  it('keeps combining marks and never splits a surrogate pair', () => {
    const text = 'Cafe\u0301 🇺🇸 naïve 😀word';
    const words = tokenize(text);
    assert.deepEqual(
      words.map((t) => t.text),
      ['Cafe\u0301', 'naïve', 'word'],
    );
    assert.equal(text.slice(words[2].start, words[2].end), 'word');
  });

  it('splits sentences after . ! ? and closing quotes, not after abbreviations or initials', () => {
    assert.deepEqual(sentences('Mr. Smith met Dr. Jones in the U.S. Senate. John F. Kennedy spoke. “Go,” he said. Really? Yes!'), [
      'Mr. Smith met Dr. Jones in the U.S. Senate.',
      'John F. Kennedy spoke.',
      '“Go,” he said.',
      'Really?',
      'Yes!',
    ]);
    assert.deepEqual(sentences('He said “enough.” Then he left.'), ['He said “enough.”', 'Then he left.']);
    assert.deepEqual(sentences('It cost 3.5 million. at least in part'), ['It cost 3.5 million. at least in part']);
  });

  it('reads tokens folded for comparison, with their sentences and paragraphs', () => {
    const text = 'First one. Second ’Un.\n\nThird';
    const r = readTokens(readDraft(text));
    assert.deepEqual(
      r.id.map((id, t) => [r.words[id], r.sentence[t], text.slice(r.start[t], r.end[t])]),
      [
        ['first', 0, 'First'],
        ['one', 0, 'one'],
        ['second', 1, 'Second'],
        ['un', 1, 'Un'],
        ['third', 2, 'Third'],
      ],
    );
    assert.equal(readTokens(readDraft('One one ONE')).id.join(), '0,0,0');
    assert.deepEqual(
      r.sentences.map((s) => [text.slice(s.start, s.end), s.paragraph]),
      [
        ['First one.', 0],
        ['Second ’Un.', 0],
        ['Third', 1],
      ],
    );
  });

  it('folds white space, quote style, dashes and case to compare paragraphs', () => {
    assert.equal(foldForRepeat('  “It’s  ON” —\tNow '), '"it\'s on" - now');
  });
});

describe('duplicate: abbreviation list', () => {
  it('holds lower-case abbreviations without their final full stop', () => {
    assert.ok(ABBREVIATIONS.size > 40);
    for (const a of ABBREVIATIONS) assert.match(a, /^[a-z]+(?:\.[a-z]+)*$/, a);
  });
  it('keeps each listed abbreviation from ending a sentence', () => {
    for (const a of ABBREVIATIONS) {
      const text = `Ask ${a[0].toUpperCase()}${a.slice(1)}. Smith now.`;
      assert.equal(sentences(text).length, 1, text);
    }
  });
});

describe('duplicate: describing the changes', () => {
  it('shows replacements, and insertions or deletions with the following word', () => {
    const text = 'one two three four five six\nzero one 2 three five six';
    const r = readTokens(readDraft(text));
    const changes = describeChanges(text, r, 0, 6, 6, 12);
    assert.deepEqual(changes, [
      { before: 'one', after: 'zero one' },
      { before: 'two', after: '2' },
      { before: 'four five', after: 'five' },
    ]);
  });

  it('shows a change at the very end with the word before it', () => {
    const text = 'alpha beta gamma\nalpha beta gamma delta';
    const r = readTokens(readDraft(text));
    assert.deepEqual(describeChanges(text, r, 0, 3, 3, 7), [{ before: 'gamma', after: 'gamma delta' }]);
  });

  it('compares words as written, quote style folded and case kept, and spells out only the changes asked for', () => {
    const text = "It’s the Mayor who said so today\nIt's the mayor who said no today";
    const r = readTokens(readDraft(text));
    assert.deepEqual(describeChanges(text, r, 0, 7, 7, 14), [
      { before: 'Mayor', after: 'mayor' },
      { before: 'so', after: 'no' },
    ]);
    assert.deepEqual(describeChanges(text, r, 0, 7, 7, 14, 1), [
      { before: 'Mayor', after: 'mayor' },
      { before: '', after: '' },
    ]);
  });

  it('lists five changes and counts the rest', () => {
    const c = (n: number) => Array.from({ length: n }, (_, i) => ({ before: `a${i}`, after: `b${i}` }));
    assert.equal(formatChanges(c(2)), "'a0' → 'b0', 'a1' → 'b1'");
    assert.equal(formatChanges(c(6)), "'a0' → 'b0', 'a1' → 'b1', 'a2' → 'b2', 'a3' → 'b3', 'a4' → 'b4' and 1 more change");
    assert.equal(formatChanges(c(8)).endsWith(' and 3 more changes'), true);
    assert.equal(
      formatChanges([
        { before: '', after: 'x y' },
        { before: 'z', after: '' },
      ]),
      "added 'x y', removed 'z'",
    );
  });
});

describe('duplicate: bad input', () => {
  const inBounds = (text: string) => {
    for (const f of dups(text)) {
      for (const r of [f, ...f.related, ...f.fixes.flatMap((x) => x.edits)]) {
        assert.ok(r.start >= 0 && r.end <= text.length && r.start <= r.end);
        for (const o of [r.start, r.end]) assert.ok(!(/[\ud800-\udbff]/.test(text[o - 1] ?? '') && /[\udc00-\udfff]/.test(text[o] ?? '')));
      }
    }
  };

  it('finds nothing in empty or blank text', () => {
    assert.deepEqual(dups(''), []);
    assert.deepEqual(dups('\n\r\n  \n'), []);
  });

  it('copes with emoji, combining marks, unbalanced quotes and binary junk', () => {
    const p = '😀 “Cafe\u0301 owners say the new rules 🇺🇸 will force them to close early this winter, and staff will lose hours.';
    const text = `${p}\n\n${'\u0000\u0007\ufffd\ud800 junk '.repeat(50)}\n\n${p}\n\n${p.replace('winter', 'summer')} “`;
    const findings = dups(text);
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['duplicate/paragraph', 'duplicate/passage'],
    );
    inBounds(text);
  });

  it('handles a huge single paragraph and highly repetitive text quickly', () => {
    const text = 'the cat sat on the mat. '.repeat(20000) + 'word '.repeat(50000) + '!'.repeat(200000) + '.” '.repeat(100000) + 'a-'.repeat(100000);
    const t = Date.now();
    inBounds(text);
    assert.ok(Date.now() - t < 3000);
  });
});

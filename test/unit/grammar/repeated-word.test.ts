import assert from 'node:assert/strict';
import { findings, messages, only, rangeOf } from './helpers';
import { check } from '../../../src/engine/check';

const RULE = 'grammar/repeated-word';

describe('grammar/repeated-word', () => {
  it('flags a repeated word and deletes the repeat (safe)', () => {
    const text = 'The minister said the the talks would resume.';
    const { finding, covered, after } = only(text, RULE);
    assert.equal(finding.message, 'Unexpected repeated `the`, remove one occurrence');
    assert.equal(covered, 'the the');
    assert.equal(finding.severity, 'warning');
    assert.equal(after, 'The minister said the talks would resume.');
    assert.equal(finding.fixes[0].safe, true);
    assert.equal(finding.fixes[0].title, 'Remove `the`');
  });

  it('keeps the first word as written at the start of a sentence', () => {
    const text = 'The the vote was close.';
    assert.equal(only(text, RULE).after, 'The vote was close.');
  });

  it('flags a repeat across a line break inside a paragraph', () => {
    const text = 'He wanted to to\nleave early, the aide said.';
    assert.equal(only(text, RULE).after, 'He wanted to\nleave early, the aide said.');
  });

  it('keeps retext-repeated-words allowances', () => {
    assert.deepEqual(messages('It was the best result they had had since 1990.', RULE), []);
    assert.deepEqual(messages('He said that that plan was dead.', RULE), []);
    assert.deepEqual(messages('They danced to Duran Duran all night.', RULE), []);
  });

  it('does not flag words split by punctuation or a heading line', () => {
    assert.deepEqual(messages('He said no, no deal would be signed.', RULE), []);
    assert.deepEqual(messages('About Acme\nAcme makes anvils for the trade.', RULE), []);
  });

  it('does not flag menu items in capitals or repeats that differ in case', () => {
    assert.deepEqual(messages('Categories Colorado DIY DIY & Crafts Family', RULE), []);
    assert.deepEqual(messages('Seek to live, currently playing live LIVE', RULE), []);
    assert.equal(messages('It was a a good day.', RULE).length, 1);
  });

  it('reports a repeat inside a quote at information severity, with no fix', () => {
    const text = 'He said: “We will will win this.” Then he left.';
    const quote = rangeOf(text, '“We will will win this.”');
    const list = findings(text, RULE, [quote]);
    assert.equal(list.length, 1);
    assert.equal(list[0].severity, 'information');
    assert.equal(list[0].message, 'Unexpected repeated `will`, remove one occurrence (inside a quote: possibly a transcription slip; check the recording)');
    assert.deepEqual(list[0].fixes, []);
  });
});

describe('grammar/repeated-word inside a quote', () => {
  it('offers no fix: the speaker’s words are checked against the recording, not rewritten', () => {
    const text = 'He said: “We will will win.”';
    const found = check(text).findings.filter((f) => f.rule === 'grammar/repeated-word');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'information');
    assert.deepEqual(found[0].fixes, []);
  });
});

describe('grammar/article-sound before a repeated article', () => {
  it('leaves "a a" to the repeated-word rule, so fixing both cannot leave "an a"', () => {
    const rules = check('She bought a a car.').findings.map((f) => f.rule);
    assert.deepEqual(rules, ['grammar/repeated-word']);
    assert.deepEqual(
      check('She bought a apple.').findings.map((f) => f.rule),
      ['grammar/article-sound'],
    );
  });
});

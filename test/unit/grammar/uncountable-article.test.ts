import assert from 'node:assert/strict';
import { messages, only, rangeOf } from './helpers';
import { HEAD_FOLLOWERS, UNCOUNTABLE_NOUNS } from '../../../src/engine/detectors/grammar/data/uncountable';

const RULE = 'grammar/uncountable-article';

describe('grammar/uncountable-article', () => {
  it('flags "a legislation" and deletes "a"', () => {
    const text = 'Trump signed a legislation to impose sanctions.';
    const { finding, covered, after } = only(text, RULE);
    assert.equal(finding.message, 'Unexpected article `a` before the uncountable noun `legislation`, remove it');
    assert.equal(covered, 'a legislation');
    assert.equal(after, 'Trump signed legislation to impose sanctions.');
    assert.equal(finding.fixes[0].title, 'Remove `a`');
  });

  const fires: [string, string][] = [
    ['She gave an advice to the board.', 'She gave advice to the board.'],
    ['Police found an evidence of fraud.', 'Police found evidence of fraud.'],
    ['They shared an information.', 'They shared information.'],
    ['A research by the university was cited.', 'Research by the university was cited.'],
  ];
  for (const [text, after] of fires) {
    it(`fires on ${JSON.stringify(text)}`, () => assert.equal(only(text, RULE).after, after));
  }

  const passes = [
    'He held a news conference on Monday.',
    'A research team found the wreck.',
    'They ran an information campaign.',
    'He signed legislation to impose sanctions.',
    'She has a knowledge of the law.',
    'It is an equipment shortage.',
    'The news is good.',
    'She read A News of the World story.',
  ];
  for (const text of passes) {
    it(`stays silent on ${JSON.stringify(text)}`, () => assert.deepEqual(messages(text, RULE), []));
  }

  it('stays silent inside a quote', () => {
    const text = 'He said, “I signed a legislation to help.”';
    assert.deepEqual(messages(text, RULE, [rangeOf(text, '“I signed a legislation to help.”')]), []);
    assert.equal(messages(text, RULE).length, 1);
  });

  it('has a lower-case noun list without nouns that are often countable', () => {
    for (const noun of UNCOUNTABLE_NOUNS) assert.match(noun, /^[a-z]+$/);
    for (const countable of ['knowledge', 'wealth', 'aid', 'violence', 'paper']) assert.equal(UNCOUNTABLE_NOUNS.has(countable), false, countable);
    assert.ok(UNCOUNTABLE_NOUNS.has('legislation'));
  });

  it('has only function words and verbs as head followers, never a noun it could modify', () => {
    for (const word of HEAD_FOLLOWERS) assert.match(word, /^[a-z]+$/);
    for (const noun of ['conference', 'team', 'campaign', 'package']) assert.equal(HEAD_FOLLOWERS.has(noun), false, noun);
  });
});

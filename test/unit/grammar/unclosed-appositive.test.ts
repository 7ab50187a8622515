import assert from 'node:assert/strict';
import { messages, only, rangeOf } from './helpers';

const RULE = 'grammar/unclosed-appositive';

describe('grammar/unclosed-appositive', () => {
  it('flags the missing closing comma and inserts it', () => {
    const text = 'On Monday, Rex Tillerson, the U.S. Secretary of State was found at odds with his party.';
    const { finding, covered, after } = only(text, RULE);
    assert.equal(covered, 'the U.S. Secretary of State');
    assert.equal(finding.severity, 'information');
    assert.equal(finding.message, 'Missing comma after `the U.S. Secretary of State`: the phrase after `Rex Tillerson,` is not closed before `was`');
    assert.deepEqual(finding.fixes[0].edits, [{ start: 53, end: 53, text: ',' }]);
    assert.equal(after, 'On Monday, Rex Tillerson, the U.S. Secretary of State, was found at odds with his party.');
  });

  it('flags a name at the start of the sentence', () => {
    const text = 'Jane Smith, the company’s chief executive said the deal was done.';
    assert.equal(only(text, RULE).after, 'Jane Smith, the company’s chief executive, said the deal was done.');
  });

  const passes = [
    'On Monday, Rex Tillerson, the U.S. Secretary of State, was found at odds with his party.',
    'In Washington, the president was asked about Russia.',
    'In Moscow, Russia, the protests were peaceful.',
    'Meanwhile, the secretary was asked about Russia.',
    'Last Monday, the minister was in Paris.',
    'Jane Smith, the chief executive who founded the firm, was there.',
    'Smith, the aide said, was not told.',
    'After meeting Trump, the president was upbeat.',
    'Trump and Putin, the two leaders were said to agree.',
  ];
  for (const text of passes) {
    it(`stays silent on ${JSON.stringify(text)}`, () => assert.deepEqual(messages(text, RULE), []));
  }

  it('stays silent inside a quote', () => {
    const text = 'He said, “John Smith, the team’s coach was right.”';
    assert.deepEqual(messages(text, RULE, [rangeOf(text, '“John Smith, the team’s coach was right.”')]), []);
  });
});

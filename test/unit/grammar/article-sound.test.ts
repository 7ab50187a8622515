import assert from 'node:assert/strict';
import { messages, only } from './helpers';

const RULE = 'grammar/article-sound';

describe('grammar/article-sound', () => {
  const fires: [string, string, string][] = [
    ['She ate a apple at noon.', 'Unexpected article `a` before `apple`, expected `an`', 'She ate an apple at noon.'],
    ['He joined an union last year.', 'Unexpected article `an` before `union`, expected `a`', 'He joined a union last year.'],
    ['The talks took a hour.', 'Unexpected article `a` before `hour`, expected `an`', 'The talks took an hour.'],
    ['It was an one-time payment.', 'Unexpected article `an` before `one-time`, expected `a`', 'It was a one-time payment.'],
    ['She spoke to a FBI agent.', 'Unexpected article `a` before `FBI`, expected `an`', 'She spoke to an FBI agent.'],
    ['Police found a 8-year-old girl.', 'Unexpected article `a` before `8-year-old`, expected `an`', 'Police found an 8-year-old girl.'],
    ['A apple a day.', 'Unexpected article `A` before `apple`, expected `An`', 'An apple a day.'],
  ];
  for (const [text, message, after] of fires) {
    it(`fires on ${JSON.stringify(text)}`, () => {
      const result = only(text, RULE);
      assert.equal(result.finding.message, message);
      assert.equal(result.after, after);
      assert.equal(result.finding.fixes[0].safe, true);
    });
  }

  const passes = [
    'An FBI agent testified.',
    'A U.S. official spoke.',
    'He watched an NBA game.',
    'It was a one-time deal.',
    'The vote took an hour.',
    'It was a unique chance.',
    'She is an honest broker.',
    'He drives a university bus.',
    'Plan A is on the table.',
    'They bought a house and an orchard.',
    'An 18-year-old was arrested.',
  ];
  for (const text of passes) {
    it(`stays silent on ${JSON.stringify(text)}`, () => {
      assert.deepEqual(messages(text, RULE), []);
    });
  }
});

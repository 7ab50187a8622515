import assert from 'node:assert/strict';
import { UNREADABLE, WordLists } from '../../../src/engine/wordlists';

describe('word lists (WordLists)', () => {
  const lists = new WordLists([
    ['the', 'you', "you're"],
    ['you', 'said'],
  ]);

  it('gives the flags of the lists holding a word, read in any ASCII case, apostrophes straight or curly', () => {
    assert.equal(lists.flagsOf('the'), 1);
    assert.equal(lists.flagsOf('you'), 3);
    assert.equal(lists.flagsOf('said'), 2);
    const line = 'YOU’RE The Said';
    assert.equal(lists.flagsAt(line, 0, 6), 1);
    assert.equal(lists.flagsAt(line, 7, 10), 1);
    assert.equal(lists.flagsAt(line, 11, 15), 2);
  });

  it('gives 0 for prefixes, longer words, digits and words no list holds', () => {
    for (const w of ['th', 'they', 'you2', 'sai', 'saids', '', 'x']) assert.equal(lists.flagsOf(w), 0, w);
  });

  it('leaves words with other characters beyond ASCII to the caller', () => {
    assert.equal(lists.flagsAt('sté', 0, 3), 0, 'no list word starts "st": settled by the prefix');
    assert.equal(lists.flagsAt('yoü', 0, 3), UNREADABLE);
    assert.equal(lists.flagsAt('\u212ahe', 0, 3), UNREADABLE, 'the Kelvin sign lower-cases to k');
  });

  it('reads periods and hyphens in list words ("u.s", "co-founder")', () => {
    const titles = new WordLists([['u.s', 'co-founder']]);
    assert.equal(titles.flagsOf('u.s'), 1);
    assert.equal(titles.flagsAt('Co-Founder', 0, 10), 1);
    assert.equal(titles.flagsOf('u'), 0);
  });

  it('refuses list entries it cannot read exactly, and more than eight lists', () => {
    for (const entry of ['Café', 'Said', 'don’t', 'x y']) assert.throws(() => new WordLists([[entry]]), entry);
    assert.throws(() => new WordLists(new Array(9).fill(['a'])));
  });
});

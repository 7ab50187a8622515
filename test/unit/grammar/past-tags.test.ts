import assert from 'node:assert/strict';
import { taggedPastAfterThe } from '../../../src/engine/detectors/grammar/rules/stray-determiner';
import { IRREGULAR_PAST } from '../../../src/engine/detectors/grammar/data/participles';
// The tagger the table was generated from (retext-pos's): a development dependency, never bundled.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Tagger } = require('pos') as { Tagger: new () => { tag(words: string[]): [string, string][] } };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const lexicon = require('pos/lexicon.js') as Record<string, string[]>;

describe('the past-form table for grammar/stray-determiner', () => {
  const tagger = new Tagger();
  const tagged = (word: string) => ['VBD', 'VBN'].includes(tagger.tag(['the', word])[1][1]);

  it('answers exactly as the part-of-speech tagger for every lower-case word of its lexicon', () => {
    const words = Object.keys(lexicon).filter((w) => /^[a-z]+$/.test(w));
    assert.ok(words.length > 40000);
    const differ = words.filter((w) => taggedPastAfterThe(w) !== tagged(w));
    assert.deepEqual(differ, []);
  });

  it('answers as the tagger for words it does not know and for the irregular past forms', () => {
    for (const w of ['xyzzed', 'blorfed', 'unglorfened', 'snorken', ...IRREGULAR_PAST]) assert.equal(taggedPastAfterThe(w), tagged(w), w);
    assert.equal(taggedPastAfterThe('seized'), true);
    // The tagger's rule 1 makes a VBD after a determiner a noun: "the took" is not read as a verb.
    assert.equal(taggedPastAfterThe('took'), false);
    assert.equal(taggedPastAfterThe('garden'), false);
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, cleaningMarks, endsTerminal, lineFeatures, SHORT_LINE_WORDS } from '../../../src/engine/detectors/boilerplate/features';
import { NEEDS_CLEANING, referenceClean, referenceFeatures } from './reference-features';
// A seeded generator (the benchmark's mulberry32), so a failure can be replayed.
import { seededRandom as random } from '../../../scripts/bench/generate.mjs';

/** The one-pass features in the reference's shape (all words, whatever the line's length). */
function asReference(text: string) {
  const { wordCount, shortWords, ...rest } = lineFeatures(text);
  return { wordCount, shortWords, rest };
}

function expected(text: string) {
  const { words, ...rest } = referenceFeatures(text);
  return { wordCount: words.length, shortWords: words.length <= SHORT_LINE_WORDS ? words : undefined, rest };
}

/** Characters that matter to the features: letters of several scripts and cases, digits, apostrophes, quotes, dashes, spaces, separators, link parts. */
const ALPHABET = [
  ...'aAzZiIsSyYmM09 \'’‘“”"«»—–-.:;!?…)]|•›·/@_w',
  '\u00a0',
  '\t',
  '\u2009',
  'é',
  'É',
  'ß',
  'Σ',
  'ς',
  'İ',
  'K',
  '\u212a',
  '٣',
  '\ud83d\ude00',
  'you',
  'said',
  ' I ',
  "I'm",
  'www.',
  'http://',
  '.com/',
  'By ',
];

describe('boilerplate line features, read in one pass', () => {
  it('agree with the plain reading on every line of the samples and fixtures', () => {
    const files = ['samples/tillerson-putin-scraped.txt', 'samples/us-russia-spat.txt', 'test/fixtures/boilerplate/reporter-draft.txt'];
    for (const file of files) {
      for (const line of readFileSync(join(process.cwd(), file), 'utf8').split(/\r?\n/)) assert.deepEqual(asReference(line), expected(line), line);
    }
  });

  it('agree with the plain reading on random lines', () => {
    const next = random(9);
    for (let n = 0; n < 3000; n++) {
      let line = '';
      const length = Math.floor(next() * 40);
      for (let k = 0; k < length; k++) line += ALPHABET[Math.floor(next() * ALPHABET.length)];
      assert.deepEqual(asReference(line), expected(line), JSON.stringify(line));
    }
  });

  it('keep the words of short lines only', () => {
    assert.deepEqual(lineFeatures('By Jane Roe').shortWords, ['by', 'jane', 'roe']);
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen';
    assert.equal(lineFeatures(long).wordCount, 13);
    assert.equal(lineFeatures(long).shortWords, undefined);
  });

  it('cleaningMarks finds what the regular expression finds, for every character', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [`a${ch}b`, `a ${ch}b`, `a${ch} b`]) assert.equal(cleaningMarks(s) !== 0, NEEDS_CLEANING.test(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`);
    }
  });

  it('clean makes what one replacement with a callback made', () => {
    const next = random(5);
    for (let n = 0; n < 5000; n++) {
      let line = '';
      for (let k = Math.floor(next() * 16); k > 0; k--) line += ALPHABET[Math.floor(next() * ALPHABET.length)];
      assert.equal(clean(line), referenceClean(line), JSON.stringify(line));
    }
  });

  it('endsTerminal reads the end of a line as the regular expression does', () => {
    const re = /[.!?…]["'”’)\]]*$|[:;]$/;
    const next = random(4);
    const chars = [...'a .!?…"\'”’)]:;(“'];
    for (let n = 0; n < 5000; n++) {
      let s = '';
      for (let k = Math.floor(next() * 6); k > 0; k--) s += chars[Math.floor(next() * chars.length)];
      assert.equal(endsTerminal(s), re.test(s), JSON.stringify(s));
    }
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORG_WORDS, PERSON_TITLES } from '../../../src/engine/detectors/quotes/data/names';
import { FRAMING_VERBS } from '../../../src/engine/detectors/quotes/data/framing-verbs';
import { SPEECH_VERBS } from '../../../src/engine/detectors/quotes/data/speech-verbs';
import { NAME_CONNECTORS, NOT_NAMES, PREPOSITIONS, TITLES } from '../../../src/engine/detectors/quotes/data/words';
import { FRAMING_VERB, NAME_CONNECTOR, NOT_NAME, ORG_WORD, PERSON_TITLE, PREPOSITION, SPEECH_VERB, TITLE } from '../../../src/engine/detectors/quotes/token-lists';
import { tokenize, type Token } from '../../../src/engine/detectors/quotes/tokens';
// A seeded generator (the benchmark's mulberry32), so a failure can be replayed.
import { seededRandom as random } from '../../../scripts/bench/generate.mjs';

/** A word's list bits by set lookups. */
function referenceLists(lower: string): number {
  const pairs: [ReadonlySet<string>, number][] = [
    [SPEECH_VERBS, SPEECH_VERB],
    [NOT_NAMES, NOT_NAME],
    [NAME_CONNECTORS, NAME_CONNECTOR],
    [TITLES, TITLE],
    [PERSON_TITLES, PERSON_TITLE],
    [PREPOSITIONS, PREPOSITION],
    [ORG_WORDS, ORG_WORD],
    [FRAMING_VERBS, FRAMING_VERB],
  ];
  return pairs.reduce((bits, [set, bit]) => (set.has(lower) ? bits | bit : bits), 0);
}

/** The tokenizer as first written: the pattern its comment gives, run as a regular expression. */
function referenceTokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu)) {
    const t = m[0];
    const lower = t.toLowerCase().replace(/’/g, "'");
    const code = t.charCodeAt(0);
    const cap = code < 128 ? code >= 65 && code <= 90 : t[0] !== lower[0] && t[0] === t[0].toUpperCase();
    out.push({ start: m.index!, end: m.index! + t.length, text: t, lower, cap, lists: referenceLists(lower) });
  }
  return out;
}

/** Letters of several scripts and cases, digits, marks, joiners, astral letters and lone surrogates. */
const PIECES = [
  ...'aZ09 .-\'’‘"“”,—\n',
  'é',
  'É',
  'e\u0301',
  '\u0301',
  'ß',
  'İ',
  'Σ',
  '\u212a',
  '٣',
  '中',
  '\ud835\udc00',
  '\ud83d\ude00',
  '\ud835',
  '\udc00',
  'U.S',
  "he'd",
  'al-Assad',
  'Russia’s',
  'said',
  'Said',
  'of',
  'Secretary',
  'co-founder',
  'the',
  'Department',
  'von',
];

describe('quote tokens (tokenize)', () => {
  it('reads the samples as the regular expression does', () => {
    for (const file of ['samples/tillerson-putin-scraped.txt', 'samples/us-russia-spat.txt']) {
      const text = readFileSync(join(process.cwd(), file), 'utf8');
      assert.deepEqual(tokenize(text), referenceTokenize(text));
    }
  });

  it('reads random text as the regular expression does (marks, joiners, surrogates, scripts)', () => {
    const next = random(17);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = Math.floor(next() * 24); k > 0; k--) text += PIECES[Math.floor(next() * PIECES.length)];
      assert.deepEqual(tokenize(text), referenceTokenize(text), JSON.stringify(text));
    }
  });

  it('gives every word of every list its bits, whatever its case', () => {
    for (const set of [SPEECH_VERBS, NOT_NAMES, NAME_CONNECTORS, TITLES, PERSON_TITLES, PREPOSITIONS, ORG_WORDS, FRAMING_VERBS]) {
      for (const w of set) {
        for (const text of [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]) {
          const tokens = tokenize(text);
          if (tokens.length === 1 && tokens[0].text === text) assert.equal(tokens[0].lists, referenceLists(w), text);
        }
      }
    }
  });

  it('joins inner apostrophes, hyphens and periods, and lower-cases with straight apostrophes', () => {
    assert.deepEqual(
      tokenize('Russia’s al-Assad, U.S. troops.').map((t) => [t.text, t.lower, t.cap]),
      [
        ['Russia’s', "russia's", true],
        ['al-Assad', 'al-assad', false],
        ['U.S', 'u.s', true],
        ['troops', 'troops', false],
      ],
    );
  });
});

import assert from 'node:assert/strict';
import { NAME_CONNECTORS, NOT_NAMES, PERSON_PRONOUNS, PREPOSITIONS, SUBJECT_VERB_FILLERS, TITLES } from '../../../src/engine/detectors/quotes/data/words';
import { ORG_WORDS, PERSON_TITLES } from '../../../src/engine/detectors/quotes/data/names';
import { SPEECH_VERBS, isParticiple, isSpeechVerb } from '../../../src/engine/detectors/quotes/data/speech-verbs';

const lists: [string, ReadonlySet<string>][] = [
  ['SPEECH_VERBS', SPEECH_VERBS],
  ['TITLES', TITLES],
  ['NOT_NAMES', NOT_NAMES],
  ['PERSON_PRONOUNS', PERSON_PRONOUNS],
  ['PREPOSITIONS', PREPOSITIONS],
  ['SUBJECT_VERB_FILLERS', SUBJECT_VERB_FILLERS],
  ['NAME_CONNECTORS', NAME_CONNECTORS],
  ['ORG_WORDS', ORG_WORDS],
  ['PERSON_TITLES', PERSON_TITLES],
];

describe('quote word lists', () => {
  for (const [name, list] of lists) {
    it(`${name} holds lower-case words only, no spaces or stray characters`, () => {
      assert.ok(list.size > 0);
      for (const w of list) assert.match(w, /^[a-z][a-z.'-]*$/, `${name}: ${w}`);
    });
  }

  it('speech verbs include the attribution verbs news copy uses, in every form', () => {
    for (const w of [
      'said',
      'says',
      'told',
      'added',
      'noted',
      'wrote',
      'stated',
      'acknowledged',
      'emphasized',
      'explained',
      'insisted',
      'argued',
      'warned',
      'asked',
      'saying',
      'tweeted',
      'recalled',
      'quoted',
    ]) {
      assert.ok(isSpeechVerb(w), w);
    }
  });

  it('speech verbs leave out words that mostly do something else', () => {
    for (const w of ['agreed', 'maintained', 'called', 'speaking', 'met', 'signed', 'the']) assert.equal(isSpeechVerb(w), false, w);
  });

  it('isSpeechVerb is exactly membership of SPEECH_VERBS (capitals, apostrophes, prefixes and longer words are not verbs)', () => {
    for (const w of SPEECH_VERBS) assert.equal(isSpeechVerb(w), true, w);
    for (const w of ['Said', 'SAID', 'sa', 'saidx', "said's", 'said’', 'saíd', 'said2', '', 'x']) assert.equal(isSpeechVerb(w), false, w);
  });

  it('knows participles', () => {
    assert.equal(isParticiple('saying'), true);
    assert.equal(isParticiple('said'), false);
  });

  it('person titles are titles', () => {
    for (const t of ['president', 'secretary', 'minister', 'mr', 'sen', 'gov']) assert.ok(TITLES.has(t) || PERSON_TITLES.has(t), t);
  });

  it('no word is both a pronoun and a name filler', () => {
    for (const w of PERSON_PRONOUNS) assert.equal(SUBJECT_VERB_FILLERS.has(w), false, w);
  });
});

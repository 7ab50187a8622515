import assert from 'node:assert/strict';
import { APPOSITIVE_STARTERS, CLAUSE_WORDS, FINITE_VERBS, NOT_NAME_WORDS, ROLE_NOUNS } from '../../../src/engine/detectors/grammar/data/appositive';
import { CONJUNCTIONS, IRREGULAR_PAST, NEVER_FLAGGED, NUMBER_WORDS, OBJECT_STARTERS } from '../../../src/engine/detectors/grammar/data/participles';

function lowerWords(list: ReadonlySet<string>, name: string): void {
  assert.ok(list.size > 0, `${name} is empty`);
  for (const word of list) assert.match(word, /^[a-z-]+$/, `${name}: ${word}`);
}

describe('grammar word lists', () => {
  it('appositive lists are lower-case words', () => {
    for (const [name, list] of Object.entries({ APPOSITIVE_STARTERS, CLAUSE_WORDS, FINITE_VERBS, NOT_NAME_WORDS, ROLE_NOUNS })) lowerWords(list, name);
  });

  it('appositive lists hold the words the rule depends on', () => {
    for (const w of ['in', 'on', 'meanwhile', 'monday', 'last']) assert.ok(NOT_NAME_WORDS.has(w), w);
    for (const w of ['secretary', 'minister', 'spokesman', 'wife']) assert.ok(ROLE_NOUNS.has(w), w);
    for (const w of ['was', 'is', 'said', 'has']) assert.ok(FINITE_VERBS.has(w), w);
    for (const w of ['who', 'which', 'and']) assert.ok(CLAUSE_WORDS.has(w), w);
    assert.deepEqual(
      [...APPOSITIVE_STARTERS].filter((w) => FINITE_VERBS.has(w) || CLAUSE_WORDS.has(w)),
      [],
    );
  });

  it('participle lists are lower-case words and do not contradict each other', () => {
    for (const [name, list] of Object.entries({ CONJUNCTIONS, IRREGULAR_PAST, NEVER_FLAGGED, NUMBER_WORDS, OBJECT_STARTERS })) lowerWords(list, name);
    assert.deepEqual(
      [...IRREGULAR_PAST].filter((w) => NEVER_FLAGGED.has(w)),
      [],
    );
    for (const w of ['and', 'but']) assert.ok(CONJUNCTIONS.has(w), w);
    for (const w of ['two', 'several']) assert.ok(NUMBER_WORDS.has(w), w);
  });
});

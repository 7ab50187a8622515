import assert from 'node:assert/strict';
import { nameText, nameWords, readName } from '../../../src/engine/detectors/quotes/names';
import { tokenize } from '../../../src/engine/detectors/quotes/tokens';

/** readName over the whole text's tokens. */
function read(text: string) {
  const tokens = tokenize(text);
  return readName(text, tokens, 0, tokens.length - 1);
}

describe('quote names (readName, nameWords, nameText)', () => {
  it('strips leading words and titles, and keeps a run that is all title whole', () => {
    assert.equal(read('Meanwhile Secretary of State Rex Tillerson')?.display, 'Rex Tillerson');
    assert.deepEqual(read('Russia’s Foreign Secretary'), { s: 0, e: 2, display: 'Russia’s Foreign Secretary', descriptor: true });
    assert.equal(read('Secretary'), undefined, 'a lone title names nobody');
  });

  it('makes runs of white space in a name single spaces, and copies a single-spaced name as written', () => {
    assert.equal(read('Rex\nTillerson')?.display, 'Rex Tillerson');
    assert.equal(read('Rex \t Tillerson')?.display, 'Rex Tillerson');
    assert.equal(read('Rex\u00a0Tillerson')?.display, 'Rex Tillerson');
    assert.equal(read('John F. Kennedy')?.display, 'John F. Kennedy');
  });

  it('nameWords finds the words readName finds, and nameText their text', () => {
    for (const text of ['President Donald Trump', 'The Browns DL Sheldon Richardson', 'Dr. Jane\nRoe', 'Nobody', 'CEO']) {
      const tokens = tokenize(text);
      const words = nameWords(tokens, 0, tokens.length - 1);
      const name = readName(text, tokens, 0, tokens.length - 1);
      assert.deepEqual(words && { ...words, display: nameText(text, tokens, words) }, name, text);
    }
  });
});

import assert from 'node:assert/strict';
import { BYLINE, DATE_WORDS, MONTHS } from '../../../src/engine/detectors/boilerplate/data/byline';
import { STOPWORDS } from '../../../src/engine/detectors/boilerplate/data/stopwords';
import { FIRST_PERSON_WORDS, REPORTING_WORDS, SECOND_PERSON_WORDS } from '../../../src/engine/detectors/boilerplate/data/words';
import { lineFeatures } from '../../../src/engine/detectors/boilerplate/features';
import { isDateLine } from '../../../src/engine/detectors/boilerplate/rules/byline';
import { KINDS, type Kind } from '../../../src/engine/detectors/boilerplate/rules';
import { boilerplate, draftWith, flaggedLines } from './helpers';

/** The kind a list entry reports as: the first kind in KINDS order whose list holds it. */
function owner(entry: string, list: 'lines' | 'phrases'): Kind {
  return KINDS.find((k) => k.data?.[list].includes(entry))!;
}

/** Capitalise the first letter, as the entry would stand at the start of a line. */
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

describe('boilerplate phrase lists', () => {
  for (const kind of KINDS) {
    if (!kind.data) continue;
    describe(kind.rule, () => {
      for (const entry of kind.data!.lines) {
        it(`flags a line reading "${entry}"`, () => {
          const line = cap(entry);
          const text = draftWith([line]);
          const found = boilerplate(text).filter((f) => text.slice(f.start, f.end) === line);
          assert.deepEqual(
            found.map((f) => f.rule),
            [owner(entry, 'lines').rule],
          );
        });
      }
      for (const entry of kind.data!.phrases) {
        it(`flags a line containing "${entry}"`, () => {
          // The phrase in a short line, amid article paragraphs that alone would keep it.
          const line = cap(`${entry.trim()} here`);
          const text = draftWith([line]);
          const found = boilerplate(text).filter((f) => text.slice(f.start, f.end) === line);
          assert.equal(found.length, 1, `not flagged: ${line}`);
          const expected = KINDS.find((k) => k.data?.lines.includes(line.toLowerCase())) ?? owner(entry, 'phrases');
          assert.ok(found[0].rule === expected.rule || KINDS.slice(0, KINDS.indexOf(expected)).some((k) => k.rule === found[0].rule), `${line}: ${found[0].rule}`);
        });
      }
    });
  }

  it('has no entry in upper case, with curly quotes or with doubled spaces', () => {
    for (const kind of KINDS) {
      for (const entry of [...(kind.data?.lines ?? []), ...(kind.data?.phrases ?? [])]) {
        assert.equal(entry, entry.toLowerCase(), entry);
        assert.ok(!/[\u2018\u2019\u201c\u201d]|\s\s/.test(entry), entry);
      }
    }
  });

  it('keeps article paragraphs that merely contain a phrase in a long sentence', () => {
    const line =
      'The paper said readers who continue reading past the first page are more likely to subscribe to the print edition, according to a survey of more than two thousand households in the region.';
    const text = draftWith([line]);
    assert.deepEqual(flaggedLines(text, boilerplate(text)), []);
  });
});

describe('boilerplate stopwords', () => {
  for (const word of STOPWORDS) {
    it(`counts "${word}" as a function word`, () => {
      assert.equal(lineFeatures(`${word} Zanzibar`).stopwords, 1);
    });
  }
  it('does not count content words', () => {
    assert.equal(lineFeatures('Council extends night buses').stopwords, 0);
  });
});

describe('boilerplate date words', () => {
  for (const month of MONTHS) {
    it(`reads "${cap(month)} 19, 2019" as a date line`, () => {
      assert.equal(isDateLine(lineFeatures(`${cap(month)} 19, 2019`)), true);
    });
  }
  for (const word of DATE_WORDS) {
    it(`reads "Nov. 19, 2019 ${word}" as a date line`, () => {
      assert.equal(isDateLine(lineFeatures(`Nov. 19, 2019 ${word}`)), true);
    });
  }
  it('does not read a sentence with a date as a date line', () => {
    assert.equal(isDateLine(lineFeatures('The council met on Nov. 19, 2019 to vote.')), false);
  });
  it('byline phrases only count in short lines', () => {
    assert.ok(BYLINE.phrases.includes('last updated'));
    const line = 'The entry-level model was last updated in July, while the larger models were refreshed with new processors in May of this year.';
    const text = draftWith([line]);
    assert.deepEqual(flaggedLines(text, boilerplate(text)), []);
  });
});

describe('boilerplate person and attribution words', () => {
  for (const word of REPORTING_WORDS) {
    it(`reads "${word}" as attribution`, () => {
      assert.equal(lineFeatures(`The mayor ${word} the plan`).reporting, true);
    });
  }
  for (const word of FIRST_PERSON_WORDS) {
    it(`counts "${word}" as first person outside quotation marks only`, () => {
      assert.equal(lineFeatures(`Well ${word} again`).firstPerson, 1);
      assert.equal(lineFeatures(`"Well ${word} again," she said.`).firstPerson, 0);
    });
  }
  for (const word of SECOND_PERSON_WORDS) {
    it(`counts "${word}" as second person`, () => {
      assert.equal(lineFeatures(`Get ${word} copy`).secondPerson, 1);
    });
  }
  it('counts none of them in plain reporting', () => {
    const f = lineFeatures('The council voted on Tuesday.');
    assert.deepEqual([f.reporting, f.firstPerson, f.secondPerson], [false, 0, 0]);
  });
});

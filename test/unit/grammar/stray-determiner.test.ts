import assert from 'node:assert/strict';
import { messages, only, rangeOf } from './helpers';
import { NEVER_FLAGGED, OBJECT_STARTERS } from '../../../src/engine/detectors/grammar/data/participles';

const RULE = 'grammar/stray-determiner';

describe('grammar/stray-determiner', () => {
  it('flags "and the seized two American compounds" and deletes "the"', () => {
    const text = 'Russia responded with the expulsion of 755 staff members and the seized two American compounds.';
    const { finding, covered, after } = only(text, RULE);
    assert.equal(finding.message, 'Unexpected `the` before the verb `seized`, which has its own object: remove `the`');
    assert.equal(covered, 'the seized');
    assert.equal(after, 'Russia responded with the expulsion of 755 staff members and seized two American compounds.');
    assert.equal(finding.fixes[0].safe, undefined);
  });

  it('flags a past form followed by an object noun phrase', () => {
    const text = 'Officials met the envoy and the ordered the closure of the port.';
    assert.equal(only(text, RULE).after, 'Officials met the envoy and ordered the closure of the port.');
  });

  const passes = [
    'The injured were taken to hospital.',
    'The seized compounds were returned.',
    'The accused denied the charges.',
    'The elected officials met on Monday.',
    'An estimated 5,000 people marched, and the estimated 300 police watched.',
    'The embassy and the seized compounds were returned.',
    'Police and the wounded were flown out.',
    'The report and the required 10 signatures arrived.',
    'She spoke to the children the teacher named.',
  ];
  for (const text of passes) {
    it(`stays silent on ${JSON.stringify(text)}`, () => assert.deepEqual(messages(text, RULE), []));
  }

  it('stays silent inside a quote', () => {
    const text = 'He said, “They came and the seized two of our houses.”';
    assert.deepEqual(messages(text, RULE, [rangeOf(text, '“They came and the seized two of our houses.”')]), []);
    assert.equal(messages(text, RULE).length, 1);
  });

  it('never flags nouns-from-participles and the object starters are function words', () => {
    for (const word of ['accused', 'injured', 'elected', 'estimated', 'wounded']) assert.ok(NEVER_FLAGGED.has(word), word);
    for (const word of OBJECT_STARTERS) assert.match(word, /^[a-z]+$/);
  });
});

describe('part-of-speech tagging', () => {
  it('needs no tagger lexicon at run time: the engine bundle leaves it out', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    assert.ok(existsSync('dist/engine.js'), 'dist/engine.js is missing: run `npm run build` first');
    const bundle = readFileSync('dist/engine.js', 'utf8');
    // "Ranavan" is the lexicon's first entry; the 4 MB lexicon would take ~60 MB of memory to load.
    assert.equal(bundle.includes('Ranavan'), false);
    assert.ok(bundle.length < 1_500_000, `dist/engine.js is ${bundle.length} bytes`);
  });
});

describe('grammar/stray-determiner and nouns that look like past forms', () => {
  for (const text of ['They built the set the director wanted.', 'He took the cut the union demanded.', 'Voters on the left the party ignored stayed home.']) {
    it(`stays silent on ${JSON.stringify(text)}`, () => assert.deepEqual(messages(text, RULE), []));
  }
});

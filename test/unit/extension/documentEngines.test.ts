import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../../src/engine/check';
import { DocumentEngines } from '../../../src/extension/documentEngines';

const SAMPLE = fs.readFileSync(path.join('samples', 'us-russia-spat.txt'), 'utf8');

describe('DocumentEngines', () => {
  it('gives each document the result check() gives, version after version', () => {
    const engines = new DocumentEngines();
    const edited = SAMPLE.replace('at odds from', 'at odds with');
    assert.deepEqual(engines.check(SAMPLE, {}, 'a'), check(SAMPLE));
    assert.deepEqual(engines.check(edited, {}, 'a'), check(edited));
    assert.deepEqual(engines.check(SAMPLE, { categories: { grammar: false } }, 'b'), check(SAMPLE, { categories: { grammar: false } }));
  });

  it('keeps one checker per document and drops it when the document is forgotten', () => {
    const engines = new DocumentEngines();
    const first = engines.check(SAMPLE, {}, 'a');
    assert.equal(engines.check(SAMPLE, {}, 'a'), first, 'the same text is answered from the document’s checker');
    engines.forget('a');
    const again = engines.check(SAMPLE, {}, 'a');
    assert.notEqual(again, first, 'a forgotten document starts afresh');
    assert.deepEqual(again, first);
  });
});

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { check } from '../../../src/engine/check';
import { createChecker } from '../../../src/engine/incremental';
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
    let made = 0;
    const engines = new DocumentEngines(() => {
      made++;
      return createChecker();
    });
    const first = engines.check(SAMPLE, {}, 'a');
    assert.deepEqual(engines.check(SAMPLE, {}, 'a'), first);
    assert.equal(made, 1, 'a document’s checks share its checker');
    engines.check(SAMPLE, {}, 'b');
    assert.equal(made, 2, 'each document has its own');
    engines.forget('a');
    assert.deepEqual(engines.check(SAMPLE, {}, 'a'), first);
    assert.equal(made, 3, 'a forgotten document starts afresh');
  });
});

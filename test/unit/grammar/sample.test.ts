import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../src/engine/check';
import { checkGrammar } from '../../../src/engine/detectors/grammar';
import { applyEdits } from '../../../src/engine/edits';
import type { Finding } from '../../../src/engine/types';

const SAMPLE = readFileSync(join(__dirname, '../../../../samples/us-russia-spat.txt'), 'utf8');

/** [rule, text covered, severity, the changed words after the fix] */
const EXPECTED: [string, string, Finding['severity'], string][] = [
  ['grammar/unclosed-appositive', 'the U.S. Secretary of State', 'information', 'Rex Tillerson, the U.S. Secretary of State, was found'],
  ['grammar/fixed-phrase', 'at odds from', 'warning', 'was found at odds with his low-profile'],
  ['style/inconsistent-form', 'demeanour', 'warning', 'low-profile demeanor as he made'],
  ['grammar/fixed-phrase', 'quoted saying', 'warning', 'Tillerson was quoted as saying that'],
  ['style/inconsistent-form', 'congress', 'warning', 'The bill passed through Congress with much enthusiasm, the White House'],
  ['style/inconsistent-form', 'tight lipped', 'warning', 'uncharacteristically tight-lipped.\n'],
  ['grammar/uncountable-article', 'a legislation', 'warning', 'begrudgingly signed legislation to impose'],
  ['grammar/fixed-phrase', 'taken lightly to', 'warning', 'Russia has not taken kindly to this matter'],
  ['grammar/stray-determiner', 'the seized', 'warning', 'embassy in Moscow and seized two American compounds'],
  ['grammar/fixed-phrase', 'interest towards', 'warning', 'emphasizing an interest in a diplomatic resolution'],
];

function describeFinding(f: Finding): [string, string, string] {
  return [f.rule, SAMPLE.slice(f.start, f.end), f.severity];
}

describe('grammar on samples/us-russia-spat.txt', () => {
  // Quote ranges given by hand, as the quote extractor would give them.
  const quotes = [
    '“this (the interference) had created serious mistrust between our two countries.”',
    '“We talked about it in the discussion we had with Minister Lavrov yesterday',
    '“…told the foreign minister that we have not made a decision',
    '“I don’t think it is useful to just cut everything off on one single issue,”',
    '“These are two very large countries and we should find places that we can work together, let’s try to work together,”',
    '“pulls back from confrontation.”',
  ].map((q) => {
    const start = SAMPLE.indexOf(q);
    assert.ok(start >= 0, q);
    // The second and third quotes run to their closing mark.
    const close = SAMPLE.indexOf('”', start + 1);
    return { start, end: close + 1 };
  });

  const found = checkGrammar(SAMPLE, { quotes });

  it('flags exactly the slips of the issue (with the quotes known), in order', () => {
    assert.deepEqual(
      found.map(describeFinding),
      EXPECTED.map(([rule, covered, severity]) => [rule, covered, severity]),
    );
  });

  for (const [rule, covered, , afterFix] of EXPECTED) {
    it(`fixes "${covered}" (${rule})`, () => {
      const f = found.find((x) => x.rule === rule && SAMPLE.slice(x.start, x.end) === covered);
      assert.ok(f);
      const after = applyEdits(SAMPLE, f.fixes[0].edits);
      assert.ok(after.includes(afterFix), `after the fix: ${JSON.stringify(afterFix)}`);
      assert.equal(after.length, SAMPLE.length - covered.length + (after.length - SAMPLE.length + covered.length));
    });
  }

  it('without quote ranges, also flags "one single" and "US" inside quotes (they are silent once quotes are known)', () => {
    const bare = checkGrammar(SAMPLE).map(describeFinding);
    assert.ok(bare.some(([rule, covered]) => rule === 'grammar/fixed-phrase' && covered === 'one single'));
    assert.ok(bare.some(([rule, covered]) => rule === 'style/inconsistent-form' && covered === 'US'));
  });

  // Depends on the quote extractor (src/engine/detectors/quotes): passes once it returns the sample's quotes.
  it('through check(): the same slips, and nothing inside quotes', () => {
    const result = check(SAMPLE);
    const mine = result.findings.filter((f) => f.category === 'grammar' || f.category === 'style').map(describeFinding);
    assert.deepEqual(
      mine,
      EXPECTED.map(([rule, covered, severity]) => [rule, covered, severity]),
    );
  });
});

describe('grammar on samples/tillerson-putin-scraped.txt', () => {
  it('raises nothing at warning level on the scraped page', () => {
    const text = readFileSync(join(__dirname, '../../../../samples/tillerson-putin-scraped.txt'), 'utf8');
    const serious = checkGrammar(text).filter((f) => f.severity === 'warning' || f.severity === 'error');
    assert.deepEqual(
      serious.map((f) => [f.rule, text.slice(f.start, f.end)]),
      [],
    );
  });
});

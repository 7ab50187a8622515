import assert from 'node:assert/strict';
import { findings, messages, only, rangeOf } from './helpers';
import { AMERICAN_TO_BRITISH, BRITISH_TO_AMERICAN, SPELLING_PAIRS } from '../../../src/engine/detectors/grammar/data/spelling';
import { PROPER_NOUNS } from '../../../src/engine/detectors/grammar/data/proper-nouns';
import { compactCounts, newCounts } from '../../../src/engine/detectors/grammar/rules/inconsistent-form';

const RULE = 'style/inconsistent-form';

describe('style/inconsistent-form', () => {
  describe('hyphenated compounds', () => {
    it('flags the open form when the draft hyphenates it elsewhere', () => {
      const text = 'The White House stayed tight lipped. Later, aides were tight-lipped too.';
      const { finding, covered, after } = only(text, RULE);
      assert.equal(covered, 'tight lipped');
      assert.equal(finding.message, '`tight lipped` is written `tight-lipped` elsewhere in this draft, expected `tight-lipped`');
      assert.deepEqual(finding.related, [{ ...rangeOf(text, 'tight-lipped'), message: '`tight-lipped` here' }]);
      assert.equal(after, 'The White House stayed tight-lipped. Later, aides were tight-lipped too.');
      assert.equal(finding.fixes[0].safe, undefined);
    });

    it('stays silent without the other form, for position-dependent compounds, and for verbs with objects', () => {
      assert.deepEqual(messages('The White House stayed tight lipped.', RULE), []);
      assert.deepEqual(messages('She is well known. He is a well-known author.', RULE), []);
      assert.deepEqual(messages('In the long term, long-term rates rise.', RULE), []);
      assert.deepEqual(messages('The state-owned bank grew. The state owned the land.', RULE), []);
    });

    it('stays silent when the open form is the majority', () => {
      assert.deepEqual(messages('He was tight lipped. She was tight lipped. They were tight-lipped.', RULE), []);
    });
  });

  describe('capitalised proper nouns', () => {
    it('flags "congress" where the draft writes "Congress" mid-sentence', () => {
      const text = 'The bill passed through congress quickly. It passed through Congress again.';
      const { finding, covered, after } = only(text, RULE);
      assert.equal(covered, 'congress');
      assert.equal(finding.message, '`congress` is written `Congress` elsewhere in this draft, expected `Congress`');
      assert.equal(after, 'The bill passed through Congress quickly. It passed through Congress again.');
    });

    it('does not take a sentence-initial capital or a headline as evidence', () => {
      assert.deepEqual(messages('Congress met. The bill passed through congress quickly.', RULE), []);
      assert.deepEqual(messages('Why Congress Waits\n\nThe bill passed through congress quickly.', RULE), []);
    });

    it('keeps the proper-noun list lower case and free of common words', () => {
      for (const word of PROPER_NOUNS) assert.match(word, /^[a-z]+$/);
      for (const common of ['may', 'march', 'august', 'senate', 'internet', 'state', 'president']) assert.equal(PROPER_NOUNS.has(common), false, common);
    });
  });

  describe('US and U.S.', () => {
    it('flags the minority form', () => {
      const text = 'The U.S. embassy and U.S. officials met US diplomats.';
      const { finding, covered, after } = only(text, RULE);
      assert.equal(covered, 'US');
      assert.equal(finding.message, '`US` is written `U.S.` elsewhere in this draft, expected `U.S.`');
      assert.equal(after, 'The U.S. embassy and U.S. officials met U.S. diplomats.');
    });

    it('flags U.S. when US is the majority', () => {
      const text = 'US troops and US ships met U.S. aircraft.';
      assert.equal(only(text, RULE).after, 'US troops and US ships met US aircraft.');
    });

    it('ignores the pronoun "us", ties, and all-capital lines', () => {
      assert.deepEqual(messages('Let us see what U.S. officials say about the U.S. plan.', RULE), []);
      assert.deepEqual(messages('US troops met U.S. officials.', RULE), []);
      assert.deepEqual(messages('TELL US WHAT YOU THINK NOW.\n\nThe U.S. plan and the U.S. budget.', RULE), []);
    });

    it('stays silent inside a quote (but the quoted form still counts)', () => {
      const text = 'U.S. officials met. He said, “the US and Russia must talk.” The U.S. side agreed.';
      assert.deepEqual(messages(text, RULE, [rangeOf(text, '“the US and Russia must talk.”')]), []);
      assert.equal(messages(text, RULE).length, 1);
    });
  });

  describe('British and American spelling', () => {
    it('flags a British spelling in an American draft', () => {
      const text = 'He kept a low-profile demeanour. She emphasized the point and he realized the risk.';
      const { finding, covered, after } = only(text, RULE);
      assert.equal(covered, 'demeanour');
      assert.equal(finding.message, '`demeanour` is British spelling in a draft otherwise in American spelling (`emphasized`), expected `demeanor`');
      assert.equal(after, 'He kept a low-profile demeanor. She emphasized the point and he realized the risk.');
    });

    it('flags an American spelling in a British draft', () => {
      const text = 'The colour faded. The centre closed. Their favourite team left the neighborhood.';
      assert.equal(only(text, RULE).after, 'The colour faded. The centre closed. Their favourite team left the neighbourhood.');
    });

    it('stays silent when the draft has no clear majority, or on capitalised names', () => {
      assert.deepEqual(messages('He kept a low-profile demeanour. She emphasized the point.', RULE), []);
      assert.deepEqual(messages('The Labour Party met at the Centre for Policy. She emphasized and realized it.', RULE), []);
    });

    it('has spelling pairs in lower case with each form in one variety only', () => {
      assert.ok(SPELLING_PAIRS.length > 100);
      for (const [gb, us] of SPELLING_PAIRS) {
        assert.match(gb, /^[a-z-]+$/);
        assert.match(us, /^[a-z-]+$/);
        assert.notEqual(gb, us);
        assert.equal(BRITISH_TO_AMERICAN.has(us), false, us);
        assert.equal(AMERICAN_TO_BRITISH.has(gb), false, gb);
      }
      for (const ambiguous of ['check', 'program', 'story', 'tire']) assert.equal(AMERICAN_TO_BRITISH.has(ambiguous), false, ambiguous);
    });
  });

  it('is reported in the style category', () => {
    const f = findings('US troops and US ships met U.S. aircraft.', RULE)[0];
    assert.equal(f.category, 'style');
  });

  it("compacts a paragraph's counts: empty maps become one shared read-only map, the rest are kept as they are", () => {
    const a = newCounts();
    const sighting = { token: { start: 0, end: 8, text: 'congress' }, headline: false };
    a.lowerProper.set('congress', [sighting]);
    a.britishTotal = 2;
    const b = newCounts();
    const ca = compactCounts(a);
    const cb = compactCounts(b);
    assert.equal(ca.lowerProper, a.lowerProper);
    assert.equal(ca.britishTotal, 2);
    assert.equal(ca.open, cb.open, 'one empty map for all');
    assert.equal(cb.hyphenated, cb.american);
    assert.equal(cb.open.size, 0);
    assert.throws(() => cb.open.set('x y', [sighting]), /read-only/);
    assert.equal(cb.open.size, 0);
  });
});

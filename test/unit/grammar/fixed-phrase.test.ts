import assert from 'node:assert/strict';
import { findings, messages, only, rangeOf } from './helpers';
import { applyEdits } from '../../../src/engine/edits';
import { FIXED_PHRASES } from '../../../src/engine/detectors/grammar/data/fixed-phrases';
import { buildIndex, tokens } from '../../../src/engine/detectors/grammar/rules/fixed-phrase';

const RULE = 'grammar/fixed-phrase';

describe('grammar/fixed-phrase', () => {
  it('has at least 150 entries, no duplicates, each a real change', () => {
    assert.ok(FIXED_PHRASES.length >= 150, `${FIXED_PHRASES.length} entries`);
    const seen = new Set<string>();
    for (const p of FIXED_PHRASES) {
      const key = tokens(p.wrong).join(' ');
      assert.equal(seen.has(key), false, `duplicate ${p.wrong}`);
      seen.add(key);
      assert.notEqual(key, tokens(p.right).join(' '), p.wrong);
      assert.equal(p.wrong, p.wrong.trim());
    }
  });

  for (const entry of FIXED_PHRASES) {
    describe(`"${entry.wrong}" → "${entry.right}"`, () => {
      it('fires on its example and the fix writes the correct phrase', () => {
        const list = findings(entry.fires, RULE);
        const lower = entry.fires.toLowerCase().replace(/’/g, "'");
        const at = lower.indexOf(entry.wrong.toLowerCase());
        assert.ok(at >= 0, 'the example contains the phrase');
        const finding = list.find((f) => f.start === at);
        assert.ok(finding, `${JSON.stringify(entry.fires)}: ${JSON.stringify(list.map((f) => f.message))}`);
        const actual = entry.fires.slice(at, at + entry.wrong.length);
        const expected = actual.charAt(0) !== actual.charAt(0).toLowerCase() ? entry.right.charAt(0).toUpperCase() + entry.right.slice(1) : entry.right;
        assert.equal(finding.message, 'Unexpected `' + actual + '`, expected `' + expected + '`');
        const after = entry.fires.slice(0, at) + expected + entry.fires.slice(at + entry.wrong.length);
        assert.equal(applyEdits(entry.fires, finding.fixes[0].edits), after);
      });
      it('stays silent on its correct example', () => {
        assert.deepEqual(messages(entry.passes, RULE), []);
      });
    });
  }

  it('fixes the sample phrases with the smallest edit, safe for one-word changes', () => {
    const text = 'He was quoted saying the plan was at odds from the law.';
    const list = findings(text, RULE);
    assert.deepEqual(
      list.map((f) => [text.slice(f.start, f.end), f.fixes[0].title, f.fixes[0].edits, f.fixes[0].safe]),
      [
        ['quoted saying', 'Insert `as`', [{ start: 14, end: 14, text: 'as ' }], true],
        ['at odds from', 'Replace `from` with `with`', [{ start: 42, end: 46, text: 'with' }], true],
      ],
    );
  });

  it('marks a change of several words as not safe', () => {
    const text = 'It is, for all intensive purposes, over.';
    const f = only(text, RULE).finding;
    assert.equal(f.fixes[0].safe, undefined);
    assert.equal(only(text, RULE).after, 'It is, for all intents and purposes, over.');
  });

  it('does not match across punctuation', () => {
    assert.deepEqual(messages('They were at odds. From then on, nothing moved.', RULE), []);
    assert.deepEqual(messages('The pair was quoted, saying little.', RULE), []);
  });

  it('matches curly apostrophes and line breaks between words', () => {
    assert.equal(only('The agency has it’s own police.', RULE).after, 'The agency has its own police.');
    assert.equal(only('They were at odds\nfrom the start.', RULE).after, 'They were at odds\nwith the start.');
  });

  it('stays silent inside a quote', () => {
    const text = '“I don’t think it is useful to cut everything off on one single issue,” he said.';
    assert.deepEqual(messages(text, RULE, [rangeOf(text, '“I don’t think it is useful to cut everything off on one single issue,”')]), []);
    assert.equal(messages(text, RULE).length, 1);
  });

  it('indexes entries by first word, longest first, without regular expressions', () => {
    const index = buildIndex([
      { wrong: 'at odds', right: 'x', fires: '', passes: '' },
      { wrong: 'at odds from', right: 'at odds with', fires: '', passes: '' },
      { wrong: '(.*)+$', right: 'y', fires: '', passes: '' },
    ]);
    assert.deepEqual(
      index.get('at')!.map((e) => e.wrong.join(' ')),
      ['at odds from', 'at odds'],
    );
    assert.deepEqual(
      index.get('(.*)+$')!.map((e) => e.wrong),
      [['(.*)+$']],
    );
  });
});

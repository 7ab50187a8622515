import assert from 'node:assert/strict';
import { findings, messages, only, rangeOf } from './helpers';
import { applyEdits } from '../../../src/engine/edits';
import { FIXED_PHRASES } from '../../../src/engine/detectors/grammar/data/fixed-phrases';
import { buildIndex, tokens } from '../../../src/engine/detectors/grammar/rules/fixed-phrase';
import { expandPhrase, firstWords, type Part } from '../../../src/engine/detectors/grammar/phrase-pattern';

const RULE = 'grammar/fixed-phrase';

/** The text a pattern matches, with its choices and slots filled the same way on both sides. */
function fill(parts: readonly Part[], variant: number): string {
  return parts
    .map((p) => {
      if (p.kind === 'word') return p.word;
      if (p.kind === 'choice') return [...p.words][variant % p.words.size];
      return { obj: variant % 2 ? 'it' : 'the new plan', poss: 'their', det: 'the', num: '100', adv: variant % 2 ? 'already' : '' }[p.slot];
    })
    .filter(Boolean)
    .join(' ');
}

const frame = (phrase: string) => `Officials said ${phrase} on Monday.`;

function isPlain(phrase: string): boolean {
  return !/[~{(]/.test(phrase);
}

describe('grammar/fixed-phrase', () => {
  it('has at least 400 entries, no duplicates, each a real change', () => {
    assert.ok(FIXED_PHRASES.length >= 400, `${FIXED_PHRASES.length} entries`);
    const seen = new Set<string>();
    for (const p of FIXED_PHRASES) {
      const key = tokens(p.wrong).join(' ');
      assert.equal(seen.has(key), false, `duplicate ${p.wrong}`);
      seen.add(key);
      assert.notEqual(key, tokens(p.right).join(' '), p.wrong);
      assert.equal(p.wrong, p.wrong.trim());
    }
  });

  it('writes every entry in the pattern language: first part a word or a choice, the same captures on both sides', () => {
    for (const p of FIXED_PHRASES) {
      const patterns = expandPhrase(p.wrong, p.right);
      assert.ok(patterns.length > 0, p.wrong);
      for (const pattern of patterns) {
        assert.ok(firstWords(pattern).length > 0, `${p.wrong}: starts with a slot`);
        assert.notEqual(pattern.wrong[pattern.wrong.length - 1].kind === 'slot' && (pattern.wrong[pattern.wrong.length - 1] as { slot: string }).slot, 'adv', p.wrong);
        const captures = (parts: readonly Part[]) => parts.filter((x) => x.kind !== 'word').map((x) => (x.kind === 'slot' ? x.slot : [...x.words].join('|')));
        for (const right of pattern.rights) assert.deepEqual(captures(right), captures(pattern.wrong), p.wrong);
      }
    }
  });

  for (const entry of FIXED_PHRASES) {
    describe(`"${entry.wrong}" → "${entry.right}"`, () => {
      const patterns = expandPhrase(entry.wrong, entry.right);
      it('fires on every form it stands for and the fix writes the correction', () => {
        for (const pattern of patterns) {
          for (const variant of [0, 1]) {
            const text = frame(fill(pattern.wrong, variant));
            const expected = frame(fill(pattern.rights[0], variant));
            const list = findings(text, RULE);
            assert.equal(list.length, 1, `${JSON.stringify(text)}: ${JSON.stringify(list.map((f) => f.message))}`);
            assert.equal(list[0].start, 'Officials said '.length, text);
            assert.equal(applyEdits(text, list[0].fixes[0].edits), expected);
            assert.equal(list[0].fixes.length, pattern.rights.length);
          }
        }
      });
      it('stays silent on the correction', () => {
        for (const pattern of patterns) {
          for (const right of pattern.rights) {
            for (const variant of [0, 1]) assert.deepEqual(messages(frame(fill(right, variant)), RULE), [], frame(fill(right, variant)));
          }
        }
      });
      const { fires, passes } = entry;
      if (fires !== undefined && passes !== undefined) {
        it('fires on its example and the fix writes the correct phrase', () => {
          const list = findings(fires, RULE);
          if (isPlain(entry.wrong)) {
            const lower = fires.toLowerCase().replace(/’/g, "'");
            const at = lower.indexOf(entry.wrong.toLowerCase());
            assert.ok(at >= 0, 'the example contains the phrase');
            const finding = list.find((f) => f.start === at);
            assert.ok(finding, `${JSON.stringify(fires)}: ${JSON.stringify(list.map((f) => f.message))}`);
            const actual = fires.slice(at, at + entry.wrong.length);
            const expected = actual.charAt(0) !== actual.charAt(0).toLowerCase() ? entry.right.charAt(0).toUpperCase() + entry.right.slice(1) : entry.right;
            assert.equal(finding.message, 'Unexpected `' + actual + '`, expected `' + expected + '`');
            const after = fires.slice(0, at) + expected + fires.slice(at + entry.wrong.length);
            assert.equal(applyEdits(fires, finding.fixes[0].edits), after);
          } else {
            assert.equal(list.length, 1, `${JSON.stringify(fires)}: ${JSON.stringify(list.map((f) => f.message))}`);
            assert.deepEqual(messages(applyEdits(fires, list[0].fixes[0].edits), RULE), []);
          }
        });
        it('stays silent on its correct example', () => {
          assert.deepEqual(messages(passes, RULE), []);
        });
      }
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
    const words = (e: { pattern: { wrong: { kind: string; word?: string }[] } }) => e.pattern.wrong.map((p) => p.word).join(' ');
    assert.deepEqual(index.get('at')!.map(words), ['at odds from', 'at odds']);
    assert.deepEqual(index.get('(.*)+$')!.map(words), ['(.*)+$']);
  });
});

import assert from 'node:assert/strict';
import { readDraft } from '../../../src/engine/draft';
import { applyEdits } from '../../../src/engine/edits';
import { quoteDetector } from '../../../src/engine/detectors/quotes';
import { alignDistance, nearlySame, quoteWords } from '../../../src/engine/detectors/quotes/rules/inconsistent';
import { closePlace } from '../../../src/engine/detectors/quotes/rules/unclosed';
import type { Finding } from '../../../src/engine/types';

function run(text: string, off: string[] = []): Finding[] {
  return quoteDetector.run({ draft: readDraft(text), quotes: [], options: {}, enabled: (rule) => !off.includes(rule) });
}

const brief = (f: Finding) => `${f.rule} ${f.severity} ${f.start}-${f.end}: ${f.message}`;

describe('quote findings', () => {
  it('declares its three rules with default severities', () => {
    assert.deepEqual(
      quoteDetector.rules.map((r) => `${r.id} ${r.defaultSeverity}`),
      ['quote/unclosed warning', 'quote/unattributed information', 'quote/inconsistent warning'],
    );
  });

  describe('quote/unclosed', () => {
    it('flags the quote up to where it should close, and closes it before the attribution', () => {
      const text = '“We will win, Jones said at the rally.\n\nThe rally ended.';
      const [f] = run(text);
      assert.equal(brief(f), 'quote/unclosed warning 0-13: This quotation mark is never closed: the paragraph ends inside the quote.');
      assert.deepEqual(f.fixes, [
        {
          title: 'Close the quotation with ”',
          edits: [
            { start: 0, end: 1, text: '“' },
            { start: 13, end: 13, text: '”' },
          ],
          preferred: true,
        },
      ]);
      assert.equal(applyEdits(text, f.fixes[0].edits), '“We will win,” Jones said at the rally.\n\nThe rally ended.');
    });

    it('closes at the paragraph end when the rest is one sentence', () => {
      const text = 'Jones said "we will win the vote.\n\nThe rally ended.';
      const [f] = run(text);
      assert.equal(f.start, 11);
      assert.equal(applyEdits(text, f.fixes[0].edits), 'Jones said "we will win the vote."\n\nThe rally ended.');
    });

    it('offers no fix when the place is not clear, and then flags the mark alone', () => {
      const text = 'Jones said "we will win. Then we left early\n\nThe rally ended.';
      const [f] = run(text);
      assert.equal(f.rule, 'quote/unclosed');
      assert.deepEqual([f.start, f.end], [11, 12]);
      assert.deepEqual(f.fixes, []);
    });

    it('looks for the closing place only up to the next quotation mark', () => {
      assert.equal(closePlace('“We will win, he said. “Again.', 1, 30), 13);
      assert.equal(closePlace('“We will win. “Again.', 1, 21), undefined);
      const marks = '“'.repeat(20000);
      assert.equal(run(marks).filter((f) => f.fixes.length > 0).length, 0);
    });

    it('fixes only insert a mark: the quoted words are never changed', () => {
      assert.equal(closePlace('“We will win, he said.', 1, 22), 13);
      assert.equal(closePlace('“No end here', 1, 12), undefined);
    });

    it('does not flag the multi-paragraph form', () => {
      assert.deepEqual(run('“We will rebuild,” Lopez said. “It will take years.\n\n“But we will do it.”'), []);
    });

    it('is silent when switched off', () => {
      assert.deepEqual(run('Jones said "we will win.\n\nEnd.', ['quote/unclosed']), []);
    });
  });

  describe('quote/unattributed', () => {
    it('flags a direct quote with no speaker at information severity, with no fix', () => {
      const findings = run('The weather was fine.\n\n“Nobody knows who said this at all.”');
      assert.deepEqual(findings.map(brief), ['quote/unattributed information 23-59: No speaker found for this quote: say who said it.']);
      assert.deepEqual(findings[0].fixes, []);
    });

    it('does not flag attributed, anonymous-but-attributed, continued or short quotes', () => {
      const text = '“It is over,” a spokesman said.\n\n“We go home now.”\n\nThe so-called “experts” agreed.';
      assert.deepEqual(run(text), []);
    });
  });

  describe('quote/inconsistent', () => {
    it('flags a near-copy by the same speaker, related to the earlier quote', () => {
      const text =
        'Mayor Jane Smith said the plan "will cost the city nothing at all in the first year."\n\n' +
        'Later, "the plan will cost the city nothing in the first year," Smith said.';
      const findings = run(text);
      assert.deepEqual(findings.map(brief), [
        'quote/inconsistent warning 94-150: Jane Smith is quoted with nearly the same words earlier, but not the same: check which is right.',
      ]);
      assert.deepEqual(findings[0].related, [{ start: 31, end: 85, message: 'The earlier quote by Jane Smith.' }]);
      assert.deepEqual(findings[0].fixes, []);
    });

    it('does not flag an exact partial repeat, different speakers, or different punctuation only', () => {
      const text =
        '“We will rebuild the bridge by spring,” Ann Lee said.\n\n' +
        'Lee said they “will rebuild the bridge” soon.\n\n' +
        '“We will rebuild the bridge by summer,” Bo Chen said.\n\n' +
        '“We will rebuild the bridge, by spring!” Lee said.';
      assert.deepEqual(run(text), []);
    });

    it('aligns the shorter quote against the best stretch of the longer one', () => {
      assert.equal(alignDistance(['a', 'b', 'c'], ['x', 'a', 'b', 'c', 'y']), 0);
      assert.equal(alignDistance(['a', 'q', 'c'], ['x', 'a', 'b', 'c', 'y']), 1);
      assert.equal(nearlySame(quoteWords('one two three four five'), quoteWords('one two three four six')), true);
      assert.equal(nearlySame(quoteWords('one two three four five'), quoteWords('One, two three four five!')), false);
      assert.equal(nearlySame(quoteWords('one two three four five'), quoteWords('six seven eight nine ten')), false);
    });
  });
});

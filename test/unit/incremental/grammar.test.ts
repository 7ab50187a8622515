import assert from 'node:assert/strict';
import { readDraft } from '../../../src/engine/draft';
import { checkGrammar } from '../../../src/engine/grammar';
import { GenerationalMemo } from '../../../src/engine/incremental';
import { extractQuotes } from '../../../src/engine/quotes';

/**
 * Grammar checked paragraph by paragraph (with a memo) must give what the
 * whole-draft run gives: the document-wide inconsistent-form counts, quotes,
 * and the repeated-word rule's look at the end of the line.
 */
const DRAFT = [
  'About Acme Acme',
  '',
  'Acme makes tight-lipped statements about the the budget, the U.S. team said.',
  '',
  'The team was tight lipped on Monday. The US team and the U.S. team met in congress, and Congress voted.  ',
  '',
  '"It was a the the disaster," said Mayor Ana Ruiz. She signed a legislation on Tuesday.',
  '',
  'The colour of the flag and the color of the sky were discussed by the organization and the organisation, the the mayor said.',
].join('\n');

function both(text: string, memo: GenerationalMemo) {
  const draft = readDraft(text);
  const quotes = extractQuotes(draft);
  const plain = checkGrammar(draft, { quotes });
  const memoised = checkGrammar(draft, { quotes, memo });
  memo.endCheck();
  return { plain, memoised };
}

describe('incremental: grammar paragraph by paragraph', () => {
  it('gives the whole-draft findings, on a fresh memo and again on a warm one', () => {
    const memo = new GenerationalMemo();
    const first = both(DRAFT, memo);
    assert.ok(first.plain.length >= 4, `only ${first.plain.length} findings`);
    assert.ok(first.plain.some((f) => f.rule === 'style/inconsistent-form'));
    assert.deepStrictEqual(first.memoised, first.plain);
    const again = both(DRAFT, memo);
    assert.deepStrictEqual(again.memoised, again.plain);
  });

  it('after edits that move paragraphs, change a form elsewhere, or end a line after a repeat', () => {
    const memo = new GenerationalMemo();
    const edits = [
      DRAFT,
      `Breaking\n\n${DRAFT}`,
      DRAFT.replace('tight lipped', 'tight-lipped'),
      DRAFT.replace('About Acme Acme', 'About Acme Acme.'),
      DRAFT.replace('About Acme Acme', 'About Acme Acme  \r\n'),
      DRAFT.replace(/\n/g, '\r\n'),
      DRAFT.replace('"It was', 'It was'),
      DRAFT,
    ];
    for (const text of edits) {
      const { plain, memoised } = both(text, memo);
      assert.deepStrictEqual(memoised, plain, JSON.stringify(text.slice(0, 40)));
    }
  });
});

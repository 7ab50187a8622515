import assert from 'node:assert/strict';
import { readDraft, readDraftAfter, type Draft } from '../../../src/engine/draft';
import { checkGrammar, RULE_BOOK } from '../../../src/engine/detectors/grammar';
import { GrammarState } from '../../../src/engine/detectors/grammar/incremental';
import { newCounts } from '../../../src/engine/detectors/grammar/rules/inconsistent-form';
import { extractQuotes } from '../../../src/engine/detectors/quotes';

/**
 * Grammar checked paragraph by paragraph (kept in a GrammarState from draft to
 * draft, as createChecker does) must give what the
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

/** A document checked again after each edit: the draft read as an edit of the last one, the state kept. */
class Document {
  readonly state = new GrammarState(RULE_BOOK);
  private draft: Draft | undefined;

  check(text: string) {
    this.draft = this.draft ? readDraftAfter(this.draft, text) : readDraft(text);
    const quotes = extractQuotes(this.draft);
    const plain = checkGrammar(readDraft(text), { quotes });
    const kept = checkGrammar(this.draft, { quotes, state: this.state });
    return { plain, kept };
  }
}

describe('incremental: grammar paragraph by paragraph', () => {
  it('gives the whole-draft findings, on a fresh memo and again on a warm one', () => {
    const doc = new Document();
    const first = doc.check(DRAFT);
    assert.ok(first.plain.length >= 4, `only ${first.plain.length} findings`);
    assert.ok(first.plain.some((f) => f.rule === 'style/inconsistent-form'));
    assert.deepStrictEqual(first.kept, first.plain);
    const again = doc.check(DRAFT);
    assert.deepStrictEqual(again.kept, again.plain);
  });

  it('re-checks only the paragraphs an edit touched', () => {
    const doc = new Document();
    let checked = 0;
    const count = (draft: Draft, quotes: ReturnType<typeof extractQuotes>) =>
      doc.state.check(
        draft,
        quotes,
        () => true,
        () => {
          checked++;
          return { findings: [], forms: newCounts() };
        },
      );
    let draft = readDraft(DRAFT);
    count(draft, extractQuotes(draft));
    assert.equal(checked, draft.paragraphs.length);
    checked = 0;
    draft = readDraftAfter(draft, DRAFT.replace('on Monday', 'on Sunday'));
    count(draft, extractQuotes(draft));
    assert.equal(checked, 1);
  });

  it('re-checks a paragraph whose quote an edit in the next paragraph undid (a multi-paragraph quote)', () => {
    const text = [
      'The council met on Monday.',
      '',
      'The mayor said: "We will not be at odds from the council on this,',
      '',
      '',
      '"and we will vote in May," she said.',
    ].join('\n');
    const doc = new Document();
    const before = doc.check(text);
    assert.deepStrictEqual(before.kept, before.plain);
    assert.ok(!before.plain.some((f) => f.rule === 'grammar/fixed-phrase'), 'inside the quote: not flagged');
    const after = doc.check(text.replace('"and we', 'and we'));
    assert.deepStrictEqual(after.kept, after.plain);
    assert.ok(
      after.plain.some((f) => f.rule === 'grammar/fixed-phrase'),
      'the quote is gone: flagged',
    );
  });

  it('after edits that move paragraphs, change a form elsewhere, or end a line after a repeat', () => {
    const doc = new Document();
    const edits = [
      DRAFT,
      `Breaking\n\n${DRAFT}`,
      DRAFT.replace('tight lipped', 'tight-lipped'),
      DRAFT.replace('About Acme Acme', 'About Acme Acme.'),
      DRAFT.replace('About Acme Acme', 'About Acme Acme  \r\n'),
      DRAFT.replace(/\n/g, '\r\n'),
      DRAFT.replace('"It was', 'It was'),
      DRAFT,
      // The inconsistent-form findings are kept while no paragraph that bears on them changes, and moved with the text.
      `A new first paragraph about the budget.\n\n${DRAFT}`,
      `A new first paragraph about the colour of the budget.\n\n${DRAFT}`,
      `A new first paragraph about the color of the budget and the center.\n\n${DRAFT}`,
      `A new first paragraph about the color of the budget and the center.\n\n${DRAFT.replace('The colour', 'The color')}`,
      `A new first paragraph about the color of the budget and the center.\n\n${DRAFT.replace('The colour', 'The color').replace('organisation', 'organization')}`,
      `The colour and the centre of the organisation.\n\n${DRAFT}`,
      `The colour and the centre of the organisation.\n\n${DRAFT}\n\nThe US team met the UN team.`,
      `The colour and the centre of the organisation.\n\n${DRAFT}\n\nThe US team met the UN team and the US mayor.`,
      `The colour and the centre of the organisation.\n\n${DRAFT.replace('in congress', 'in Congress')}\n\nThe US team met the UN team and the US mayor.`,
      `The colour and the centre of the organisation.\n\n${DRAFT.replace('in congress', 'in Congress')}\n\nThe US team was tight lipped and the US mayor was tight lipped.`,
      DRAFT,
    ];
    for (const text of edits) {
      const { plain, kept } = doc.check(text);
      assert.deepStrictEqual(kept, plain, JSON.stringify(text.slice(0, 40)));
    }
  });
});

import assert from 'node:assert/strict';
import { planRemoval, removalMessage, REVIEW_LABEL_PREFIX } from '../../../src/extension/boilerplateReview';
import { readDraft } from '../../../src/engine/draft';
import { applyEdits } from '../../../src/engine/edits';
import { deleteLinesEdit } from '../../../src/engine/fixes';
import type { Finding, Quote } from '../../../src/engine/types';

// Hand-written draft: a headline, furniture the checker is sure of, and lines it is not sure of.
const LINES = [
  'Harbour ferry returns after a decade', // 0 article
  'Sign up for our newsletter', //           1 sure (newsletter)
  'The ferry crossed to the island at dawn on Sunday, its first trip in ten years.', // 2 article
  'Ferry fares to rise in spring', //        3 unsure (related)
  'Share this article', //                   4 sure (social)
  'Island school to close', //               5 unsure (related)
  'Follow us for more', //                   6 unsure (social)
  'The skipper said the service would run twice a day.', // 7 article
];

function draftFindings(text: string): Finding[] {
  const draft = readDraft(text);
  const flagged: [number, string, boolean][] = [
    [1, 'boilerplate/newsletter', true],
    [3, 'boilerplate/related', false],
    [4, 'boilerplate/social', true],
    [5, 'boilerplate/related', false],
    [6, 'boilerplate/social', false],
  ];
  return flagged.map(([i, rule, sure]) => ({
    rule,
    category: 'boilerplate',
    severity: sure ? 'warning' : 'information',
    message: rule,
    start: draft.lines[i].start,
    end: draft.lines[i].end,
    fixes: [{ title: 'Delete this line', edits: [deleteLinesEdit(draft, i, i)], preferred: true, ...(sure ? {} : { review: true }) }],
    related: [],
  }));
}

describe('planRemoval: "Remove all boilerplate" in two steps', () => {
  for (const eol of ['\n', '\r\n']) {
    it(`step one deletes the sure lines; step two offers each unsure line, grouped by kind (${JSON.stringify(eol)})`, () => {
      const text = LINES.join(eol);
      const plan = planRemoval(text, draftFindings(text), []);
      assert.equal(plan.removed, 2);
      assert.equal(plan.afterSure, applyEdits(text, plan.sure));
      assert.deepEqual(
        readDraft(plan.afterSure).lines.map((l) => l.text),
        [LINES[0], LINES[2], LINES[3], LINES[5], LINES[6], LINES[7]],
      );
      // Grouped by kind (labels in order), each group in text order.
      assert.deepEqual(
        plan.review.map((r) => [r.label, r.line]),
        [
          [`${REVIEW_LABEL_PREFIX}related-stories list`, LINES[3]],
          [`${REVIEW_LABEL_PREFIX}related-stories list`, LINES[5]],
          [`${REVIEW_LABEL_PREFIX}social or sharing link`, LINES[6]],
        ],
      );
      // Each review deletion, on the text step one leaves, takes exactly its line (with its line break).
      for (const r of plan.review) {
        assert.deepEqual(
          r.edits.map((e) => plan.afterSure.slice(e.start, e.end)),
          [`${r.line}${eol}`],
        );
      }
      // Ticking any of them applies.
      const tick = (labels: number[]) =>
        applyEdits(
          plan.afterSure,
          labels.flatMap((i) => plan.review[i].edits),
        );
      assert.equal(tick([0, 1, 2]), [LINES[0], LINES[2], LINES[7]].join(eol));
      assert.equal(tick([2]), [LINES[0], LINES[2], LINES[3], LINES[5], LINES[7]].join(eol));
    });
  }

  it('offers nothing, and removes nothing, without boilerplate', () => {
    const text = 'A clean story.\n';
    assert.deepEqual(planRemoval(text, [], []), { sure: [], removed: 0, afterSure: text, review: [] });
  });

  it('offers no line whose deletion would change a quote', () => {
    const text = LINES.join('\n');
    // A quote running from line 5 into line 6: neither line may go alone.
    const quote: Quote = { text: 'school', start: text.indexOf('school'), end: text.indexOf('Follow') + 6, speaker: null };
    const plan = planRemoval(text, draftFindings(text), [quote]);
    assert.deepEqual(
      plan.review.map((r) => r.line),
      [LINES[3]],
    );
    assert.equal(plan.removed, 2);
  });
});

describe('removalMessage', () => {
  it('says how many lines were removed and how many wait for review', () => {
    assert.equal(removalMessage(5, 0), 'Copydesk: removed 5 boilerplate lines (Undo to restore).');
    assert.equal(removalMessage(1, 0), 'Copydesk: removed 1 boilerplate line (Undo to restore).');
    assert.equal(
      removalMessage(5, 3),
      'Copydesk: removed 5 boilerplate lines (Undo to restore); 3 more are waiting for review in the Refactor Preview: they may be article text, so nothing there is deleted unless you tick it.',
    );
    assert.equal(
      removalMessage(0, 1),
      'Copydesk: removed no lines; 1 boilerplate line is waiting for review in the Refactor Preview: it may be article text, so nothing there is deleted unless you tick it.',
    );
    assert.equal(removalMessage(0, 0), 'Copydesk: no boilerplate in this draft.');
  });
});

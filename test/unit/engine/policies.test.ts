import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../../src/engine/check';
import { readDraft } from '../../../src/engine/draft';
import { applyEdits, mergeSpans, rebaseEdits, subtractSpans } from '../../../src/engine/edits';
import { deleteLinesEdit, removeAllBoilerplateFix } from '../../../src/engine/fixes';
import { applyPrimaryFixes, boilerplateLabel, removeAllBoilerplate } from '../../../src/engine/policies';
import type { Finding, Fix, Quote, TextEdit } from '../../../src/engine/types';

/** How a line of a test draft is marked: furniture the checker is sure of, furniture it is not sure of, or article. */
type Mark = 'sure' | 'unsure' | 'article';

/**
 * Boilerplate findings for a draft whose lines are marked by hand, with the
 * fixes the boilerplate detector gives: "Delete this line" (marked `review`
 * on an unsure line) and, for a run of flagged lines (blank lines between
 * them count), "Delete these N boilerplate lines", marked `review` when the
 * run holds an unsure line.
 */
function findingsFor(text: string, marks: readonly Mark[], rule = 'boilerplate/related'): Finding[] {
  const draft = readDraft(text);
  const flagged = draft.lines.map((_, i) => i).filter((i) => marks[i] === 'sure' || marks[i] === 'unsure');
  const runs: number[][] = [];
  for (const i of flagged) {
    const run = runs[runs.length - 1];
    if (run && draft.lines.slice(run[run.length - 1] + 1, i).every((l) => l.blank)) run.push(i);
    else runs.push([i]);
  }
  return flagged.map((i) => {
    const line = draft.lines[i];
    const sure = marks[i] === 'sure';
    const fixes: Fix[] = [{ title: 'Delete this line', edits: [deleteLinesEdit(draft, i, i)], preferred: true, ...(sure ? {} : { review: true }) }];
    const run = runs.find((r) => r.includes(i))!;
    if (run.length > 1) {
      const runSure = run.every((k) => marks[k] === 'sure');
      fixes.push({
        title: `Delete these ${run.length} boilerplate lines`,
        edits: [deleteLinesEdit(draft, run[0], run[run.length - 1])],
        ...(runSure ? {} : { review: true }),
      });
    }
    return {
      rule,
      category: 'boilerplate',
      severity: sure ? 'warning' : 'information',
      message: 'boilerplate',
      start: line.start,
      end: line.end,
      fixes,
      related: [],
    } satisfies Finding;
  });
}

/** The text with the sure deletions applied, then of the review deletions those at the `accepted` indices. */
function withReview(text: string, removal: ReturnType<typeof removeAllBoilerplate>, accepted: readonly number[]): string {
  return applyEdits(
    applyEdits(text, removal.edits),
    accepted.flatMap((i) => removal.review[i].edits),
  );
}

/** Lines of a text, without their line breaks. */
function linesOf(text: string): string[] {
  return readDraft(text).lines.map((l) => l.text);
}

describe('removeAllBoilerplate', () => {
  it('deletes every sure line at once and offers none for review when all are sure', () => {
    const text = ['Harbour ferry returns', 'Sign up for our newsletter', 'The ferry crossed at dawn.', 'Share this article'].join('\n');
    const findings = findingsFor(text, ['article', 'sure', 'article', 'sure']);
    const removal = removeAllBoilerplate(text, findings, []);
    assert.equal(removal.count, 2);
    assert.deepEqual(removal.review, []);
    assert.equal(applyEdits(text, removal.edits), 'Harbour ferry returns\nThe ferry crossed at dawn.');
  });

  it('in a run mixing sure and unsure lines, deletes the sure lines and offers each unsure line on its own', () => {
    const text = [
      'Harbour ferry returns',
      '',
      'The ferry crossed to the island at dawn on Sunday.',
      '',
      'Related stories',
      'Island school to close after a century',
      'Sign up for our newsletter',
      'Ferry fares to rise in spring',
      '',
      'The skipper said the service would run twice a day.',
    ].join('\n');
    const marks: Mark[] = ['article', 'article', 'article', 'article', 'sure', 'unsure', 'sure', 'unsure', 'article', 'article'];
    const findings = findingsFor(text, marks);
    // The run's own deletion holds unsure lines: it is never the one applied.
    assert.equal(findings[0].fixes[1].review, true);
    const removal = removeAllBoilerplate(text, findings, []);
    assert.equal(removal.count, 2);
    assert.deepEqual(
      removal.review.map((r) => [r.rule, r.label, text.slice(r.findings[0].start, r.findings[0].end)]),
      [
        ['boilerplate/related', 'related-stories list', 'Island school to close after a century'],
        ['boilerplate/related', 'related-stories list', 'Ferry fares to rise in spring'],
      ],
    );
    const afterSure = applyEdits(text, removal.edits);
    assert.ok(!afterSure.includes('Related stories') && !afterSure.includes('Sign up'));
    assert.ok(afterSure.includes('Island school to close after a century\nFerry fares to rise in spring\n'));
    // Any choice of the lines offered applies with the sure deletions.
    assert.equal(withReview(text, removal, [0]), afterSure.replace('Island school to close after a century\n', ''));
    assert.equal(withReview(text, removal, [1]), afterSure.replace('Ferry fares to rise in spring\n', ''));
    // Accepting every line deletes what deleting every flagged line deletes (two lines accepted one by one
    // in a run cannot each know the other goes: the blank line after the run stays).
    assert.deepEqual(
      linesOf(withReview(text, removal, [0, 1])).filter((l) => l !== ''),
      linesOf(applyEdits(text, removeAllBoilerplateFix(findings)!.edits)).filter((l) => l !== ''),
    );
  });

  it('offers a lone unsure line as it stands once the sure lines are gone: between blank lines, it takes one along', () => {
    const text = ['Harbour ferry returns', '', 'The ferry crossed at dawn.', '', 'Advertisement', 'Ferry fares to rise', '', 'The skipper spoke.'].join('\n');
    const findings = findingsFor(text, ['article', 'article', 'article', 'article', 'sure', 'unsure', 'article', 'article']);
    const removal = removeAllBoilerplate(text, findings, []);
    assert.equal(applyEdits(text, removal.edits), text.replace('Advertisement\n', ''));
    assert.equal(withReview(text, removal, [0]), applyEdits(text, removeAllBoilerplateFix(findings)!.edits));
    assert.equal(withReview(text, removal, [0]), 'Harbour ferry returns\n\nThe ferry crossed at dawn.\n\nThe skipper spoke.');
  });

  it('never lets a sure deletion take an unsure line, even one not marked review that runs over it', () => {
    const text = ['Headline here', 'Advertisement', 'Ferry fares to rise', 'Share this', 'Body of the story.'].join('\n');
    const findings = findingsFor(text, ['article', 'sure', 'unsure', 'sure', 'article']);
    // A detector breaking its contract: the run's deletion holds the unsure line but is not marked review.
    for (const f of findings) for (const x of f.fixes) if (x.title.startsWith('Delete these')) delete x.review;
    const removal = removeAllBoilerplate(text, findings, []);
    assert.equal(removal.count, 2);
    assert.equal(applyEdits(text, removal.edits), 'Headline here\nFerry fares to rise\nBody of the story.');
    assert.deepEqual(
      removal.review.map((r) => text.slice(r.findings[0].start, r.findings[0].end)),
      ['Ferry fares to rise'],
    );
  });

  it('takes the widest sure deletion (the run) and counts each line once', () => {
    const text = ['Headline of the story', '', 'Home', 'News', 'Sport', '', 'The story begins here with a long sentence.'].join('\n');
    const findings = findingsFor(text, ['article', 'article', 'sure', 'sure', 'sure', 'article', 'article'], 'boilerplate/navigation');
    const removal = removeAllBoilerplate(text, findings, []);
    assert.equal(removal.count, 3);
    assert.deepEqual(removal.edits, findings[0].fixes[1].edits);
    assert.equal(applyEdits(text, removal.edits), 'Headline of the story\n\nThe story begins here with a long sentence.');
  });

  it('merges overlapping and repeated deletions, so their text is deleted once', () => {
    const text = 'Title line\nMenu one\nMenu two\nBody text of the article.';
    const draft = readDraft(text);
    const line = (i: number): Fix => ({ title: 'Delete this line', edits: [deleteLinesEdit(draft, i, i)] });
    const f = (i: number, fixes: Fix[], rule: string): Finding => ({
      rule,
      category: 'boilerplate',
      severity: 'warning',
      message: 'm',
      start: draft.lines[i].start,
      end: draft.lines[i].end,
      fixes,
      related: [],
    });
    // Two rules on line 1 (the same edit twice), and an overlapping edit from line 1 into line 2.
    const overlap: Fix = { title: 'Delete from here', edits: [{ start: draft.lines[1].start + 4, end: draft.lines[2].breakEnd, text: '' }] };
    const findings = [f(1, [line(1)], 'boilerplate/navigation'), f(1, [line(1)], 'boilerplate/custom'), f(2, [line(2), overlap], 'boilerplate/navigation')];
    const removal = removeAllBoilerplate(text, findings, []);
    assert.deepEqual(removal.edits, [{ start: draft.lines[1].start, end: draft.lines[2].breakEnd, text: '' }]);
    assert.equal(removal.count, 2);
    assert.equal(applyEdits(text, removal.edits), 'Title line\nBody text of the article.');
  });

  it('keeps CRLF line breaks whole, in the sure deletions and in the review', () => {
    const text = ['Headline here', 'Advertisement', 'First paragraph of the story.', 'More from the site', 'Last paragraph.'].join('\r\n') + '\r\n';
    const findings = findingsFor(text, ['article', 'sure', 'article', 'unsure', 'article'], 'boilerplate/advertising');
    const removal = removeAllBoilerplate(text, findings, []);
    assert.equal(removal.count, 1);
    assert.equal(removal.review.length, 1);
    assert.equal(applyEdits(text, removal.edits), 'Headline here\r\nFirst paragraph of the story.\r\nMore from the site\r\nLast paragraph.\r\n');
    assert.equal(withReview(text, removal, [0]), 'Headline here\r\nFirst paragraph of the story.\r\nLast paragraph.\r\n');
    // The review deletion takes exactly its line, with its CRLF, from the text the first step left.
    const after = applyEdits(text, removal.edits);
    assert.deepEqual(
      removal.review[0].edits.map((e) => after.slice(e.start, e.end)),
      ['More from the site\r\n'],
    );
  });

  it('neither applies nor offers a deletion that would change a quote, sure or not', () => {
    const text = ['Headline here', '“We will be back,” the page', 'said. Share this', 'Body of the story.', 'Read more'].join('\n');
    const findings = findingsFor(text, ['article', 'article', 'sure', 'article', 'unsure']);
    // The quote runs across lines 2 and 3: deleting line 3 would cut it.
    const quote: Quote = { text: 'We will be back,', start: text.indexOf('“'), end: text.indexOf('said.') + 5, speaker: null };
    const removal = removeAllBoilerplate(text, findings, [quote]);
    assert.equal(removal.count, 0);
    assert.deepEqual(removal.edits, []);
    assert.deepEqual(
      removal.review.map((r) => text.slice(r.findings[0].start, r.findings[0].end)),
      ['Read more'],
    );
    // A line holding a whole quote may go: the quote goes whole.
    const whole: Quote = { text: 'We will be back,', start: text.indexOf('“'), end: text.indexOf('”') + 1, speaker: null };
    const findings2 = findingsFor(text, ['article', 'sure', 'article', 'article', 'article']);
    assert.equal(removeAllBoilerplate(text, findings2, [whole]).count, 1);
  });

  it('offers the last line of a draft after an unsure line without overlapping it', () => {
    const text = 'Headline here\nBody of the story.\nMore from the site\nRead next';
    const findings = findingsFor(text, ['article', 'article', 'unsure', 'sure']);
    const removal = removeAllBoilerplate(text, findings, []);
    assert.equal(removal.count, 1);
    assert.equal(applyEdits(text, removal.edits), 'Headline here\nBody of the story.\nMore from the site');
    // Accepted, the unsure line goes with the line break before it, as the last line of a draft does.
    assert.equal(withReview(text, removal, [0]), 'Headline here\nBody of the story.');
  });

  it('ignores findings of other categories and gives nothing for no boilerplate', () => {
    const text = 'The the council met.';
    const grammar: Finding = {
      rule: 'grammar/repeated-word',
      category: 'grammar',
      severity: 'warning',
      message: 'm',
      start: 0,
      end: 7,
      fixes: [{ title: 'x', edits: [{ start: 0, end: 4, text: '' }], preferred: true }],
      related: [],
    };
    assert.deepEqual(removeAllBoilerplate(text, [grammar], []), { edits: [], count: 0, review: [] });
    assert.deepEqual(removeAllBoilerplate('', [], []), { edits: [], count: 0, review: [] });
  });

  it('names each kind as the messages do', () => {
    assert.equal(boilerplateLabel('boilerplate/newsletter'), 'newsletter sign-up');
    assert.equal(boilerplateLabel('boilerplate/related'), 'related-stories list');
    assert.equal(boilerplateLabel('boilerplate/something-else'), 'something-else');
  });

  it('whatever lines are marked and whichever review lines are accepted: sure lines go, unsure lines stay unless accepted, article lines stay', () => {
    const word = fc.constantFrom('Menu', 'Share', 'The council met.', 'Story text here', 'Ad', '“Quote,” she said.', 'x');
    const line = fc.tuple(fc.constantFrom<Mark>('sure', 'unsure', 'article', 'article'), fc.oneof(word, fc.constant('')));
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 14 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.array(fc.boolean(), { maxLength: 14 }),
        (rows, eol, finalBreak, accept) => {
          // Each line is unique (a number), so the lines that stay can be named.
          const texts = rows.map(([, t], i) => (t === '' ? '' : `${t} ${i}`));
          const marks = rows.map(([m], i): Mark => (texts[i] === '' ? 'article' : m));
          const text = texts.join(eol) + (finalBreak ? eol : '');
          const findings = findingsFor(text, marks);
          const removal = removeAllBoilerplate(text, findings, []);
          const accepted = removal.review.map((_, i) => i).filter((i) => accept[i]);
          const result = linesOf(withReview(text, removal, accepted));
          const acceptedLines = new Set(accepted.map((i) => text.slice(removal.review[i].findings[0].start, removal.review[i].findings[0].end)));
          texts.forEach((t, i) => {
            if (t === '') return;
            const kept = result.includes(t);
            if (marks[i] === 'sure') assert.ok(!kept, `sure line ${t} deleted`);
            else if (marks[i] === 'article') assert.ok(kept, `article line ${t} kept`);
            else assert.equal(kept, !acceptedLines.has(t), `unsure line ${t} deleted only when accepted`);
          });
          assert.equal(removal.count, marks.filter((m) => m === 'sure').length);
          assert.equal(removal.review.length, marks.filter((m) => m === 'unsure').length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on a sample page: every line the detector is not sure of survives the sure deletions and is offered', () => {
    const text = readFileSync(join(process.cwd(), 'samples/tillerson-putin-scraped.txt'), 'utf8');
    const { findings, quotes } = check(text);
    const removal = removeAllBoilerplate(text, findings, quotes);
    const boilerplate = findings.filter((f) => f.category === 'boilerplate');
    const unsure = boilerplate.filter((f) => f.fixes.some((x) => x.review)).filter((f) => f.fixes.find((x) => x.preferred)?.review);
    const afterSure = linesOf(applyEdits(text, removal.edits));
    for (const f of unsure) assert.ok(afterSure.includes(text.slice(f.start, f.end)), `kept for review: ${text.slice(f.start, f.end)}`);
    assert.deepEqual(
      removal.review.map((r) => r.findings[0]),
      unsure,
    );
    assert.equal(removal.count + removal.review.length, boilerplate.length);
    // Accepting every line offered leaves the clean article, up to blank lines: lines accepted one by
    // one cannot each take the blank line or final line break beside them, as a deleted run would.
    const clean = readFileSync(join(process.cwd(), 'test/fixtures/boilerplate/tillerson-putin-clean.txt'), 'utf8');
    const all = removal.review.map((_, i) => i);
    const nonBlank = (t: string) => t.split('\n').filter((l) => l.trim() !== '');
    assert.deepEqual(nonBlank(withReview(text, removal, all)), nonBlank(clean));
  });
});

describe("applyPrimaryFixes (the command line's --fix)", () => {
  it('applies sure deletions and other fixes, and leaves the deletions marked review, listing them', () => {
    const text = 'Headline here\nSign up now\nThe the council met.\nMore from the site';
    const findings = findingsFor(text, ['article', 'sure', 'article', 'unsure']);
    const at = text.indexOf('The the');
    const grammar: Finding = {
      rule: 'grammar/repeated-word',
      category: 'grammar',
      severity: 'warning',
      message: 'm',
      start: at,
      end: at + 7,
      fixes: [{ title: 'Remove the second “the”', edits: [{ start: at + 3, end: at + 7, text: '' }], preferred: true, safe: true }],
      related: [],
    };
    const fixed = applyPrimaryFixes(text, [findings[0], grammar, findings[1]], []);
    assert.equal(fixed.text, 'Headline here\nThe council met.\nMore from the site');
    assert.equal(fixed.applied, 2);
    assert.deepEqual(fixed.review, [findings[1]]);
  });
});

describe('spans and rebased edits', () => {
  it('merges overlapping and touching spans, dropping empty ones', () => {
    assert.deepEqual(
      mergeSpans([
        { start: 8, end: 10 },
        { start: 0, end: 3 },
        { start: 3, end: 5 },
        { start: 9, end: 12 },
        { start: 20, end: 20 },
      ]),
      [
        { start: 0, end: 5 },
        { start: 8, end: 12 },
      ],
    );
  });

  it('subtracts taken spans from a span', () => {
    const taken = mergeSpans([
      { start: 2, end: 4 },
      { start: 6, end: 8 },
    ]);
    assert.deepEqual(subtractSpans({ start: 0, end: 10 }, taken), [
      { start: 0, end: 2 },
      { start: 4, end: 6 },
      { start: 8, end: 10 },
    ]);
    assert.deepEqual(subtractSpans({ start: 2, end: 4 }, taken), []);
    assert.deepEqual(subtractSpans({ start: 3, end: 7 }, taken), [{ start: 4, end: 6 }]);
  });

  it('moves edits past applied ones, and refuses an edit that overlaps one', () => {
    const text = 'aaa bbb ccc ddd';
    const applied: TextEdit[] = [
      { start: 0, end: 4, text: '' },
      { start: 8, end: 8, text: 'X' },
    ];
    const later: TextEdit[] = [
      { start: 4, end: 8, text: '' },
      { start: 12, end: 15, text: 'D' },
    ];
    const after = applyEdits(text, applied);
    assert.equal(applyEdits(after, rebaseEdits(later, applied)), applyEdits(text, [...applied, ...later]));
    assert.throws(() => rebaseEdits([{ start: 2, end: 6, text: '' }], applied), /overlaps/);
    assert.throws(() => rebaseEdits([{ start: 2, end: 2, text: 'y' }], applied), /overlaps/);
  });
});

import assert from 'node:assert/strict';
import { check } from '../../../src/engine/check';
import { applyFix, covered, curlyQuotes, dups, dupsWithQuotes, filler, fixEverything, random, summary } from './helpers';

const BASE = [
  'The city council voted on Tuesday to expand the night bus network across the eastern districts.',
  'Supporters said the change would help shift workers who now walk home after midnight.',
  'The first new routes are expected to start running in the spring, officials said.',
];
const BASE_TEXT = BASE.join(' ');
const OTHER = 'Rain is forecast for the weekend. The marathon will go ahead as planned, organisers said.';

/** Replace every `step`-th word (from `offset`) with another word. */
function substitute(text: string, step: number, offset = 2): string {
  return text
    .split(' ')
    .map((w, i) => (i % step === offset ? `changed${i}${/[.,]$/.test(w) ? w.slice(-1) : ''}` : w))
    .join(' ');
}
function insert(text: string, step: number): string {
  return text
    .split(' ')
    .flatMap((w, i) => (i % step === step - 1 ? [w, `extra${i}`] : [w]))
    .join(' ');
}
function remove(text: string, step: number): string {
  return text
    .split(' ')
    .filter((w, i) => i % step !== 3 || /[.,]$/.test(w))
    .join(' ');
}

describe('duplicate: exact repeats', () => {
  it('reports a paragraph repeated word for word as duplicate/paragraph, folding case, spacing and quote style', () => {
    const p = 'The mayor’s office said the “review” would take six weeks to complete.';
    const text = `${p}\n\n${OTHER}\n\n${p.toUpperCase().replace('’', "'").replace(/[“”]/g, '"').replace(/ /g, '  ')}\n`;
    const findings = dups(text);
    assert.deepEqual(summary(text, findings), [`duplicate/paragraph warning [${text.split('\n\n')[2].trim()}] <- [${p}]`]);
    assert.equal(findings[0].message, 'This paragraph repeats the paragraph at line 1 word for word.');
    assert.equal(applyFix(text, findings[0], 0), `${p}\n\n${OTHER}\n`);
  });

  it('deleting a repeated last paragraph leaves no double blank line', () => {
    const text = `${BASE_TEXT}\n\n${OTHER}\n\n${BASE_TEXT}`;
    const [f] = dups(text);
    assert.equal(f.rule, 'duplicate/paragraph');
    // The shared line deletion keeps the line break before the deleted last paragraph.
    assert.equal(fixEverything(text), `${BASE_TEXT}\n\n${OTHER}\n`);
  });

  it('does not report short repeated paragraphs or lines (fewer than six words)', () => {
    const text = 'Speed Read\nBy Peter Jones Published\n-\nSpeed Read\nBy Peter Jones Published\n-\n\nMore to come.\n\nMore to come.';
    assert.deepEqual(dups(text), []);
  });

  it('reports a sentence repeated word for word inside other paragraphs as a passage', () => {
    const s = 'Officials did not say how many residents had been moved out of the flooded homes near the river.';
    const text = `${OTHER} ${s}\n\n${BASE_TEXT} ${s} The clean-up begins today.`;
    const findings = dups(text);
    assert.deepEqual(summary(text, findings), [`duplicate/passage warning [${s}] <- [${s}]`]);
    assert.equal(findings[0].message, 'This passage repeats an earlier one word for word.');
    // Deleting a sentence in the middle of a paragraph leaves exactly one space.
    assert.equal(applyFix(text, findings[0], 1), `${OTHER} ${s}\n\n${BASE_TEXT} The clean-up begins today.`);
    // Deleting the earlier copy at the end of its paragraph leaves no trailing space.
    assert.equal(applyFix(text, findings[0], 0), `${OTHER}\n\n${BASE_TEXT} ${s} The clean-up begins today.`);
  });

  it('a passage at the start of a paragraph is deleted with the space after it', () => {
    const text = `${BASE_TEXT}\n\n${BASE[0]} ${BASE[1]} ${OTHER}`;
    const [f] = dups(text);
    assert.equal(covered(text, f), `${BASE[0]} ${BASE[1]}`);
    assert.equal(covered(text, f.related[0]), `${BASE[0]} ${BASE[1]}`);
    assert.equal(applyFix(text, f, 1), `${BASE_TEXT}\n\n${OTHER}`);
    assert.equal(applyFix(text, f, 0), `${BASE[2]}\n\n${BASE[0]} ${BASE[1]} ${OTHER}`);
  });
});

describe('duplicate: edited copies', () => {
  const cases: [string, string][] = [
    ['1 word in 20 replaced', substitute(BASE_TEXT, 20)],
    ['1 word in 10 replaced', substitute(BASE_TEXT, 10)],
    ['1 word in 6 replaced', substitute(BASE_TEXT, 6)],
    ['1 word in 10 inserted', insert(BASE_TEXT, 10)],
    ['1 word in 5 inserted', insert(BASE_TEXT, 5)],
    ['1 word in 10 deleted', remove(BASE_TEXT, 10)],
    ['1 word in 6 deleted', remove(BASE_TEXT, 6)],
  ];
  for (const [name, copy] of cases) {
    it(`finds a copy with ${name}`, () => {
      assert.notEqual(copy, BASE_TEXT);
      const text = `${BASE_TEXT}\n\n${OTHER}\n\n${copy}\n`;
      assert.deepEqual(summary(text, dups(text)), [`duplicate/passage warning [${copy}] <- [${BASE_TEXT}]`]);
    });
  }

  it('lists replacements, insertions and deletions in the message', () => {
    const copy = BASE_TEXT.replace('Tuesday', 'Monday').replace('night bus', 'late-night bus').replace(' now walk', ' walk');
    const text = `${BASE_TEXT}\n\n${copy}`;
    assert.equal(dups(text)[0].message, "This passage repeats an earlier one, revised: 'Tuesday' → 'Monday', 'night' → 'late-night', 'now walk' → 'walk'.");
  });

  it('does not report a copy with every other word replaced', () => {
    const copy = substitute(BASE_TEXT, 2, 0);
    assert.deepEqual(dups(`${BASE_TEXT}\n\n${copy}`), []);
  });

  it('summarises long copies with many changes instead of listing them', () => {
    const [long] = filler(random(11), 1, 30);
    const copy = substitute(long, 8, 3);
    const text = `${long}\n\n${OTHER}\n\n${copy}`;
    const findings = dups(text);
    assert.equal(findings.length, 1);
    assert.equal(covered(text, findings[0]), copy);
    const words = copy.split(' ').length;
    assert.match(findings[0].message, new RegExp(`^This passage repeats an earlier one \\(${words} words, 8\\d% the same\\)\\.$`));
  });

  it('falls back to the default threshold for a threshold that is not a number, and clamps it to 0..1', () => {
    const copy = substitute(BASE_TEXT, 6);
    const text = `${BASE_TEXT}\n\n${copy}`;
    assert.equal(dups(text, { duplicate: { threshold: Number.NaN } }).length, 1);
    assert.equal(dups(text, { duplicate: { threshold: 7 } }).length, 0);
    assert.equal(dups(`${BASE_TEXT}\n\n${OTHER}`, { duplicate: { threshold: -1 } }).length, 0);
  });

  it('follows the threshold option', () => {
    const copy = substitute(BASE_TEXT, 6);
    const text = `${BASE_TEXT}\n\n${copy}`;
    assert.equal(dups(text, { duplicate: { threshold: 0.9 } }).length, 0);
    assert.equal(dups(text, { duplicate: { threshold: 0.75 } }).length, 1);
    assert.equal(dups(`${BASE_TEXT}\n\n${BASE_TEXT} ${OTHER}`, { duplicate: { threshold: 1 } }).length, 1);
  });
});

describe('duplicate: where the copies are', () => {
  it('finds a copy split across two paragraphs', () => {
    const text = `${BASE_TEXT}\n\n${OTHER}\n\n${BASE[0]} ${BASE[1]}\n\n${BASE[2]} Tickets cost two pounds.\n`;
    const findings = dups(text);
    assert.deepEqual(summary(text, findings), [`duplicate/passage warning [${BASE[0]} ${BASE[1]}\n\n${BASE[2]}] <- [${BASE_TEXT}]`]);
    // Keeping the earlier version removes the whole first paragraph of the copy and the start of the second.
    assert.equal(applyFix(text, findings[0], 1), `${BASE_TEXT}\n\n${OTHER}\n\nTickets cost two pounds.\n`);
  });

  it('finds a passage that is a subset of a longer one, and points at the matching part', () => {
    const longer = `${OTHER} ${BASE_TEXT}`;
    const text = `${longer}\n\nIn other news, the library reopens. ${BASE[1]} ${BASE[2]}`;
    assert.deepEqual(summary(text, dups(text)), [`duplicate/passage warning [${BASE[1]} ${BASE[2]}] <- [${BASE[1]} ${BASE[2]}]`]);
  });

  it('finds copies far apart in a long draft', () => {
    const parts = filler(random(7), 400);
    const copy = substitute(BASE_TEXT, 10);
    const text = [BASE_TEXT, ...parts, copy].join('\n\n');
    assert.ok(text.split(/\s+/).length > 15000);
    assert.deepEqual(summary(text, dups(text)), [`duplicate/passage warning [${copy}] <- [${BASE_TEXT}]`]);
  });

  it('reports a third copy against the second, and fixing all leaves one copy', () => {
    const second = substitute(BASE_TEXT, 10);
    const third = substitute(second, 12, 5);
    const text = [BASE_TEXT, OTHER, second, third].join('\n\n');
    assert.deepEqual(summary(text, dups(text)), [`duplicate/passage warning [${second}] <- [${BASE_TEXT}]`, `duplicate/passage warning [${third}] <- [${second}]`]);
    assert.equal(fixEverything(text), [OTHER, third].join('\n\n'));
  });
});

describe('duplicate: clean drafts', () => {
  it('does not report paragraphs that share common phrases but say different things', () => {
    const text = [
      'The White House said on Monday that the president would travel to Ohio next week to visit the plant.',
      'The White House said on Monday that it had no plans to change its policy on tariffs this year.',
      'A spokesman for the company did not immediately respond to a request for comment on Monday.',
      'A spokesman for the union did not immediately respond to a request for comment on the strike.',
      'The president will travel to Ohio next week, the White House said on Monday, after a visit to Texas.',
      'Shares fell 2 percent in early trading on Monday, according to data from the exchange.',
      'Shares rose 3 percent in late trading on Tuesday, according to data from the exchange.',
    ].join('\n\n');
    assert.deepEqual(dups(text), []);
  });

  it('does not report different sentences that share a long frame', () => {
    const text =
      'The standard version will be able to go from zero to 60 miles an hour in about five seconds, the company says.\n\nA performance version will be able to go from zero to 60 miles an hour in 3.5 seconds.';
    assert.deepEqual(dups(text), []);
  });

  it('does not report filler prose', () => {
    assert.deepEqual(dups(filler(random(3), 200).join('\n\n')), []);
  });
});

describe('duplicate: repeated quotes', () => {
  const quote = '“We will not back down from this fight, not now and not ever, because the families deserve answers,”';
  const pull = '“We will not back down from this fight, not now and not ever, because the families deserve answers.”';
  const text = `Officials defended the plan. ${quote} the mayor said on Tuesday.\n\n${OTHER}\n\n${pull}\n`;

  it('reports a repeated quotation (pull quote) at information severity', () => {
    const findings = dupsWithQuotes(text, curlyQuotes(text));
    assert.deepEqual(summary(text, findings), [`duplicate/passage information [${pull}] <- [${quote.slice(0, -2)}]`]);
    assert.equal(findings[0].message, 'This quotation repeats one used earlier word for word. Keep it only if it is a deliberate pull quote.');
    // The earlier copy is part of a sentence: only the pull quote itself may be deleted.
    assert.deepEqual(
      findings[0].fixes.map((f) => [f.title, f.preferred]),
      [['Keep the earlier version (delete this passage)', true]],
    );
    assert.equal(applyFix(text, findings[0], 0), `Officials defended the plan. ${quote} the mayor said on Tuesday.\n\n${OTHER}\n`);
  });

  it('a pull quote standing as its own sentence in both places can be deleted', () => {
    const draft = `Officials defended the plan. ${pull} The mayor said it on Tuesday.\n\n${OTHER}\n\n${pull}\n`;
    const findings = dupsWithQuotes(draft, curlyQuotes(draft));
    assert.deepEqual(summary(draft, findings), [`duplicate/passage information [${pull}] <- [${pull}]`]);
    assert.equal(applyFix(draft, findings[0], 1), `Officials defended the plan. ${pull} The mayor said it on Tuesday.\n\n${OTHER}\n`);
    assert.equal(applyFix(draft, findings[0], 0), `Officials defended the plan. The mayor said it on Tuesday.\n\n${OTHER}\n\n${pull}\n`);
  });

  it('through the whole engine, with quotes from the quote extractor, a pull quote is information', () => {
    const result = check(text);
    assert.deepEqual(
      result.findings.filter((f) => f.category === 'duplicate').map((f) => [f.rule, f.severity, covered(text, f)]),
      [['duplicate/passage', 'information', pull]],
    );
  });

  it('the same draft without known quotes is a warning', () => {
    assert.equal(dupsWithQuotes(text, [])[0].severity, 'warning');
  });

  it('never offers a deletion that would cut into a quote', () => {
    const inside = `“Lessons were learned last year. ${pull.slice(1, -2)},” the mayor said.`;
    const draft = `${inside}\n\n${OTHER}\n\n${pull.slice(1, -2)}.\n`;
    const findings = dupsWithQuotes(draft, curlyQuotes(draft));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'warning');
    assert.deepEqual(
      findings[0].fixes.map((f) => [f.title, f.preferred]),
      [['Keep the earlier version (delete this passage)', true]],
    );
    assert.equal(dupsWithQuotes(draft, [])[0].fixes.length, 2);
  });
});

describe('duplicate: rules and options', () => {
  it('runs no rule that is switched off', () => {
    const text = `${BASE_TEXT}\n\n${BASE_TEXT}\n\n${OTHER} ${BASE[0]} ${BASE[1]}`;
    assert.deepEqual(
      dups(text).map((f) => f.rule),
      ['duplicate/paragraph', 'duplicate/passage'],
    );
    assert.deepEqual(
      dups(text, { rules: { 'duplicate/paragraph': false } }).map((f) => f.rule),
      ['duplicate/passage', 'duplicate/passage'],
    );
    assert.deepEqual(
      dups(text, { rules: { 'duplicate/passage': false } }).map((f) => f.rule),
      ['duplicate/paragraph'],
    );
    assert.deepEqual(dups(text, { categories: { duplicate: false } }), []);
  });

  it('reports a run of 15 or more repeated words inside different sentences, without a fix that would break a sentence', () => {
    const run = 'the committee will publish its full report on the causes of the fire before the end of next year';
    const text = `Officials confirmed on Friday that ${run}, despite the delays.\n\n${OTHER}\n\nAfter weeks of pressure from the families, ${run} at the latest.`;
    const findings = dups(text);
    assert.deepEqual(summary(text, findings), [`duplicate/passage warning [${run}] <- [${run}]`]);
    assert.deepEqual(findings[0].fixes, []);
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { readDraft, readDraftAfter, type Draft } from '../../../src/engine/draft';
import { quoteDetector } from '../../../src/engine/detectors/quotes';
import { extractDetailed, newQuoteState, readQuotes, type QuoteState } from '../../../src/engine/detectors/quotes/extract';
import type { Finding, Quote } from '../../../src/engine/types';

const root = join(__dirname, '../../../..');
const SAMPLES = ['samples/us-russia-spat.txt', 'samples/tillerson-putin-scraped.txt'].map((f) => readFileSync(join(root, f), 'utf8'));

/** Quote-heavy: multi-paragraph quotes, pronouns, titles, a near-repeat (quote/inconsistent), an unclosed mark. */
const FIXTURE = [
  'Secretary of State Rex Tillerson met President Vladimir Putin on Wednesday.',
  '',
  '“The current state of relations is at a low point,” Tillerson said. “We need to talk.”',
  '',
  'Maria Lopez, a spokeswoman for the ministry, said she had not seen the letter. She added: "It is not our policy to comment on letters."',
  '',
  '"The first paragraph of a long quote runs on,',
  '',
  '"and the second one too,',
  '',
  '"and the last one closes it," he said.',
  '',
  'The president said "we will meet again soon in Moscow" and left.',
  '',
  '“The current state of relations is at the low point,” Tillerson said later.',
  '',
  'A spokesman said "no comment." Officials said the talks were "constructive".',
  '',
  '"This quote is never closed, said nobody.',
  '',
  '"Headline In Quotes"',
].join('\n');

const DOCS = [...SAMPLES, FIXTURE, FIXTURE.replace(/\n/g, '\r\n')];

/** Pieces inserted by edits: words, names, speech verbs, marks, paragraph breaks (split/merge), CRLF, emoji, junk. */
const PIECES = [
  'the',
  'Tillerson',
  'Rex Tillerson',
  ' said ',
  ' he said',
  'She said ',
  ', Lopez said.',
  '. ',
  '.\n\n',
  '\n\n',
  '\r\n',
  '\n',
  '“',
  '”',
  '"',
  '’',
  ' — ',
  '😀',
  'e\u0301',
  '\u0000',
  '\ud800',
  '"We will win," Smith said.\n\n',
  '\n\n"',
];

type Edit = { kind: 'insert'; at: number; piece: string } | { kind: 'delete'; at: number; length: number } | { kind: 'edge'; end: boolean; piece: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  // At the very start or end of the draft.
  fc.record({ kind: fc.constant('edge' as const), end: fc.boolean(), piece: fc.constantFrom(...PIECES) }),
);

function applyEdit(text: string, e: Edit): string {
  const n = text.length;
  if (e.kind === 'edge') return e.end ? text + e.piece : e.piece + text;
  if (e.kind === 'insert') {
    const at = n === 0 ? 0 : e.at % (n + 1);
    return text.slice(0, at) + e.piece + text.slice(at);
  }
  if (n === 0) return text;
  const at = e.at % n;
  return text.slice(0, at) + text.slice(at + e.length);
}

const newState = newQuoteState;

/** What extraction and the quote rules give for a draft (internals left out). */
function outcome(draft: Draft, state?: QuoteState): { quotes: Quote[]; findings: Finding[] } {
  const reading = readQuotes(draft, state);
  const quotes = reading.quotes.map(({ attributed: _a, chain: _c, info: _i, paragraph: _p, who: _w, plain: _q, unattributed: _u, ...q }) => q);
  const findings = quoteDetector.run({ draft, quotes, quoteReading: reading, options: {}, enabled: () => true });
  return { quotes, findings };
}

/** Extraction with state through a sequence of texts, each read as an edit of the one before. */
function* incremental(texts: Iterable<string>, state: QuoteState = newState()): Generator<{ text: string; draft: Draft; result: ReturnType<typeof outcome> }> {
  let draft: Draft | undefined;
  for (const text of texts) {
    draft = draft ? readDraftAfter(draft, text) : readDraft(text);
    yield { text, draft, result: outcome(draft, state) };
  }
}

describe('quotes: incremental extraction (state kept between checks)', () => {
  it('gives what a fresh extraction gives after every edit of random edit sequences', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.constantFrom(...DOCS), fc.array(edit, { minLength: 1, maxLength: 15 }), (doc, edits) => {
        const texts = [doc];
        for (const e of edits) texts.push(applyEdit(texts[texts.length - 1], e));
        for (const { text, result } of incremental(texts)) assert.deepStrictEqual(result, outcome(readDraft(text)));
      }),
      { numRuns: 150 },
    );
  });

  it('follows multi-paragraph quotes when a continuing paragraph is split, merged, or loses its opening mark', () => {
    const base = FIXTURE;
    const second = base.indexOf('"and the second');
    const texts = [
      base,
      base.slice(0, second) + base.slice(second + 1), // the chain is broken: the quote before is unclosed
      base,
      base.replace('runs on,\n\n"and', 'runs on, and'), // merged into one paragraph
      base.replace('"and the last one closes it," he said.', '"and the last one\n\ncloses it," he said.'), // split: the chain ends unclosed
      base.replace('the second one too,', 'the second one too," Lopez said.'),
      base,
      '',
      base,
    ];
    for (const { text, result } of incremental(texts)) assert.deepStrictEqual(result, outcome(readDraft(text)));
  });

  it('gives the same after edits that change who "he" is or who a name stands for', () => {
    const texts = [FIXTURE];
    const add = (t: string) => texts.push(t);
    add(FIXTURE.replace('Secretary of State Rex Tillerson', 'Secretary of State Rex W. Tillerson'));
    add(texts[texts.length - 1].replace('Maria Lopez', 'Mario Lopez'));
    add(texts[texts.length - 1].replace('she had not', 'he had not'));
    add(`Jane Tillerson arrived.\n\n${texts[texts.length - 1]}`);
    add(texts[texts.length - 1].replace('Jane Tillerson arrived.\n\n', ''));
    add(texts[texts.length - 1].replace('at the low point', 'at a low point'));
    for (const { text, result } of incremental(texts)) assert.deepStrictEqual(result, outcome(readDraft(text)));
  });

  it('gives the same when every quote goes and comes back while names change in between', () => {
    const noQuotes = FIXTURE.replace(/["“”]/g, '');
    const texts = [
      FIXTURE,
      noQuotes,
      noQuotes.replace('Maria Lopez', 'Maria Lopes'),
      `Jane Doe, a lawyer, said she would appeal.\n\n${noQuotes.replace('Maria Lopez', 'Maria Lopes')}`,
      `Jane Doe, a lawyer, said she would appeal.\n\n${FIXTURE}`,
      FIXTURE.replace('Rex Tillerson', 'Rex Tillman'),
      FIXTURE,
    ];
    for (const { text, result } of incremental(texts)) assert.deepStrictEqual(result, outcome(readDraft(text)));
  });

  it('follows a surname becoming known or unknown elsewhere in the draft ("Smith arrived" then stands for John Smith)', () => {
    const base = ['Officials met on Monday.', 'Smith arrived late to the meeting.', '"We won," he said.'].join('\n\n');
    const withName = `${base}\n\nJohn Smith is the mayor.`;
    const quoteless = (t: string) => t.replace(/"/g, '');
    const texts = [base, withName, base, withName, quoteless(withName), quoteless(base), base, withName];
    const results = [...incremental(texts)];
    for (const { text, result } of results) assert.deepStrictEqual(result, outcome(readDraft(text)));
    // The case is a real one: the speaker depends on the name further down.
    assert.deepStrictEqual(
      results.slice(0, 2).map((r) => r.result.quotes.map((q) => q.speaker)),
      [[null], ['John Smith']],
    );
  });

  it('rebuilds from scratch when the draft has no change or its previous draft is not the one it knows', () => {
    const state = newState();
    const [a, b] = [FIXTURE, FIXTURE.replace('Wednesday', 'Thursday')];
    assert.deepStrictEqual(outcome(readDraft(a), state), outcome(readDraft(a)));
    // An edit of a draft the state never saw: its change must not be trusted.
    const other = readDraftAfter(readDraft(SAMPLES[0]), b);
    assert.deepStrictEqual(outcome(other, state), outcome(readDraft(b)));
    assert.deepStrictEqual(outcome(readDraft(SAMPLES[1]), state), outcome(readDraft(SAMPLES[1])));
  });

  it('analyses only the edited paragraph again after a one-word edit, keeping the others as they were', () => {
    const state = newState();
    const text = `${SAMPLES[0]}\n\n${FIXTURE}`;
    const first = readDraft(text);
    outcome(first, state);
    const quoteState = state;
    const before = quoteState.entries.map((e) => e.analysis);
    const edited = readDraftAfter(first, text.replace('Wednesday', 'Tuesday'));
    const k = edited.change!.paragraphs.from;
    assert.equal(edited.change!.paragraphs.toNew, k + 1);
    assert.deepStrictEqual(outcome(edited, state), outcome(readDraft(edited.text)));
    const after = quoteState.entries.map((e) => e.analysis);
    assert.equal(after.length, before.length);
    for (let p = 0; p < after.length; p++) {
      if (p === k) assert.notEqual(after[p], before[p], 'the edited paragraph is analysed again');
      else assert.equal(after[p], before[p], `paragraph ${p} is reused`);
    }
  });

  it('keeps the quotes of a paragraph that moved (text inserted above it) with shifted offsets', () => {
    const texts = [FIXTURE, `A new first paragraph.\n\n${FIXTURE}`, `A new first paragraph, longer now.\n\n${FIXTURE}`, FIXTURE];
    const results = [...incremental(texts)];
    for (const { text, result } of results) assert.deepStrictEqual(result, outcome(readDraft(text)));
    const shift = texts[1].length - texts[0].length;
    assert.deepStrictEqual(
      results[1].result.quotes.map((q) => q.start),
      results[0].result.quotes.map((q) => q.start + shift),
    );
  });

  it('reuses the quotes before an edited paragraph as they are and moves those after it, when the edit changes no speaker', () => {
    const state = newState();
    const text = `${FIXTURE}\n\n${SAMPLES[0]}`;
    const first = readDraft(text);
    const before = extractDetailed(first, state);
    outcome(first, state);
    // A word outside every quote and name, in the fixture's "president" paragraph: longer by 4 characters.
    const edited = readDraftAfter(first, text.replace('and left.', 'and vanished.'));
    const k = edited.change!.paragraphs.from;
    const result = outcome(edited, state);
    assert.deepStrictEqual(result, outcome(readDraft(edited.text)));
    const after = extractDetailed(edited, state);
    assert.equal(after.length, before.length);
    let kept = 0;
    let moved = 0;
    for (let i = 0; i < after.length; i++) {
      if (after[i].paragraph < k) {
        assert.equal(after[i], before[i], `quote ${i} is the very same object`);
        kept++;
      } else if (after[i].paragraph > k) {
        assert.equal(after[i].start, before[i].start + 4);
        moved++;
      }
    }
    assert.ok(kept > 0 && moved > 0);
    // Again, before a quote and a pronoun attribution in the same paragraph ("she" moves by 3).
    const again = readDraftAfter(edited, edited.text.replace('for the ministry', 'for the government'));
    assert.deepStrictEqual(outcome(again, state), outcome(readDraft(again.text)));
    const third = extractDetailed(again, state);
    const j = again.change!.paragraphs.from;
    assert.ok(third.some((q) => q.paragraph === j && q.speaker === 'Maria Lopez'));
    for (let i = 0; i < third.length; i++) if (third[i].paragraph < j) assert.equal(third[i], after[i]);
  });

  it('gives the same after one-word edits inside quotes and attributions (kinds, repeats and speaker places that change within a paragraph)', () => {
    const texts = [FIXTURE];
    const add = (from: string, to: string) => {
      const last = texts[texts.length - 1];
      assert.ok(last.includes(from), from);
      texts.push(last.replace(from, to));
    };
    add('Tillerson met President', 'Tillerson visited President'); // before everything: all quotes and findings move
    add('at the low point', 'at the lowest point'); // the near-repeat becomes a different one
    add('at the lowest point', 'at a low point'); // now the very same words: no finding
    add('at a low point,” Tillerson said later', 'at the low point,” Tillerson said later');
    add('a spokeswoman for the ministry', 'a spokeswoman for the foreign ministry'); // "she" moves
    add('"Headline In Quotes"', '"Headline Quotes"'); // still a heading
    add('"Headline Quotes"', '"Headline quotes are. Here."'); // now a sentence: an unattributed direct quote
    add('"no comment."', '"no comment at all, really."'); // short becomes direct
    add('"constructive"', '"really constructive"');
    add('This quote is never closed', 'This quote is still never closed');
    add('We need to talk', 'We need to talk now');
    add('Secretary of State', 'Secretary of the State');
    const results = [...incremental(texts)];
    for (const { text, result } of results) assert.deepStrictEqual(result, outcome(readDraft(text)), text);
    // The cases are real ones: a repeat reported, then not.
    const repeats = results.map((r) => r.result.findings.filter((f) => f.rule === 'quote/inconsistent').length);
    assert.ok(repeats[0] > 0 && repeats[1] > 0 && repeats[2] > 0 && repeats[3] === 0 && repeats[4] > 0, JSON.stringify(repeats));
  });

  it('gives what a fresh extraction gives after random one-word replacements (the usual edit)', function () {
    this.timeout(120_000);
    const WORDS = ['said', 'told', 'he', 'she', 'the', 'Smith', 'Tillerson', 'quickly', 'minister', 'reported', 'according', 'to', 'It', 'a'];
    fc.assert(
      fc.property(fc.constantFrom(...DOCS), fc.array(fc.record({ at: fc.nat(), word: fc.constantFrom(...WORDS) }), { minLength: 1, maxLength: 20 }), (doc, edits) => {
        const texts = [doc];
        for (const e of edits) {
          const last = texts[texts.length - 1];
          const found = /[A-Za-z]+/g;
          found.lastIndex = e.at % (last.length + 1);
          const m = found.exec(last);
          if (m) texts.push(last.slice(0, m.index) + e.word + last.slice(m.index + m[0].length));
        }
        for (const { text, result } of incremental(texts)) assert.deepStrictEqual(result, outcome(readDraft(text)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('quotes: the reading is passed, never cached by draft', () => {
  const text = '"We are ready," the mayor said.\n\n"It starts in May," she said.';

  it('without a document state, reads the draft afresh each time', () => {
    const draft = readDraft(text);
    const first = extractDetailed(draft);
    const again = extractDetailed(draft);
    assert.notEqual(again, first, 'nothing is kept between readings');
    assert.deepStrictEqual(again, first);
  });

  it('the quote rules read the reading they are given', () => {
    const draft = readDraft('The hall was quiet.\n\n"We will never give up on this plan, not ever."');
    const reading = readQuotes(draft);
    const ctx = { draft, quotes: [], options: {}, enabled: () => true };
    assert.equal(quoteDetector.run({ ...ctx, quoteReading: reading }).filter((f) => f.rule === 'quote/unattributed').length, 1);
    assert.deepStrictEqual(quoteDetector.run({ ...ctx, quoteReading: { quotes: [], unclosed: [], entries: [] } }), []);
  });

  it('with a document state, the same draft read again gives the same reading', () => {
    const state = newQuoteState();
    const draft = readDraft(text);
    const first = extractDetailed(draft, state);
    assert.equal(extractDetailed(draft, state), first);
  });
});

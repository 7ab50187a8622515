import assert from 'node:assert/strict';
import { createFakeVscode, fakeDocument, tolerant } from '../../../scripts/bench/fake-vscode.mjs';
import { describeLimit, FLOORS, mark, verdict } from '../../../scripts/bench/floors.mjs';
import { editOneWord, makeLongDraft, seededRandom, shuffle, splitParagraphs, varyParagraph, vocabulary } from '../../../scripts/bench/generate.mjs';
import {
  countWords,
  formatBytes,
  formatMs,
  formatRatio,
  formatSpread,
  geomean,
  mad,
  measureAsync,
  measureSync,
  median,
  quantile,
  ratio,
  summarize,
  table,
} from '../../../scripts/bench/stats.mjs';

/** Hand-written fixture paragraphs (not corpus text). */
const SOURCES = [
  [
    'The council voted on Tuesday to close the harbour road for repairs, officials said.',
    'Residents had asked for months that the work begin before winter storms arrive in the valley.',
    '"We have waited long enough," said Maria Lopez, who runs a bakery near the water.',
  ].join('\n\n'),
  [
    'A second meeting is planned for next week, when engineers will present their estimates.',
    'The mayor declined to comment on the cost, saying only that the budget would be published soon.',
  ].join('\r\n\r\n'),
];

/** A clock that advances by `step` every time it is read. */
function steppingClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

describe('bench statistics', () => {
  it('interpolates quantiles linearly between ranks', () => {
    assert.equal(quantile([1, 2, 3, 4], 0.5), 2.5);
    assert.equal(quantile([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.1), 10);
    assert.equal(quantile([0, 10], 0.25), 2.5);
    assert.equal(quantile([7], 0.9), 7);
    assert.ok(Number.isNaN(quantile([], 0.5)));
  });

  it('takes the median of unsorted values without changing them', () => {
    const values = [9, 1, 5, 3];
    assert.equal(median(values), 4);
    assert.deepEqual(values, [9, 1, 5, 3]);
    assert.equal(median([3, 1, 2]), 2);
  });

  it('computes the median absolute deviation', () => {
    assert.equal(mad([1, 1, 2, 2, 4, 6, 9]), 1);
    assert.equal(mad([5, 5, 5]), 0);
    assert.ok(Number.isNaN(mad([])));
  });

  it('summarises timings', () => {
    assert.deepEqual(summarize([4, 1, 3, 2, 5]), { runs: 5, median: 3, p10: 1.4, p90: 4.6, min: 1, max: 5, mad: 1 });
  });

  it('takes geometric means of ratios and refuses non-positive values', () => {
    assert.ok(Math.abs(geomean([1, 100]) - 10) < 1e-12);
    assert.ok(Number.isNaN(geomean([2, 0])));
    assert.ok(Number.isNaN(geomean([])));
  });

  it('divides only known numbers by positive ones', () => {
    assert.equal(ratio(10, 4), 2.5);
    assert.ok(Number.isNaN(ratio(1, 0)));
    assert.ok(Number.isNaN(ratio(undefined, 3)));
    assert.ok(Number.isNaN(ratio(3, Number.NaN)));
  });

  it('counts words as whitespace-separated tokens with a letter or digit', () => {
    assert.equal(countWords('Hello, world — it’s 2026.'), 4);
    assert.equal(countWords('one\r\ntwo\n\n  three\tfour'), 4);
    assert.equal(countWords('café naïve 👍 - • ok'), 3);
    assert.equal(countWords(''), 0);
    assert.equal(countWords('   \n\t '), 0);
    assert.equal(countWords('\u0000\uffff junk'), 1);
  });

  it('measures warm: warm-up calls untimed, runs until the budget once the minimum is met', () => {
    let calls = 0;
    const m = measureSync(() => ++calls, { warmup: 2, minRuns: 3, maxRuns: 100, budgetMs: 25, now: steppingClock(10) });
    assert.equal(m.runs, 3);
    assert.deepEqual(m.times, [10, 10, 10]);
    assert.equal(calls, 5);
    assert.equal(m.result, 5);
    assert.equal(m.median, 10);
  });

  it('keeps warming up until warmupMs have passed', () => {
    let calls = 0;
    const m = measureSync(() => ++calls, { warmup: 1, warmupMs: 30, minRuns: 1, maxRuns: 1, now: steppingClock(10) });
    // The clock starts at 10; after calls 1 and 2 it reads 20 and 30 (keep warming), after call 3 it reads 40: 30 ms passed.
    assert.equal(calls, 4);
    assert.equal(m.runs, 1);
  });

  it('stops at maxRuns even under budget, and runs minRuns even over it', () => {
    assert.equal(measureSync(() => 0, { warmup: 0, minRuns: 1, maxRuns: 4, budgetMs: 1e9, now: steppingClock(1) }).runs, 4);
    assert.equal(measureSync(() => 0, { warmup: 0, minRuns: 6, maxRuns: 10, budgetMs: 0, now: steppingClock(50) }).runs, 6);
  });

  it('measures async functions the same way', async () => {
    let calls = 0;
    const m = await measureAsync(async () => ++calls, { warmup: 1, minRuns: 2, maxRuns: 5, budgetMs: 15, now: steppingClock(5) });
    assert.deepEqual(m.times, [5, 5, 5]);
    assert.equal(calls, 4);
    assert.equal(m.result, 4);
  });

  it('formats milliseconds, ratios, spreads and sizes', () => {
    assert.deepEqual([0.0421, 3.14159, 27.53, 1234.4, Number.NaN].map(formatMs), ['0.042', '3.14', '27.5', '1234', '–']);
    assert.deepEqual([12.34, 3.456, 250.2, undefined].map(formatRatio), ['12.3×', '3.46×', '250×', '–']);
    assert.equal(formatSpread(summarize([1, 2, 3, 4, 5])), '3.00 (1.40–4.60)');
    assert.equal(formatSpread(undefined), '–');
    assert.deepEqual([12, 4567, 4_600_000].map(formatBytes), ['12 B', '4.6 kB', '4.60 MB']);
  });

  it('lays out a table with right-aligned number columns', () => {
    assert.equal(
      table(
        ['name', 'ms'],
        [
          ['a', '1.5'],
          ['longer', '12'],
        ],
        [1],
      ),
      'name     ms\n------  ---\na       1.5\nlonger   12',
    );
  });
});

describe('bench draft generator', () => {
  it('gives the same random sequence for the same seed, in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 50 }, a);
    assert.deepEqual(xs, Array.from({ length: 50 }, b));
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.notDeepEqual(xs.slice(0, 5), Array.from({ length: 5 }, seededRandom(43)));
  });

  it('shuffles a copy into a permutation, deterministically', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const s = shuffle(items, seededRandom(1));
    assert.deepEqual(
      [...s].sort((x, y) => x - y),
      items,
    );
    assert.deepEqual(s, shuffle(items, seededRandom(1)));
    assert.deepEqual(items, [1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('splits paragraphs on blank lines, CRLF or LF', () => {
    assert.deepEqual(splitParagraphs('One line\r\nsame para\r\n\r\n  \r\nSecond.\n\n\nThird  \n'), ['One line\nsame para', 'Second.', 'Third']);
    assert.deepEqual(splitParagraphs(''), []);
  });

  it('collects the lower-case words of four or more letters', () => {
    assert.deepEqual(vocabulary(['The cat sat on the harbour road.', 'Road works: harbour closed; Mayor said no']), ['closed', 'harbour', 'road', 'said', 'works']);
  });

  it('varies only lower-case words of four or more letters, at the given rate', () => {
    const p = 'The Mayor said the harbour road will close.';
    assert.equal(varyParagraph(p, seededRandom(3), ['zzzz'], 0), p);
    assert.equal(varyParagraph(p, seededRandom(3), ['zzzz'], 1), 'The Mayor zzzz the zzzz zzzz zzzz zzzz.');
  });

  it('builds a deterministic draft of at least the target word count, cut at a paragraph end', () => {
    const a = makeLongDraft(SOURCES, 500, { seed: 7 });
    assert.equal(a, makeLongDraft(SOURCES, 500, { seed: 7 }));
    assert.notEqual(a, makeLongDraft(SOURCES, 500, { seed: 8 }));
    const words = countWords(a);
    const longest = Math.max(...SOURCES.flatMap(splitParagraphs).map(countWords));
    assert.ok(words >= 500 && words < 500 + longest, `${words} words`);
    assert.ok(a.endsWith('.\n') || a.endsWith('"\n'));
    assert.ok(!a.includes('\r'));
  });

  it('varies the rounds so that repeated paragraphs are mostly not pure copies', () => {
    const paragraphs = splitParagraphs(makeLongDraft(SOURCES, 2000, { seed: 5, rate: 0.2 }));
    const distinct = new Set(paragraphs).size;
    assert.ok(paragraphs.length > 100);
    assert.ok(distinct / paragraphs.length > 0.9, `${distinct} distinct of ${paragraphs.length}`);
  });

  it('refuses sources without words', () => {
    assert.throws(() => makeLongDraft(['', '  \n\n — '], 100), /no words/);
  });

  it('edits exactly one whole word, deterministically', () => {
    const text = splitParagraphs(SOURCES[0]).join('\n\n');
    const edit = editOneWord(text, seededRandom(11));
    assert.deepEqual(edit, editOneWord(text, seededRandom(11)));
    assert.notEqual(edit.after, edit.before);
    assert.match(edit.before, /^[a-z]{4,}$/);
    assert.equal(edit.text.slice(0, edit.start), text.slice(0, edit.start));
    assert.equal(edit.text.slice(edit.start, edit.end), edit.after);
    assert.equal(edit.text.slice(edit.end), text.slice(edit.start + edit.before.length));
    assert.equal(text.slice(edit.start, edit.start + edit.before.length), edit.before);
    assert.doesNotMatch(text.slice(edit.start - 1, edit.start), /[A-Za-z]/);
    assert.equal(countWords(edit.text), countWords(text));
  });

  it('never replaces a word with itself', () => {
    const edit = editOneWord('statement', () => 0);
    assert.equal(edit.before, 'statement');
    assert.equal(edit.text, 'statements');
  });

  it('edits from the start when the random point is past the last word', () => {
    const edit = editOneWord('word here, END', () => 0.99);
    assert.equal(edit.before, 'word');
    assert.equal(edit.start, 0);
  });

  it('refuses a text with no word to edit', () => {
    assert.throws(() => editOneWord('A B CD 123 Tillerson', seededRandom(1)), /no word/);
  });
});

describe('bench floors', () => {
  it('has the speed and memory floors', () => {
    assert.deepEqual(
      FLOORS.map((f) => `${f.id} ${describeLimit(f)}`),
      [
        'typical-median ≤ 5 ms',
        'typical-vs-harper ≥ 10×',
        'long-100k ≤ 1000 ms',
        'incremental-100k ≤ 20 ms',
        'memory-100k ≤ 200 MB',
        'memory-session-100k ≤ 200 MB',
        'activation ≤ 150 ms',
      ],
    );
  });

  it('passes values on the right side of the limit and marks missing ones', () => {
    const max = FLOORS.find((f) => f.id === 'typical-median')!;
    const min = FLOORS.find((f) => f.id === 'typical-vs-harper')!;
    assert.deepEqual([verdict(max, 5), verdict(max, 5.01), verdict(max, null), verdict(max, Number.NaN)], ['pass', 'fail', 'n/a', 'n/a']);
    assert.deepEqual([verdict(min, 10), verdict(min, 9.99)], ['pass', 'fail']);
    assert.deepEqual(
      ['pass', 'fail', 'n/a'].map((r) => mark(r as 'pass' | 'fail' | 'n/a')),
      ['PASS', 'FAIL', 'n/a'],
    );
  });
});

describe('bench fake vscode', () => {
  it('tolerates any access, call, construction and await', async () => {
    const t = tolerant('x');
    const deep = t.a.b().c.d(1, 2);
    assert.equal(String(deep), '');
    assert.equal(await deep, deep);
    assert.equal([...new t.Thing()].length, 0);
    t.a.text = 'kept';
    assert.equal(t.a.text, 'kept');
    assert.doesNotThrow(() => t.onDidSomething(() => {}).dispose());
  });

  it('reports every diagnostics set and fires registered events', () => {
    const doc = fakeDocument('/tmp/a.txt', 'one\r\ntwo\nthree');
    const seen: [string, number][] = [];
    const { vscode } = createFakeVscode({ documents: [doc], onDiagnostics: (uri, d) => seen.push([String(uri), d.length]) });
    const collection = vscode.languages.createDiagnosticCollection('test');
    collection.set(doc.uri, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 3), 'x')]);
    collection.set([[doc.uri, []]]);
    assert.deepEqual(seen, [
      ['file:///tmp/a.txt', 1],
      ['file:///tmp/a.txt', 0],
    ]);
    let opened: unknown;
    vscode.workspace.onDidOpenTextDocument((d: unknown) => (opened = d));
    vscode.workspace.onDidOpenTextDocument.fire(doc);
    assert.equal(opened, doc);
    assert.equal(vscode.workspace.textDocuments[0], doc);
    assert.equal(vscode.workspace.getConfiguration('copydesk').get('debounceMs', 300), 300);
    assert.doesNotThrow(() => vscode.someFutureApi.register().dispose());
  });

  it('maps offsets and positions over CRLF and LF lines', () => {
    const doc = fakeDocument('/tmp/a.txt', 'one\r\ntwo\nthree');
    assert.deepEqual(
      [0, 3, 5, 9, 14].map((o) => {
        const p = doc.positionAt(o);
        return [p.line, p.character];
      }),
      [
        [0, 0],
        [0, 3],
        [1, 0],
        [2, 0],
        [2, 5],
      ],
    );
    assert.equal(doc.offsetAt({ line: 1, character: 99 }), 8);
    assert.equal(doc.lineAt(0).text, 'one');
    assert.equal(doc.lineCount, 3);
  });
});

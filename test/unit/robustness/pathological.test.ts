/**
 * Pathological drafts: each is checked (or skipped, for the size cap) within a
 * generous time bound, and the result still satisfies the basic invariants.
 * The bound catches hangs and quadratic blow-ups; it is not a benchmark.
 * Each long draft is checked in a worker thread that is stopped when it runs
 * past HANG_MS, so a hanging rule fails its test instead of freezing the suite.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { check, DEFAULT_MAX_LENGTH, type FullCheckResult } from '../../../src/engine/check';
import { fixAll } from '../../../src/engine/edits';
import type { CheckOptions } from '../../../src/engine/types';
import { FURNITURE, QUOTE_MARKS, realDrafts } from './arbitraries';
import { assertWellFormed } from './invariants';

/**
 * Generous: the engine's budget for a 100,000-word draft (600,000 characters)
 * is 1 s, and these drafts are at most 200,000 characters. The bound leaves
 * room for a loaded machine; a hang or a quadratic blow-up goes far past it.
 */
const BOUND_MS = 5_000;

function timedCheck(text: string, options: CheckOptions = {}): { result: FullCheckResult; ms: number } {
  check('warm up the detectors.');
  const t0 = performance.now();
  const result = check(text, options);
  return { result, ms: performance.now() - t0 };
}

/**
 * Check a draft and apply all its fixes, each within the bound, and check the
 * result's ranges. `progress` is told which step is running, so a step that
 * hangs can be named. Whether each fix stays inside its finding is a property
 * of engine.test.ts; here only time and validity matter.
 */
function checkedInBoundedTime(name: string, text: string, bound: number, progress: (step: string) => void): FullCheckResult {
  progress('check');
  const { result, ms } = timedCheck(text);
  assert.equal(result.skipped, undefined, `${name}: skipped`);
  assert.ok(ms < bound, `${name}: check took ${Math.round(ms)} ms (bound ${bound} ms, ${text.length} characters)`);
  progress(`validating the ranges of ${result.findings.length} findings`);
  assertWellFormed(text, result);
  progress(`fixAll (applying the fixes of ${result.findings.length} findings)`);
  const t1 = performance.now();
  fixAll(text, result.findings);
  const fixMs = performance.now() - t1;
  assert.ok(fixMs < bound, `${name}: fixAll of ${result.findings.length} findings took ${Math.round(fixMs)} ms (bound ${bound} ms)`);
  return result;
}

const LONG = 200_000;
/** Length of the drafts that are not about long lines. */
const MID = 50_000;
const SENTENCE = 'Tillerson said the the talks with Lavrov were "frank" and that trust was at a low point. ';
const PARAGRAPH =
  'Secretary of State Rex Tillerson said on Wednesday that relations between the two countries were at a low point, and that "the world\'s two foremost nuclear powers cannot have this relationship."';

/** [name, draft, time bound in ms (default BOUND_MS)] */
const cases: [string, () => string, number?][] = [
  ['a 200,000-character line of one letter', () => 'a'.repeat(LONG)],
  ['a 200,000-character line of words', () => 'word '.repeat(LONG / 5)],
  ['a 200,000-character line of real sentences', () => SENTENCE.repeat(Math.ceil(LONG / SENTENCE.length))],
  ['a 200,000-character line of spaces', () => ' '.repeat(LONG)],
  ['a 50,000-character line of tabs and no-break spaces', () => '\t\u00a0'.repeat(MID / 2)],
  ['a 50,000-character line of zero-width spaces', () => '\u200b'.repeat(MID)],
  ['a 50,000-character line of digits', () => '1'.repeat(MID)],
  ['a 50,000-character line of capitalised words', () => 'Rex '.repeat(MID / 4)],
  ['a 200,000-character line of "the"', () => 'the '.repeat(LONG / 4)],
  ['a 50,000-character line of hyphens and dashes', () => '-\u2014'.repeat(MID / 2)],
  ['a 200,000-character line of periods', () => '.'.repeat(LONG)],
  ['a 50,000-character line of emoji', () => '\ud83d\ude00'.repeat(MID / 2)],
  ['a letter with 100,000 combining marks', () => 'e' + '\u0301'.repeat(100_000)],
  ['a draft of only straight double quotes', () => '"'.repeat(LONG)],
  ['a draft of only curly quotes', () => '\u201c\u201d'.repeat(MID / 2)],
  ['a draft of only opening quotes', () => '\u201c'.repeat(LONG)],
  ['a draft of only apostrophes and single quotes', () => "'\u2018\u2019".repeat(MID / 3)],
  ['a draft of every kind of quotation mark, spaced', () => QUOTE_MARKS.join(' ').concat('\n').repeat(5_000)],
  ['a draft of only punctuation', () => '.,;:!?()[]{}-\u2013\u2014\u2026/\\&*#@|'.repeat(LONG / 22)],
  ['a draft of only punctuation lines', () => '...\n!!!\n???\n---\n***\n\n'.repeat(10_000)],
  ['deeply nested quotes, one line', () => '\u201c'.repeat(5_000) + 'x' + '\u201d'.repeat(5_000)],
  ['deeply nested quotes with attributions', () => 'He said, "She said, \'He said, \u201cShe said, \u2018'.repeat(2_000) + 'yes' + '\u2019\u201d\'"'.repeat(2_000)],
  ['an unclosed quote before 5,000 paragraphs', () => '"It begins\n\n' + 'More text follows here.\n\n'.repeat(5_000)],
  ['5,000 one-word paragraphs, all the same', () => 'Advertisement\n\n'.repeat(5_000)],
  ['5,000 one-word paragraphs, all different', () => Array.from({ length: 5_000 }, (_, i) => `Word${i}.`).join('\n\n')],
  ['10,000 one-word lines', () => Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 'Share' : `Line${i % 50}`)).join('\n')],
  ['200,000 empty lines', () => '\n'.repeat(LONG)],
  ['100,000 CRLF line breaks', () => '\r\n'.repeat(100_000)],
  ['200,000 bare CR line breaks', () => '\r'.repeat(LONG)],
  ['a paragraph repeated 1,000 times', () => `${PARAGRAPH}\n\n`.repeat(1_000)],
  ['a sentence repeated 2,000 times in one paragraph', () => SENTENCE.repeat(2_000)],
  [
    'a line of boilerplate repeated 10,000 times',
    () =>
      FURNITURE.map((f) => `${f}\n`)
        .join('')
        .repeat(1_000),
  ],
  ['alternating near-duplicate paragraphs', () => Array.from({ length: 1_000 }, (_, i) => `${PARAGRAPH.replace('Wednesday', `day ${i}`)}\n\n`).join('')],
  ['NUL bytes and control characters', () => '\u0000\u0001\u0002\u001b\u007f'.repeat(MID / 5)],
  ['lone surrogates everywhere', () => 'a\ud800 b\udc00 '.repeat(MID / 6)],
  ['25,000 copies of "the the"', () => 'the the '.repeat(25_000)],
  // 2 MB is about 350,000 words, 3.5 times the 100,000-word budget of 1 s.
  ['a draft just under the 2 MB size cap', () => `${PARAGRAPH}\n\n`.repeat(Math.floor((DEFAULT_MAX_LENGTH - 1) / (PARAGRAPH.length + 2))), 4 * BOUND_MS],
];

/** A check still running after this long is stopped and reported as hanging. */
const HANG_MS = 30_000;

/**
 * The cases run one after another in a single worker thread (this very file,
 * loaded again), so that a case that hangs can be stopped: the worker is
 * terminated and the next case starts a fresh one.
 */
let worker: Worker | undefined;

function inWorker(index: number): Promise<void> {
  worker ??= new Worker(__filename, { workerData: { pathological: true } });
  const w = worker;
  return new Promise((resolve, reject) => {
    let step = 'starting';
    const done = () => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
    };
    const timer = setTimeout(() => {
      done();
      void w.terminate();
      worker = undefined;
      reject(new assert.AssertionError({ message: `${cases[index][0]}: ${step} did not finish in ${HANG_MS / 1000} s (hangs, or is far worse than linear)` }));
    }, HANG_MS);
    const onMessage = (m: { index: number; step?: string; ok?: boolean; message?: string }) => {
      if (m.index !== index) return;
      if (m.step !== undefined) {
        step = m.step;
        return;
      }
      done();
      if (m.ok) resolve();
      else reject(new assert.AssertionError({ message: m.message ?? 'failed' }));
    };
    const onError = (error: Error) => {
      done();
      worker = undefined;
      reject(error);
    };
    w.on('message', onMessage);
    w.once('error', onError);
    w.postMessage({ index });
  });
}

if (!isMainThread && workerData?.pathological === true) {
  parentPort!.on('message', ({ index }: { index: number }) => {
    const [name, make, bound = BOUND_MS] = cases[index];
    try {
      checkedInBoundedTime(name, make(), bound, (step) => parentPort!.postMessage({ index, step }));
      parentPort!.postMessage({ index, ok: true });
    } catch (error) {
      parentPort!.postMessage({ index, ok: false, message: (error as Error)?.message ?? String(error) });
    }
  });
} else {
  describe('pathological drafts are checked in bounded time', function () {
    this.timeout(HANG_MS + 10_000);
    after(() => worker?.terminate());
    cases.forEach(([name], index) => {
      it(name, () => inWorker(index));
    });

    it('a 10 MB draft is skipped by the size cap with a one-line message, at once', () => {
      const text = 'All work and no play. '.repeat(Math.ceil((10 * 1024 * 1024) / 22));
      const { result, ms } = timedCheck(text);
      assert.ok(ms < 100, `skipping took ${Math.round(ms)} ms`);
      assert.deepEqual(result.findings, []);
      assert.deepEqual(result.quotes, []);
      assert.equal(result.skipped, `not checked: ${text.length} characters is over the ${DEFAULT_MAX_LENGTH}-character limit`);
    });

    it('an empty draft and a draft of only whitespace give no findings and no quotes', () => {
      for (const text of ['', ' ', '\n', '\r\n', '\u200b', '\ufeff', '\t\n\u00a0\n']) {
        const result = check(text);
        assert.deepEqual({ findings: result.findings, quotes: result.quotes, errors: result.errors }, { findings: [], quotes: [], errors: [] }, JSON.stringify(text));
      }
    });
  });

  describe('user phrases are plain text, never regular expressions', function () {
    this.timeout(30_000);
    const evil = ['(a+)+$', '.*', '[', '(', '\\', '^', '$', '|', '.+', '[^]*', '(.*)*x', 'a{1,99999}'];

    it('an ignore list of regex metacharacters drops nothing from the samples, quickly', () => {
      for (const { name, text } of realDrafts(false)) {
        const plain = check(text);
        assert.ok(plain.findings.length > 0, `${name}: expected findings to test the ignore list against`);
        const t0 = performance.now();
        const ignored = check(text, { ignore: evil });
        assert.ok(performance.now() - t0 < BOUND_MS);
        assert.deepEqual(ignored.findings, plain.findings, name);
      }
    });

    it('an ignore phrase drops only findings whose text equals it', () => {
      const text = 'Sign up for our newsletter\n\nThe council met on Monday and and voted.\n\nSign up for our newsletter\n';
      const plain = check(text);
      assert.ok(plain.findings.length > 0, 'expected findings in the fixture');
      const first = plain.findings[0];
      const phrase = text.slice(first.start, first.end);
      const ignored = check(text, { ignore: [phrase.toUpperCase()] });
      assert.deepEqual(
        ignored.findings,
        plain.findings.filter((f) => text.slice(f.start, f.end).trim().toLowerCase() !== phrase.trim().toLowerCase()),
      );
    });

    it('boilerplate phrases full of metacharacters match only themselves, and never hang', () => {
      const article = 'The council met on Monday to discuss the budget for the coming year.\n\n';
      const evilLine = 'a'.repeat(30_000) + '!';
      const text = `${article}Deal (a+)+$ today\n\n${article.replace('Monday', 'Tuesday')}${evilLine}\n\n${article.replace('Monday', 'Friday')}`;
      const t0 = performance.now();
      const result = check(text, { boilerplate: { extraPhrases: evil, exemptPhrases: ['.*', '(.*)*x'] } });
      assert.ok(performance.now() - t0 < BOUND_MS);
      assert.deepEqual(result.errors, []);
      const flagged = (r: FullCheckResult) => r.findings.filter((f) => f.category === 'boilerplate').map((f) => text.slice(f.start, f.end).trim().slice(0, 40));
      const withPhrases = flagged(result);
      const without = flagged(check(text));
      assert.ok(withPhrases.includes('Deal (a+)+$ today'), `the line containing the phrase "(a+)+$" should be flagged; flagged: ${JSON.stringify(withPhrases)}`);
      // Every other line flagged with the phrases is flagged without them: "(a+)+$" does not match the line of "a"s, nor ".*" and "^" every line.
      assert.deepEqual(
        withPhrases.filter((line) => line !== 'Deal (a+)+$ today' && !without.includes(line)),
        [],
      );
    });

    it('an exempt phrase of metacharacters does not exempt every line', () => {
      const text = 'The council met on Monday to discuss the budget for the coming year.\n\nAdvertisement\n\nThe mayor said the plan would be published next week.\n';
      const flagged = (options: CheckOptions) =>
        check(text, options).findings.filter((f) => f.category === 'boilerplate' && text.slice(f.start, f.end).includes('Advertisement'));
      assert.ok(flagged({}).length > 0, 'expected "Advertisement" to be flagged as boilerplate');
      assert.deepEqual(flagged({ boilerplate: { exemptPhrases: ['.*', '^', '[A-Z]', '(a+)+$'] } }), flagged({}));
      assert.deepEqual(flagged({ boilerplate: { exemptPhrases: ['advertisement'] } }), []);
    });
  });
}

/**
 * The invariants every check result must satisfy, whatever the input. Each
 * function throws an AssertionError naming the rule, the range and the text
 * around it when an invariant does not hold. They are used by the property
 * tests (test/unit/robustness/engine.test.ts) and by the long fuzz run
 * (scripts/fuzz.mjs), so both check exactly the same things.
 */
import assert from 'node:assert/strict';
import { check, RULES, type FullCheckResult } from '../../../src/engine/check';
import { createChecker } from '../../../src/engine/incremental';
import { applyEdits, compatibleFixes, editsOverlap, primaryFix, splitsSurrogatePair } from '../../../src/engine/edits';
import type { CheckOptions, Finding, Fix, Quote, TextEdit } from '../../../src/engine/types';
import { CATEGORIES, SEVERITIES } from '../../../src/engine/types';

/** How a text is checked: `check` itself, or `checkWith` fake detectors in the invariants' own tests. */
export type Checker = (text: string, options: CheckOptions) => FullCheckResult;
const engine: Checker = (text, options) => check(text, options);

/** A short, printable excerpt of `text` around [start, end) for failure messages. */
export function excerpt(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 30);
  const to = Math.min(text.length, end + 30);
  const middle = end - start > 300 ? `${text.slice(start, start + 150)}…${text.slice(end - 150, end)}` : text.slice(start, end);
  return JSON.stringify(text.slice(from, start)) + ' [' + JSON.stringify(middle) + '] ' + JSON.stringify(text.slice(end, to));
}

/** `assert.ok` with a message built only when the check fails (messages quote the text, which can be long). */
function check_(condition: boolean, message: () => string): void {
  if (!condition) assert.fail(message());
}

function describeFinding(f: Finding): string {
  return `${f.rule} [${f.start}, ${f.end}) "${f.message}"`;
}

/** Checks a range lies inside the text and does not split a surrogate pair. */
export function assertRange(text: string, start: unknown, end: unknown, what: string): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets are not integers (${String(start)}, ${String(end)})`);
  const s = start as number;
  const e = end as number;
  assert.ok(s >= 0 && s <= e && e <= text.length, `${what}: range [${s}, ${e}) lies outside the text (length ${text.length})`);
  check_(!splitsSurrogatePair(text, s), () => `${what}: start ${s} splits a surrogate pair: ${excerpt(text, s, e)}`);
  check_(!splitsSurrogatePair(text, e), () => `${what}: end ${e} splits a surrogate pair: ${excerpt(text, s, e)}`);
}

/** Two line breaks (LF, CRLF or CR) with only spaces between them. */
function hasParagraphBreak(s: string): boolean {
  return /\n[ \t]*\n/.test(s.replace(/\r\n?/g, '\n'));
}

const KNOWN_RULES: ReadonlyMap<string, { category: string }> = new Map(RULES.map((r) => [r.id, r]));

/** No detector threw, every rule is in the catalogue, every range is valid. */
export function assertWellFormed(text: string, result: FullCheckResult, known: ReadonlyMap<string, { category: string }> = KNOWN_RULES): void {
  assert.deepEqual(result.errors, [], 'a detector threw (check() caught it and reported it in `errors`)');
  assert.equal(result.skipped, undefined, 'the text was skipped although it is under the size cap');
  for (const f of result.findings) {
    const what = describeFinding(f);
    const meta = known.get(f.rule);
    assert.ok(meta, `${what}: rule is not in the rule catalogue (RULES)`);
    assert.equal(f.category, meta.category, `${what}: category differs from the catalogue`);
    assert.ok(f.rule.startsWith(`${f.category}/`), `${what}: rule id does not start with its category`);
    assert.ok((CATEGORIES as readonly string[]).includes(f.category), `${what}: unknown category`);
    assert.ok((SEVERITIES as readonly string[]).includes(f.severity), `${what}: unknown severity ${f.severity}`);
    assert.ok(typeof f.message === 'string' && f.message.length > 0, `${what}: empty message`);
    assertRange(text, f.start, f.end, what);
    assert.ok(Array.isArray(f.related) && Array.isArray(f.fixes), `${what}: related/fixes must be arrays`);
    for (const r of f.related) assertRange(text, r.start, r.end, `${what}, related "${r.message}"`);
    for (const fix of f.fixes) {
      assert.ok(fix.edits.length > 0, `${what}: fix "${fix.title}" has no edits`);
      for (const e of fix.edits) {
        assertRange(text, e.start, e.end, `${what}, fix "${fix.title}"`);
        assert.equal(typeof e.text, 'string', `${what}, fix "${fix.title}": edit text is not a string`);
      }
      // Each fix must be applicable on its own: no two of its edits overlap (what applyEdits refuses).
      const sorted = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
      for (let i = 1; i < sorted.length; i++) {
        check_(
          !editsOverlap(sorted[i - 1], sorted[i]),
          () => `${what}: fix "${fix.title}" has overlapping edits [${sorted[i - 1].start}, ${sorted[i - 1].end}) and [${sorted[i].start}, ${sorted[i].end})`,
        );
      }
      // A safe fix is a local correction: it may join hard-wrapped lines, never two paragraphs.
      if (fix.safe) {
        check_(
          !fix.edits.some((e) => hasParagraphBreak(text.slice(e.start, e.end)) && !hasParagraphBreak(e.text)),
          () => `${what}: fix "${fix.title}" is marked safe but deletes a paragraph break: ${excerpt(text, f.start, f.end)}`,
        );
      }
    }
  }
  for (const q of result.quotes) {
    const what = `quote [${q.start}, ${q.end}) ${JSON.stringify(q.text)}`;
    assertRange(text, q.start, q.end, what);
    assert.equal(typeof q.text, 'string', `${what}: text is not a string`);
    if (q.speakerStart !== undefined || q.speakerEnd !== undefined) assertRange(text, q.speakerStart, q.speakerEnd, `${what}, speaker`);
  }
}

const SPACE = /[\s\u200b-\u200d\u2060\ufeff]/;

/**
 * The ranges a finding's fixes may change: the finding's own range and each of
 * its related ranges, each widened over the whitespace next to it (spaces,
 * tabs, line breaks, blank lines, zero-width and non-breaking spaces).
 *
 * Why the widening: a fix that deletes a passage or whole lines takes the
 * line's indentation, its line break and, so as not to leave a double blank
 * line, one neighbouring blank line (`deleteLinesEdit`). None of that is
 * words. What a fix may never do is touch a word, a number or a punctuation
 * mark outside the ranges its finding shows the editor.
 */
export function allowedRanges(text: string, f: Finding): { start: number; end: number }[] {
  const ranges = [f, ...f.related].map((r) => {
    let start = r.start;
    let end = r.end;
    while (start > 0 && SPACE.test(text[start - 1])) start--;
    while (end < text.length && SPACE.test(text[end])) end++;
    return { start, end };
  });
  ranges.sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Every edit of every fix lies inside the finding's allowed ranges (see `allowedRanges`). */
export function assertFixesLocal(text: string, result: FullCheckResult): void {
  for (const f of result.findings) {
    if (f.fixes.length === 0) continue;
    const allowed = allowedRanges(text, f);
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        const inside = allowed.some((r) => r.start <= e.start && e.end <= r.end);
        check_(
          inside,
          () =>
            `${describeFinding(f)}: fix "${fix.title}" edits [${e.start}, ${e.end}) outside the finding's range, its related ranges and the whitespace next to them: ${excerpt(text, e.start, e.end)}`,
        );
      }
    }
  }
}

/**
 * Copydesk never offers to change the words inside a direct quote: an edit
 * that reaches inside a quote's marks must remove the whole quote (a deleted
 * duplicate paragraph or boilerplate line), never reword it.
 */
export function assertQuotesUntouched(text: string, result: FullCheckResult): void {
  for (const q of result.quotes) {
    const innerStart = q.start + 1;
    const innerEnd = q.end - 1;
    if (innerEnd <= innerStart) continue;
    for (const f of result.findings) {
      for (const fix of f.fixes) {
        for (const e of fix.edits) {
          const reaches = e.start === e.end ? e.start > innerStart && e.start < innerEnd : e.start < innerEnd && e.end > innerStart;
          if (!reaches) continue;
          check_(
            e.start <= q.start && e.end >= q.end && e.text === '',
            () =>
              `${describeFinding(f)}: fix "${fix.title}" changes the words of the quote [${q.start}, ${q.end}): edit [${e.start}, ${e.end}) -> ${JSON.stringify(e.text)}: ${excerpt(text, e.start, e.end)}`,
          );
        }
      }
    }
  }
}

/** The same text and options give the same result, even after checking another text in between. */
export function assertDeterministic(text: string, options: CheckOptions, first: FullCheckResult, other: string, run: Checker = engine): void {
  run(other, options);
  const again = run(text, options);
  assert.equal(JSON.stringify(again), JSON.stringify(first), 'checking the same text twice gave different results');
}

/**
 * One long-lived incremental checker (as the extension keeps per document),
 * fed every text the properties generate: it must give exactly what `check`
 * gives, whatever it checked before.
 */
const incremental = createChecker();

export function assertIncrementalAgrees(text: string, options: CheckOptions, expected: FullCheckResult): void {
  const got = incremental.check(text, options);
  assert.equal(JSON.stringify(got), JSON.stringify(expected), 'createChecker().check gave a different result from check() for the same text and options');
}

function fixKey(fix: Fix): string {
  return JSON.stringify(fix.edits.map((e) => [e.start, e.end, e.text]).sort());
}

/** Maps offsets of the text before `edits` to the text after them. */
function offsetMapper(edits: readonly TextEdit[]): { left(o: number): number; right(o: number): number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const map = (o: number, side: 'left' | 'right'): number => {
    let delta = 0;
    for (const e of sorted) {
      if (e.end <= o && !(e.start === e.end && e.start === o && side === 'left')) {
        delta += e.text.length - (e.end - e.start);
      } else if (e.start < o && o < e.end) {
        return side === 'left' ? e.start + delta : e.start + delta + e.text.length;
      } else if (e.start >= o) {
        break;
      }
    }
    return o + delta;
  };
  return { left: (o) => map(o, 'left'), right: (o) => map(o, 'right') };
}

/**
 * Applying every non-overlapping primary fix (as "fix all" and `--fix` do) and
 * checking again raises no new finding of the rules whose fixes were applied.
 * A finding after the fix is "not new" when a finding of the same rule that
 * was not fixed (its fix overlapped another and was skipped, or it had none)
 * covered the same words: its range, mapped through the edits, contains the
 * new one. A fixed finding that comes back counts as new: its fix did not fix it.
 * A finding on a line whose words a fix of another rule changed, or on the
 * lines that meet where another rule's fix deleted whole lines, is not blamed
 * on its own rule's fixes (deleting a repeated sentence can leave a photo
 * credit alone on its line, which the boilerplate rule then rightly flags;
 * deleting a line can make two lines one paragraph).
 * A boilerplate finding at information severity is a suggestion from context
 * (its neighbours, its distance from the article), and deleting furniture
 * changes that context; only boilerplate the line itself names (warning) must
 * not appear anew. style/inconsistent-form follows the draft's majority form,
 * so when another rule's fix deleted text (a repeated line, a boilerplate
 * run) the majority may change and its new findings are not counted.
 * Returns the fixed text.
 */
export function assertFixesConverge(text: string, options: CheckOptions, result: FullCheckResult, run: Checker = engine, known = KNOWN_RULES): string {
  const withFix = result.findings.map((f) => ({ f, fix: primaryFix(f) }));
  const { taken } = compatibleFixes(withFix.flatMap((x) => (x.fix ? [x.fix] : [])));
  if (taken.length === 0) return text;
  const takenKeys = new Set(taken.map(fixKey));
  const fixed = new Set<Finding>();
  for (const { f, fix } of withFix) if (fix && takenKeys.has(fixKey(fix))) fixed.add(f);
  const fixedRules = new Set([...fixed].map((f) => f.rule));
  const ruleOfFix = new Map<Fix, string>();
  for (const { f, fix } of withFix) if (fix && !ruleOfFix.has(fix)) ruleOfFix.set(fix, f.rule);
  const edits = taken.flatMap((fix) => fix.edits);
  const after = applyEdits(text, edits);
  const map = offsetMapper(edits);
  const survivors = result.findings.filter((f) => !fixed.has(f)).map((f) => ({ rule: f.rule, start: map.left(f.start), end: map.right(f.end) }));
  const second = run(after, options);
  assertWellFormed(after, second, known);
  // The lines of the fixed text that fixes of each rule rewrote (deletions of whole lines leave none).
  const lineAround = (o: number): [number, number] => {
    const a = Math.max(after.lastIndexOf('\n', o - 1), after.lastIndexOf('\r', o - 1)) + 1;
    const nl = after.slice(o).search(/[\r\n]/);
    return [a, nl < 0 ? after.length : o + nl];
  };
  const rewritten: { rule: string; start: number; end: number }[] = [];
  const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
  const wholeLines = (e: TextEdit) =>
    e.text === '' &&
    (((e.start === 0 || isBreak(text[e.start - 1])) && (e.end === text.length || isBreak(text[e.end - 1]))) ||
      (isBreak(text[e.start]) && (e.end === text.length || isBreak(text[e.end]))));
  for (const fix of taken) {
    for (const e of fix.edits) {
      const at = map.left(e.start);
      const rule = ruleOfFix.get(fix) ?? '';
      if (wholeLines(e)) {
        // Deleting whole lines changes which lines now stand together as a paragraph:
        // the lines that now meet at the deletion are another rule's doing.
        const [start] = lineAround(Math.max(0, at - 1));
        const [, end] = lineAround(at);
        rewritten.push({ rule, start, end });
        continue;
      }
      const [start, end] = lineAround(at);
      if (end > start && after.slice(start, end).trim() !== '') rewritten.push({ rule, start, end: Math.max(end, map.right(e.end)) });
    }
  }
  const deletedByOthers = (rule: string) =>
    taken.some((fix) => ruleOfFix.get(fix) !== rule && fix.edits.some((e) => text.slice(e.start, e.end).trim() !== '' && e.text === ''));
  for (const g of second.findings) {
    if (!fixedRules.has(g.rule)) continue;
    if (rewritten.some((r) => r.rule !== g.rule && r.start < g.end && g.start < r.end)) continue;
    if (g.category === 'boilerplate' && g.severity === 'information') continue;
    // style/inconsistent-form follows the draft's majority form: text another rule's fix deleted
    // (a repeated line, a boilerplate run) can change which form is the majority.
    if (g.rule === 'style/inconsistent-form' && deletedByOthers(g.rule)) continue;
    const known = survivors.some((s) => s.rule === g.rule && s.start <= g.start && g.end <= s.end);
    check_(
      known,
      () => `after applying ${taken.length} fix(es) of ${[...fixedRules].join(', ')}, a new ${describeFinding(g)} appeared: ${excerpt(after, g.start, g.end)}`,
    );
  }
  return after;
}

function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, '\n');
}

interface Shape {
  rule: string;
  severity: string;
  message: string;
  start: number;
  end: number;
  related: { start: number; end: number; message: string }[];
  fixes: { title: string; preferred: boolean; safe: boolean; edits: { start: number; end: number; text: string }[] }[];
}

function shape(f: Finding, at: (o: number) => number): Shape {
  return {
    rule: f.rule,
    severity: f.severity,
    message: normalizeNewlines(f.message),
    start: at(f.start),
    end: at(f.end),
    related: f.related.map((r) => ({ start: at(r.start), end: at(r.end), message: normalizeNewlines(r.message) })),
    fixes: f.fixes.map((x) => ({
      title: normalizeNewlines(x.title),
      preferred: !!x.preferred,
      safe: !!x.safe,
      edits: x.edits.map((e) => ({ start: at(e.start), end: at(e.end), text: normalizeNewlines(e.text) })),
    })),
  };
}

function quoteShape(q: Quote, at: (o: number) => number) {
  return { text: normalizeNewlines(q.text), start: at(q.start), end: at(q.end), speaker: q.speaker };
}

/**
 * A draft with LF line breaks and the same draft with CRLF line breaks give the
 * same findings and quotes: the same rules, severities and messages, with every
 * offset (finding, related, fix edit, quote) mapped from LF to CRLF, and fix
 * texts equal once their line breaks are normalised.
 */
export function assertCrlfEquivalent(text: string, options: CheckOptions, run: Checker = engine, known = KNOWN_RULES): void {
  const lf = normalizeNewlines(text);
  const crlf = lf.replace(/\n/g, '\r\n');
  if (crlf === lf) return;
  // lfToCrlf[o] = o + number of "\n" before o.
  const lfToCrlf = new Int32Array(lf.length + 1);
  let seen = 0;
  for (let i = 0; i <= lf.length; i++) {
    lfToCrlf[i] = i + seen;
    if (lf.charCodeAt(i) === 10) seen++;
  }
  const a = run(lf, options);
  const b = run(crlf, options);
  assertWellFormed(crlf, b, known);
  const mapped = a.findings.map((f) => shape(f, (o) => lfToCrlf[o]));
  const direct = b.findings.map((f) => shape(f, (o) => o));
  const order = (x: Shape, y: Shape) => x.start - y.start || x.end - y.end || (x.rule < y.rule ? -1 : x.rule > y.rule ? 1 : 0);
  assert.deepEqual(direct.sort(order), mapped.sort(order), 'CRLF and LF versions of the draft give different findings (offsets mapped LF -> CRLF)');
  assert.deepEqual(
    b.quotes.map((q) => quoteShape(q, (o) => o)),
    a.quotes.map((q) => quoteShape(q, (o) => lfToCrlf[o])),
    'CRLF and LF versions of the draft give different quotes',
  );
}

/** Every invariant, for one text: the single entry point the properties use. */
export function assertAllInvariants(text: string, options: CheckOptions, other: string, run: Checker = engine, known = KNOWN_RULES): void {
  const result = run(text, options);
  assertWellFormed(text, result, known);
  assertFixesLocal(text, result);
  assertQuotesUntouched(text, result);
  assertDeterministic(text, options, result, other, run);
  if (run === engine) assertIncrementalAgrees(text, options, result);
  assertFixesConverge(text, options, result, run, known);
  assertCrlfEquivalent(text, options, run, known);
}

import assert from 'node:assert/strict';
import { applyEdits, compatibleFixes, EditError, fixAll, primaryFix } from '../../../src/engine/edits';
import type { Finding, Fix } from '../../../src/engine/types';

function finding(start: number, end: number, fixes: Fix[], rule = 'grammar/test'): Finding {
  return { rule, category: 'grammar', severity: 'warning', message: 'm', start, end, fixes, related: [] };
}

describe('applyEdits', () => {
  it('replaces, inserts and deletes in one change', () => {
    assert.equal(
      applyEdits('signed a legislation today', [
        { start: 7, end: 9, text: '' },
        { start: 0, end: 0, text: 'Trump ' },
        { start: 21, end: 26, text: 'on Monday' },
      ]),
      'Trump signed legislation on Monday',
    );
  });

  it('gives the same result whatever the order of the edits', () => {
    const edits = [
      { start: 0, end: 1, text: 'A' },
      { start: 4, end: 5, text: 'E' },
      { start: 8, end: 8, text: '!' },
    ];
    const expected = 'Abc Efgh!';
    assert.equal(applyEdits('abc efgh', edits), expected);
    assert.equal(applyEdits('abc efgh', [...edits].reverse()), expected);
    assert.equal(applyEdits('abc efgh', [edits[1], edits[2], edits[0]]), expected);
  });

  it('returns the text unchanged for no edits', () => {
    assert.equal(applyEdits('unchanged', []), 'unchanged');
    assert.equal(applyEdits('', []), '');
  });

  it('refuses overlapping edits and leaves the text untouched', () => {
    assert.throws(
      () =>
        applyEdits('abcdef', [
          { start: 0, end: 3, text: '' },
          { start: 2, end: 4, text: 'x' },
        ]),
      {
        name: 'EditError',
        message: 'edits [0, 3) and [2, 4) overlap',
      },
    );
  });

  it('refuses two insertions at the same point, whose order would be a guess', () => {
    assert.throws(
      () =>
        applyEdits('ab', [
          { start: 1, end: 1, text: 'x' },
          { start: 1, end: 1, text: 'y' },
        ]),
      EditError,
    );
  });

  it('accepts adjacent edits', () => {
    assert.equal(
      applyEdits('abcd', [
        { start: 0, end: 2, text: 'X' },
        { start: 2, end: 4, text: 'Y' },
      ]),
      'XY',
    );
    assert.equal(
      applyEdits('abcd', [
        { start: 0, end: 2, text: '' },
        { start: 2, end: 2, text: '-' },
      ]),
      '-cd',
    );
  });

  it('refuses edits outside the text', () => {
    assert.throws(() => applyEdits('abc', [{ start: 2, end: 4, text: '' }]), { message: 'edit [2, 4) lies outside the text (length 3)' });
    assert.throws(() => applyEdits('abc', [{ start: -1, end: 1, text: '' }]), EditError);
    assert.throws(() => applyEdits('abc', [{ start: 2, end: 1, text: '' }]), EditError);
    assert.throws(() => applyEdits('abc', [{ start: 0.5, end: 1, text: '' }]), EditError);
  });

  it('counts offsets in UTF-16 units, past emoji and combining marks', () => {
    const text = 'Smile 😀 then the the café\u0301 end';
    const at = text.indexOf('the the');
    assert.equal(applyEdits(text, [{ start: at, end: at + 4, text: '' }]), 'Smile 😀 then the café\u0301 end');
  });

  it('refuses an edit that would split a surrogate pair', () => {
    const text = 'a😀b';
    assert.throws(() => applyEdits(text, [{ start: 2, end: 3, text: '' }]), { message: 'edit [2, 3) splits a surrogate pair' });
    assert.equal(applyEdits(text, [{ start: 1, end: 3, text: ':)' }]), 'a:)b');
  });

  it('keeps CRLF line breaks it does not touch', () => {
    const text = 'one\r\ntwo two\r\nthree';
    assert.equal(applyEdits(text, [{ start: 8, end: 12, text: '' }]), 'one\r\ntwo\r\nthree');
  });
});

describe('compatibleFixes and fixAll', () => {
  const del = (start: number, end: number): Fix => ({ title: 'delete', edits: [{ start, end, text: '' }] });

  it('takes fixes in order and skips those that conflict with one taken', () => {
    const { taken, skipped } = compatibleFixes([del(0, 3), del(2, 5), del(6, 8)]);
    assert.deepEqual(
      taken.map((f) => f.edits[0].start),
      [0, 6],
    );
    assert.deepEqual(
      skipped.map((f) => f.edits[0].start),
      [2],
    );
  });

  it('counts the same edit offered by two findings once', () => {
    const { taken, skipped } = compatibleFixes([del(4, 9), { title: 'other title', edits: [{ start: 4, end: 9, text: '' }] }]);
    assert.equal(taken.length, 1);
    assert.equal(skipped.length, 1);
  });

  it('applies the preferred fix of each finding', () => {
    const text = 'at odds from him and the the end';
    const findings = [
      finding(8, 12, [
        { title: 'wrong', edits: [{ start: 8, end: 12, text: 'to' }] },
        { title: 'with', preferred: true, edits: [{ start: 8, end: 12, text: 'with' }] },
      ]),
      finding(21, 28, [del(21, 25)]),
    ];
    assert.equal(primaryFix(findings[0])?.title, 'with');
    assert.deepEqual(fixAll(text, findings), { text: 'at odds with him and the end', applied: 2, skipped: 0 });
  });

  it('applies only the fixes the filter selects', () => {
    const text = 'aa bb';
    const findings = [finding(0, 2, [{ ...del(0, 3), safe: true }]), finding(3, 5, [del(3, 5)])];
    assert.equal(fixAll(text, findings, (_f, fix) => fix.safe === true).text, 'bb');
  });

  it('leaves findings without fixes alone', () => {
    assert.deepEqual(fixAll('text', [finding(0, 4, [])]), { text: 'text', applied: 0, skipped: 0 });
  });
});

describe('compatibleFixes against a plain pairwise check', () => {
  it('takes exactly the fixes a pairwise comparison would take', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 200; round++) {
      const fixes: Fix[] = Array.from({ length: 30 }, () => {
        const start = random(60);
        const end = start + random(4);
        return { title: 't', edits: [{ start, end, text: random(3) === 0 ? 'x' : '' }] };
      });
      const expected: Fix[] = [];
      const seen = new Set<string>();
      for (const fix of fixes) {
        const e = fix.edits[0];
        const key = `${e.start}:${e.end}:${e.text}`;
        if (
          seen.has(key) ||
          expected.some((t) => t.edits.some((x) => (x.start === x.end && e.start === e.end ? x.start === e.start : x.start < e.end && e.start < x.end)))
        )
          continue;
        seen.add(key);
        expected.push(fix);
      }
      assert.deepEqual(compatibleFixes(fixes).taken, expected);
    }
  });
});

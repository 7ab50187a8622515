import assert from 'node:assert/strict';
import { positionAtFor, toDiagnosticSpec } from '../../../src/extension/diagnostics';
import type { Finding, Severity } from '../../../src/engine/types';

function finding(over: Partial<Finding> = {}): Finding {
  return {
    rule: 'grammar/stray-determiner',
    category: 'grammar',
    severity: 'warning',
    message: 'Remove “a” before “legislation”.',
    start: 10,
    end: 21,
    fixes: [],
    related: [],
    ...over,
  };
}

describe('toDiagnosticSpec', () => {
  it('converts a finding with source, code link and range', () => {
    assert.deepEqual(toDiagnosticSpec(finding(), 100), {
      start: 10,
      end: 21,
      message: 'Remove “a” before “legislation”.',
      severity: 1,
      source: 'copydesk',
      code: {
        value: 'grammar/stray-determiner',
        target: 'https://github.com/copydesk/copydesk/blob/main/README.md#grammarstray-determiner',
      },
      tags: [],
      related: [],
    });
  });

  it('maps each severity to VS Code’s DiagnosticSeverity', () => {
    const map: [Severity, number][] = [
      ['error', 0],
      ['warning', 1],
      ['information', 2],
      ['hint', 3],
    ];
    for (const [severity, expected] of map) assert.equal(toDiagnosticSpec(finding({ severity }), 100).severity, expected, severity);
  });

  it('shows faded the findings whose preferred fix deletes their own text, and nothing else', () => {
    const del = (start: number, end: number) => ({ title: 'delete', preferred: true, edits: [{ start, end, text: '' }] });
    const tags = (f: Partial<Finding>) => toDiagnosticSpec(finding({ start: 10, end: 20, ...f }), 100).tags;
    assert.deepEqual(tags({ category: 'boilerplate', rule: 'boilerplate/x', fixes: [del(10, 21)] }), [1]);
    assert.deepEqual(tags({ category: 'duplicate', rule: 'duplicate/line', fixes: [del(9, 21)] }), [1]);
    // A revised passage: the preferred fix keeps this copy and deletes the earlier one.
    assert.deepEqual(tags({ category: 'duplicate', rule: 'duplicate/passage', fixes: [del(40, 60), del(10, 20)] }), []);
    assert.deepEqual(tags({ category: 'grammar', rule: 'grammar/x', fixes: [{ title: 'fix', edits: [{ start: 10, end: 20, text: 'x' }] }] }), []);
    assert.deepEqual(tags({ category: 'quote', rule: 'quote/x', fixes: [] }), []);
  });

  it('carries related ranges as related information', () => {
    const spec = toDiagnosticSpec(finding({ category: 'duplicate', rule: 'duplicate/paragraph', related: [{ start: 40, end: 60, message: 'First copy' }] }), 100);
    assert.deepEqual(spec.related, [{ start: 40, end: 60, message: 'First copy' }]);
  });

  it('keeps ranges inside the text', () => {
    const spec = toDiagnosticSpec(finding({ start: -5, end: 500, related: [{ start: 90, end: 300, message: 'r' }] }), 100);
    assert.deepEqual([spec.start, spec.end], [0, 100]);
    assert.deepEqual([spec.related[0].start, spec.related[0].end], [90, 100]);
    const backwards = toDiagnosticSpec(finding({ start: 50, end: 40 }), 100);
    assert.deepEqual([backwards.start, backwards.end], [50, 50]);
  });
});

describe('positionAtFor', () => {
  it('gives zero-based lines and characters across LF, CRLF and CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const at = positionAtFor(text);
    assert.deepEqual(at(0), { line: 0, character: 0 });
    assert.deepEqual(at(4), { line: 1, character: 1 });
    assert.deepEqual(at(7), { line: 2, character: 0 });
    assert.deepEqual(at(10), { line: 3, character: 0 });
    assert.deepEqual(at(12), { line: 3, character: 2 });
  });

  it('clamps offsets outside the text', () => {
    const at = positionAtFor('ab\ncd');
    assert.deepEqual(at(-3), { line: 0, character: 0 });
    assert.deepEqual(at(99), { line: 1, character: 2 });
  });
});

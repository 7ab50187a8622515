import assert from 'node:assert/strict';
import { movedFinding, movedOffset, sameRangesMoved } from '../../../src/engine/moved';
import type { Finding } from '../../../src/engine/types';

// "The cat sat." → "The big dog sat.": old [4, 7) ("cat") became new [4, 11) ("big dog").
const REPLACE = { start: 4, oldEnd: 7, delta: 4 };
// An insertion of 3 characters at 4.
const INSERT = { start: 4, oldEnd: 4, delta: 3 };

function finding(start: number, end: number, related: [number, number][] = [], edit?: [number, number]): Finding {
  return {
    rule: 'test/rule',
    category: 'grammar',
    severity: 'warning',
    message: 'm',
    start,
    end,
    fixes: edit ? [{ title: 'fix', edits: [{ start: edit[0], end: edit[1], text: 'x' }] }] : [],
    related: related.map(([s, e]) => ({ start: s, end: e, message: 'r' })),
  };
}

describe('moving findings with an edit', () => {
  it('keeps offsets before the change, moves those after it, and cannot tell those inside it', () => {
    assert.deepEqual(
      [0, 4, 5, 7, 9].map((x) => movedOffset(x, REPLACE)),
      [0, 4, -1, 11, 13],
    );
    // At the point of an insertion an offset could belong on either side.
    assert.deepEqual(
      [3, 4, 5].map((x) => movedOffset(x, INSERT)),
      [3, -1, 8],
    );
  });

  it('gives the very finding when nothing moves, a moved copy otherwise', () => {
    const before = finding(0, 3);
    assert.equal(movedFinding(before, REPLACE), before);
    const after = finding(8, 11, [[0, 3]], [8, 11]);
    assert.deepEqual(movedFinding(after, REPLACE), finding(12, 15, [[0, 3]], [12, 15]));
    assert.deepEqual(after, finding(8, 11, [[0, 3]], [8, 11]), 'the kept finding is not changed');
  });

  it('refuses a finding whose range touches the change, or whose fixes reach into it', () => {
    assert.equal(movedFinding(finding(0, 4), REPLACE), undefined);
    assert.equal(movedFinding(finding(7, 9), REPLACE), undefined);
    assert.equal(movedFinding(finding(8, 9, [], [5, 9]), REPLACE), undefined);
    assert.equal(movedFinding(finding(8, 9, [[1, 6]]), REPLACE), undefined);
  });

  it('compares ranges moved with the change', () => {
    const old = [
      { start: 0, end: 3 },
      { start: 8, end: 10 },
    ];
    assert.equal(
      sameRangesMoved(
        old,
        [
          { start: 0, end: 3 },
          { start: 12, end: 14 },
        ],
        REPLACE,
      ),
      true,
    );
    assert.equal(
      sameRangesMoved(
        old,
        [
          { start: 0, end: 3 },
          { start: 8, end: 10 },
        ],
        REPLACE,
      ),
      false,
    );
    assert.equal(sameRangesMoved(old, [{ start: 0, end: 3 }], REPLACE), false);
    assert.equal(sameRangesMoved([{ start: 2, end: 6 }], [{ start: 2, end: 10 }], REPLACE), false);
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstIndex } from '../../../src/engine/search';

describe('firstIndex', () => {
  it('finds the first item that passes, as a scan from `from` would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -1, max: 51 }), fc.nat({ max: 60 }), (values, x, from) => {
        const sorted = [...values].sort((a, b) => a - b);
        let expected = Math.min(from, sorted.length);
        while (expected < sorted.length && !(sorted[expected] >= x)) expected++;
        assert.equal(
          firstIndex(sorted, (v) => v >= x, Math.min(from, sorted.length)),
          expected,
        );
      }),
      { seed: 20261122, numRuns: 500 },
    );
  });

  it('gives the length when nothing passes, and 0 for an empty list', () => {
    assert.equal(
      firstIndex([1, 2, 3], (v) => v > 9),
      3,
    );
    assert.equal(
      firstIndex([], () => true),
      0,
    );
  });
});

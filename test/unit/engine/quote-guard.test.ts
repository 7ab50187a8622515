import assert from 'node:assert/strict';
import { QuoteGuard } from '../../../src/engine/quote-guard';

describe('QuoteGuard', () => {
  // Two quotes: [10, 20) and [30, 50), given out of order (the guard sorts them).
  const guard = new QuoteGuard([
    { start: 30, end: 50 },
    { start: 10, end: 20 },
  ]);

  it('lets a deletion take whole quotes, or none', () => {
    assert.equal(guard.cuts(0, 5), false, 'before every quote');
    assert.equal(guard.cuts(10, 20), false, 'exactly one quote');
    assert.equal(guard.cuts(5, 60), false, 'both quotes whole');
    assert.equal(guard.cuts(20, 30), false, 'between them, touching both ends');
  });

  it('refuses a deletion that cuts a quote in two', () => {
    assert.equal(guard.cuts(15, 25), true, 'the end of the first quote');
    assert.equal(guard.cuts(25, 35), true, 'the start of the second quote');
    assert.equal(guard.cuts(35, 40), true, 'the middle of the second quote');
    assert.equal(guard.cuts(12, 40), true, 'from inside one into the other');
  });

  it('refuses an insertion strictly inside a quote, allows one at its edge', () => {
    assert.equal(guard.touchesQuote({ start: 15, end: 15, text: 'x' }), true);
    assert.equal(guard.touchesQuote({ start: 10, end: 10, text: 'x' }), false);
    assert.equal(guard.touchesQuote({ start: 20, end: 20, text: 'x' }), false);
  });
});

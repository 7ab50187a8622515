import fc from 'fast-check';
import { engineProperties } from './properties';

/**
 * Property tests over the whole engine (every detector), with a fixed seed so
 * `npm test` is repeatable. The long run is `node scripts/fuzz.mjs --runs 20000`.
 */
const SEED = 20261122;
/** Cases in total across the properties, shared out by weight. */
const TOTAL_RUNS = 2520;

describe('engine properties (fast-check, fixed seed)', function () {
  this.timeout(120_000);
  const properties = engineProperties();
  const weights = properties.reduce((sum, p) => sum + p.weight, 0);
  for (const { name, weight, property } of properties) {
    const numRuns = Math.max(50, Math.round((TOTAL_RUNS * weight) / weights));
    it(`${name} (${numRuns} cases)`, () => {
      fc.assert(property as fc.IProperty<unknown[]>, { seed: SEED, numRuns, endOnFailure: false });
    });
  }
});

import assert from 'node:assert/strict';
import { alphabet, findRegexes, timeRegexes, words, worstInputs } from './regexes';

/** Length of each worst input: a long line (the 200,000-character lines are tested end to end). */
const N = 5_000;
/**
 * A pattern that needs longer than this on a 5,000-character input backtracks
 * catastrophically (exponential or cubic: those do not finish at all): linear
 * patterns take well under 5 ms, quadratic ones about 20 ms on an idle machine
 * and a few hundred on a loaded one. Quadratic patterns are allowed here
 * because many only ever see short strings (the gap between two words); the
 * end-to-end tests in pathological.test.ts catch any that reach long lines.
 */
const LIMIT_MS = 2_000;

describe('regular expressions in the engine and CLI', function () {
  this.timeout(90_000);

  it('are all found in the sources (the scanner sees literals and new RegExp)', () => {
    const { literals } = findRegexes();
    assert.ok(
      literals.some((r) => r.where.startsWith('src/engine/draft.ts') && r.source === '\\r\\n|\\n|\\r'),
      'the line-break pattern of draft.ts was not found',
    );
    assert.ok(
      literals.some((r) => r.where.startsWith('src/engine/check.ts') && r.source.includes('copydesk-disable-next-line')),
      'the suppression pattern of check.ts was not found',
    );
  });

  it('none backtracks catastrophically on long runs of the characters and words it matches', () => {
    const { literals } = findRegexes();
    const { timings, hung } = timeRegexes(literals, N, 60_000);
    assert.equal(hung, undefined, `a pattern hung: ${JSON.stringify(hung)}`);
    const slow = timings.filter((t) => t.ms > LIMIT_MS).map((t) => `${t.where} /${t.source}/ on ${JSON.stringify(t.input)}... took ${Math.round(t.ms)} ms`);
    assert.deepEqual(slow, [], `patterns that backtrack on ${N}-character inputs:\n${slow.join('\n')}`);
  });
});

describe('the regex safety harness', function () {
  this.timeout(30_000);

  it('reads the characters and words a pattern matches', () => {
    const chars = alphabet('\\s+a[xy]\\u201c\\.(?:said)');
    for (const c of [' ', '\n', 'a', 'x', 'y', '\u201c', '.', 's', 'i', 'd']) assert.ok(chars.includes(c), `missing ${JSON.stringify(c)}`);
    assert.ok(!chars.includes('['), 'class brackets are syntax, not characters');
    assert.deepEqual(words('\\b(said|told)\\s+(?:him)'), ['said', 'told', 'him']);
    const inputs = worstInputs('a+', 10);
    assert.ok(inputs.includes('aaaaaaaaaa!') && inputs.includes('aaaaaaaaaa\u0000'));
  });

  it('catches a catastrophic pattern, and times a linear one on every worst input', () => {
    const hung = timeRegexes([{ where: 'test', source: '^(a+)+$', flags: '' }], N, 3_000, () => ['a'.repeat(N) + '!']);
    assert.deepEqual(hung.hung && { where: hung.hung.where, source: hung.hung.source }, { where: 'test', source: '^(a+)+$' });
    const linear = timeRegexes([{ where: 'test', source: '\\bsaid\\s+\\w+', flags: 'gi' }], N, 20_000);
    assert.equal(linear.hung, undefined);
    assert.equal(linear.timings.length, worstInputs('\\bsaid\\s+\\w+', N).length);
    assert.ok(linear.timings.every((t) => t.ms < LIMIT_MS));
  });
});

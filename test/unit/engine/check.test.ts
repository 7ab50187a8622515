import assert from 'node:assert/strict';
import { check, checkWith } from '../../../src/engine/check';
import type { Detector } from '../../../src/engine/detector';
import type { Finding } from '../../../src/engine/types';

/** A detector that reports every occurrence of a word, for testing the pipeline. */
function wordDetector(word: string, rule = 'grammar/word', category: Finding['category'] = 'grammar'): Detector {
  return {
    name: rule,
    rules: [{ id: rule, category, defaultSeverity: 'warning', description: `flags ${word}` }],
    run: ({ draft, enabled }) => {
      if (!enabled(rule)) return [];
      const out: Finding[] = [];
      for (let i = draft.text.indexOf(word); i >= 0; i = draft.text.indexOf(word, i + 1)) {
        out.push({ rule, category, severity: 'warning', message: `found ${word}`, start: i, end: i + word.length, fixes: [], related: [] });
      }
      return out;
    },
  };
}

const summary = (findings: Finding[]) => findings.map((f) => `${f.rule}@${f.start}-${f.end}:${f.severity}`);

describe('check pipeline', () => {
  const detectors = [wordDetector('zeta', 'style/zeta', 'style'), wordDetector('alpha')];

  it('returns findings of every detector sorted by position', () => {
    const result = checkWith(detectors, 'zeta alpha zeta');
    assert.deepEqual(summary(result.findings), ['style/zeta@0-4:warning', 'grammar/word@5-10:warning', 'style/zeta@11-15:warning']);
    assert.deepEqual(result.errors, []);
  });

  it('drops findings of rules and categories switched off', () => {
    assert.deepEqual(summary(checkWith(detectors, 'zeta alpha', { rules: { 'grammar/word': false } }).findings), ['style/zeta@0-4:warning']);
    assert.deepEqual(summary(checkWith(detectors, 'zeta alpha', { categories: { style: false } }).findings), ['grammar/word@5-10:warning']);
  });

  it('tells detectors which rules are off so they can skip the work', () => {
    let asked: boolean | undefined;
    const probe: Detector = {
      name: 'probe',
      rules: [{ id: 'quote/x', category: 'quote', defaultSeverity: 'hint', description: '' }],
      run: (ctx) => ((asked = ctx.enabled('quote/x')), []),
    };
    checkWith([probe], 'text', { categories: { quote: false } });
    assert.equal(asked, false);
  });

  it('applies a severity set per rule', () => {
    assert.deepEqual(summary(checkWith(detectors, 'alpha', { rules: { 'grammar/word': 'error' } }).findings), ['grammar/word@0-5:error']);
  });

  it('honours copydesk-disable-next-line for the named rule, or for all rules', () => {
    const text = '<!-- copydesk-disable-next-line grammar/word -->\nalpha zeta\nalpha\n<!-- copydesk-disable-next-line -->\r\nalpha zeta';
    assert.deepEqual(summary(checkWith(detectors, text).findings), ['style/zeta@55-59:warning', 'grammar/word@60-65:warning']);
  });

  it('drops findings whose text is on the ignore list, case-insensitively', () => {
    assert.deepEqual(summary(checkWith(detectors, 'Alpha alpha zeta', { ignore: ['ZETA'] }).findings), ['grammar/word@6-11:warning']);
  });

  it('keeps reporting when one detector throws, and says which', () => {
    const broken: Detector = {
      name: 'broken',
      rules: [],
      run: () => {
        throw new Error('boom');
      },
    };
    const result = checkWith([broken, ...detectors], 'alpha');
    assert.deepEqual(summary(result.findings), ['grammar/word@0-5:warning']);
    assert.equal(result.errors.length, 1);
    assert.equal(result.errors[0].detector, 'broken');
    assert.match(result.errors[0].message, /boom/);
  });

  it('skips a text over the size limit with a one-line reason', () => {
    const result = checkWith(detectors, 'alpha '.repeat(10), { maxLength: 20 });
    assert.deepEqual(result.findings, []);
    assert.equal(result.skipped, 'not checked: 60 characters is over the 20-character limit');
  });

  it('refuses a text that is not a string with a clear message', () => {
    assert.throws(() => check(42 as unknown as string), { name: 'TypeError', message: 'check(text): text must be a string' });
  });

  it('checks an empty text', () => {
    assert.deepEqual(check(''), { findings: [], quotes: [], errors: [] });
  });
});

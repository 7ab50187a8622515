import assert from 'node:assert/strict';
import { lineFeatures } from '../../../src/engine/detectors/boilerplate/features';
import type { Kind } from '../../../src/engine/detectors/boilerplate/rules';
import { PhraseIndex } from '../../../src/engine/detectors/boilerplate/phrases';

const kind = (rule: string, lines: string[], phrases: string[]): Kind => ({ rule, label: rule, data: { lines, phrases } });
const A = kind('a', ['read more'], ['sign up', 'sign up for our newsletter', '©', 'é']);
const B = kind('b', [], ['sign in', 'sign up for']);
const index = new PhraseIndex([A, B]);
const match = (line: string) => index.match(lineFeatures(line));

describe('boilerplate phrase index (PhraseIndex)', () => {
  it('names the kind whose list holds the whole line', () => {
    assert.deepEqual(match('Read more »'), { kind: A, whole: true });
  });

  it('finds phrases at word starts, ending at a word boundary, the longest first where several start at one place', () => {
    assert.deepEqual(match('Please sign up for our newsletter today'), { kind: A, whole: false });
    assert.deepEqual(match('Please sign up for updates'), { kind: B, whole: false });
    assert.deepEqual(match('Please sign up now'), { kind: A, whole: false });
    assert.deepEqual(match('Sign in'), { kind: B, whole: false });
    assert.equal(match('Please resign up front'), undefined, 'not at a word start');
    assert.equal(match('The sign upstairs'), undefined, 'not at a word end');
  });

  it('finds one-character phrases, symbols anywhere and letters beyond ASCII', () => {
    assert.deepEqual(match('Copyright ©2024 Herald'), { kind: A, whole: false });
    assert.deepEqual(match('Café é'), { kind: A, whole: false });
    assert.equal(match('Nothing to see'), undefined);
  });

  it('leaves phrases inside a line alone when asked for whole lines only', () => {
    assert.equal(index.match(lineFeatures('Please sign up now'), true), undefined);
    assert.deepEqual(index.match(lineFeatures('read more'), true), { kind: A, whole: true });
  });
});

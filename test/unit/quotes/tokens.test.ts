import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize, type Token } from '../../../src/engine/quotes/tokens';

/** The tokenizer as first written: the pattern its comment gives, run as a regular expression. */
function referenceTokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu)) {
    const t = m[0];
    const lower = t.toLowerCase().replace(/’/g, "'");
    const code = t.charCodeAt(0);
    const cap = code < 128 ? code >= 65 && code <= 90 : t[0] !== lower[0] && t[0] === t[0].toUpperCase();
    out.push({ start: m.index!, end: m.index! + t.length, text: t, lower, cap });
  }
  return out;
}

function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
}

/** Letters of several scripts and cases, digits, marks, joiners, astral letters and lone surrogates. */
const PIECES = [...'aZ09 .-\'’‘"“”,—\n', 'é', 'É', 'e\u0301', '\u0301', 'ß', 'İ', 'Σ', '\u212a', '٣', '中', '\ud835\udc00', '\ud83d\ude00', '\ud835', '\udc00', 'U.S', "he'd", 'al-Assad', 'Russia’s'];

describe('quote tokens (tokenize)', () => {
  it('reads the samples as the regular expression does', () => {
    for (const file of ['samples/tillerson-putin-scraped.txt', 'samples/us-russia-spat.txt']) {
      const text = readFileSync(join(process.cwd(), file), 'utf8');
      assert.deepEqual(tokenize(text), referenceTokenize(text));
    }
  });

  it('reads random text as the regular expression does (marks, joiners, surrogates, scripts)', () => {
    const next = random(17);
    for (let n = 0; n < 5000; n++) {
      let text = '';
      for (let k = Math.floor(next() * 24); k > 0; k--) text += PIECES[Math.floor(next() * PIECES.length)];
      assert.deepEqual(tokenize(text), referenceTokenize(text), JSON.stringify(text));
    }
  });

  it('joins inner apostrophes, hyphens and periods, and lower-cases with straight apostrophes', () => {
    assert.deepEqual(
      tokenize('Russia’s al-Assad, U.S. troops.').map((t) => [t.text, t.lower, t.cap]),
      [
        ['Russia’s', "russia's", true],
        ['al-Assad', 'al-assad', false],
        ['U.S', 'u.s', true],
        ['troops', 'troops', false],
      ],
    );
  });
});

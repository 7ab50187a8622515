/**
 * Word tokens with offsets, read once per draft. A token is a run of letters
 * and digits, joined by single inner apostrophes, hyphens or periods
 * ("Russia’s", "al-Assad", "U.S", "he'd"). The pattern has no nested
 * quantifiers, so it runs in linear time on any input.
 */
import { NO_MEMO, type Memo } from '../detector';
import type { Draft } from '../draft';

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-cased, curly apostrophes made straight. */
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const t = m[0];
    const code = t.charCodeAt(0);
    let lower = t.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    const cap = code < 128 ? code >= 65 && code <= 90 : t[0] !== lower[0] && t[0] === t[0].toUpperCase();
    out.push({ start: m.index, end: m.index + t.length, text: t, lower, cap });
  }
  return out;
}

/**
 * The tokens of a whole draft: the same as `tokenize(draft.text)`, read
 * paragraph by paragraph (no word crosses a paragraph's edge: paragraphs are
 * separated by line breaks and trimmed of spaces), each paragraph's tokens
 * coming from `memo` when its text was read before.
 */
export function tokenizeDraft(draft: Draft, memo: Memo = NO_MEMO): Token[] {
  if (memo === NO_MEMO) return tokenize(draft.text);
  const out: Token[] = [];
  for (const p of draft.paragraphs) {
    // A paragraph that has not moved keeps its very token objects (tokens are never changed).
    const tokens = memo.get('quote/paragraph-tokens-at', `${p.start}\u0001${p.text}`, (key) => {
      const cut = key.indexOf('\u0001');
      return tokensAt(key.slice(cut + 1), Number(key.slice(0, cut)), memo);
    });
    for (let i = 0; i < tokens.length; i++) out.push(tokens[i]);
  }
  return out;
}

/** The tokens of a paragraph's text, at offset `base`. */
function tokensAt(text: string, base: number, memo: Memo): Token[] {
  const relative = memo.get('quote/paragraph-tokens', text, tokenize);
  if (base === 0) return relative;
  return relative.map((t) => ({ start: base + t.start, end: base + t.end, text: t.text, lower: t.lower, cap: t.cap }));
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

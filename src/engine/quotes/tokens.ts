/**
 * Word tokens with offsets, read once per draft. A token is a run of letters
 * and digits, joined by single inner apostrophes, hyphens or periods
 * ("Russia’s", "al-Assad", "U.S", "he'd"). The pattern has no nested
 * quantifiers, so it runs in linear time on any input.
 */
import { firstIndex } from '../search';

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

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens, (t) => t.start >= offset);
}

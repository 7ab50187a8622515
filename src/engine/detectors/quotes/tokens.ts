/**
 * Word tokens with offsets, read once per paragraph. A token is a run of
 * letters and digits (marks may follow inside it), joined by single inner
 * apostrophes, hyphens or periods ("Russia’s", "al-Assad", "U.S", "he'd"):
 *
 *   [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*
 *
 * read by hand, one character at a time (a regular expression's match
 * objects cost more than the scan), in linear time on any input. Characters
 * beyond ASCII are classified once per character code (see `classOf`).
 */
import { firstIndex } from '../../search';
import { listsOf } from './token-lists';

export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower-cased, curly apostrophes made straight. */
  lower: string;
  /** Starts with a capital letter. */
  cap: boolean;
  /** The word lists holding `lower`, as bits (see token-lists.ts). */
  lists: number;
}

/** Character classes: may start a token (a letter or a digit), or only continue one (a combining mark). */
const STARTS = 1;
const CONTINUES = 2;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;

/** Classes of the code units beyond ASCII, filled as they are met: 0 unknown, else the class + 4. */
const BMP_CLASS = new Uint8Array(65536);

function classOfCode(ch: string): number {
  return LETTER_OR_DIGIT.test(ch) ? STARTS : MARK.test(ch) ? CONTINUES : 0;
}

/** The class of the character at `i` and its length in code units (2 for a surrogate pair), as `len * 4 + class`. */
function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return 4 + ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? STARTS : 0);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 8 + classOfCode(text.slice(i, i + 2));
  }
  let k = BMP_CLASS[c];
  if (k === 0) {
    k = 4 + (c >= 0xd800 && c <= 0xdfff ? 0 : classOfCode(text[i]));
    BMP_CLASS[c] = k;
  }
  return k;
}

/** An apostrophe, a period or a hyphen: joins two runs into one token. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** Letters and digits of ASCII, by code: 1 a lower-case letter or a digit, 2 a capital. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 2;

/**
 * What the scan learnt of the token it just read (scratch, read at once):
 * whether it has a capital ASCII letter, or any character beyond ASCII.
 */
let sawCapital = false;
let sawWide = false;

/** The end of the run of letters, marks and digits from `i`. */
function runEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const w = ASCII_WORD[c];
      if (w === 0) break;
      if (w === 2) sawCapital = true;
      i++;
      continue;
    }
    const k = classOf(text, i);
    if ((k & 3) === 0) break;
    sawWide = true;
    i += k >> 2;
  }
  return i;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const k = classOf(text, i);
    if ((k & STARTS) === 0) {
      i += k >> 2;
      continue;
    }
    const start = i;
    sawCapital = false;
    sawWide = false;
    let end = runEnd(text, i);
    while (end + 1 < n && isJoiner(text.charCodeAt(end)) && classOf(text, end + 1) & STARTS) {
      sawWide ||= text.charCodeAt(end) > 127;
      end = runEnd(text, end + 1);
    }
    out.push(sawWide ? wideToken(text, start, end) : asciiToken(text, start, end, sawCapital));
    i = end;
  }
  return out;
}

/** A token of ASCII characters: lower case is a plain lower-casing, and none at all without a capital. */
function asciiToken(text: string, start: number, end: number, capital: boolean): Token {
  const t = text.slice(start, end);
  const code = t.charCodeAt(0);
  const lower = capital ? t.toLowerCase() : t;
  return { start, end, text: t, lower, cap: code >= 65 && code <= 90, lists: listsOf(lower) };
}

function wideToken(text: string, start: number, end: number): Token {
  const t = text.slice(start, end);
  let lower = t.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  const code = t.charCodeAt(0);
  const cap = code < 128 ? code >= 65 && code <= 90 : t[0] !== lower[0] && t[0] === t[0].toUpperCase();
  return { start, end, text: t, lower, cap, lists: listsOf(lower) };
}

/** Index of the first token starting at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens, (t) => t.start >= offset);
}

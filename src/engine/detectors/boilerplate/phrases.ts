import type { LineFeatures } from './features';
import type { Kind } from './rules';

export interface PhraseHit {
  kind: Kind;
  /** The whole line is a list entry (stronger than a phrase inside it). */
  whole: boolean;
}

interface Entry {
  phrase: string;
  kind: Kind;
}

/** Lines longer than this are searched for whole-line entries only (they are never furniture phrases). */
const MAX_SEARCHED = 2000;

const WORD_START = /[\p{L}\p{N}]/u;

/** Whether `s[i]` is a letter or a digit (false past the end). */
function isWordAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return i < s.length && WORD_START.test(s[i]);
}

/** The bucket of phrases starting with these two character codes. */
function pairKey(a: number, b: number): number {
  return a * 65536 + b;
}

/**
 * The phrase lists of every kind, indexed by their first two characters so
 * that a line is matched in time linear in its length, trying at each word
 * start only the few phrases that begin as it does (no regular expressions
 * are built from phrases). A phrase matches at a word start and must end at a
 * word boundary (unless it ends in punctuation or a space). Where several
 * match at one place, the longest wins (the first listed among equals).
 */
export class PhraseIndex {
  private readonly lines = new Map<string, Kind>();
  /** The longest whole-line entry: a longer line's key is not looked up (hashing a long key costs more than the rest). */
  private longestLine = 0;
  /** Phrases of two characters or more by `pairKey` of their first two, longest first. */
  private readonly byFirstPair = new Map<number, Entry[]>();
  /** For two ASCII characters (first * 128 + second): whether `byFirstPair` has phrases starting so (most pairs it has not: no lookup). */
  private readonly asciiPairs = new Uint8Array(128 * 128);
  /** Phrases of one character, by its code. */
  private readonly single = new Map<number, Entry[]>();

  constructor(kinds: readonly Kind[]) {
    for (const kind of kinds) {
      if (!kind.data) continue;
      for (const line of kind.data.lines) {
        if (!this.lines.has(line)) this.lines.set(line, kind);
        this.longestLine = Math.max(this.longestLine, line.length);
      }
      for (const phrase of kind.data.phrases) {
        if (phrase.length === 0) continue;
        const [map, key] = phrase.length === 1 ? [this.single, phrase.charCodeAt(0)] : [this.byFirstPair, pairKey(phrase.charCodeAt(0), phrase.charCodeAt(1))];
        const list = map.get(key) ?? [];
        list.push({ phrase, kind });
        map.set(key, list);
      }
    }
    // A stable sort: among phrases of one length, the order of the lists.
    for (const list of this.byFirstPair.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
    for (const key of this.byFirstPair.keys()) {
      const [a, b] = [Math.floor(key / 65536), key % 65536];
      if (a < 128 && b < 128) this.asciiPairs[a * 128 + b] = 1;
    }
  }

  /** The kind whose list names this line; `wholeOnly` skips the search for phrases inside it. */
  match(f: LineFeatures, wholeOnly = false): PhraseHit | undefined {
    const whole = f.key.length <= this.longestLine ? this.lines.get(f.key) : undefined;
    if (whole) return { kind: whole, whole: true };
    const s = f.norm;
    if (wholeOnly || s.length > MAX_SEARCHED) return undefined;
    let prevWord = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const word = isWordAt(s, i);
      // Word phrases start at a word start; symbol phrases ("©") anywhere.
      const atStart = !(word && prevWord);
      prevWord = word;
      if (!atStart || c === 32) continue;
      const d = s.charCodeAt(i + 1);
      const pair = c < 128 && d < 128 && this.asciiPairs[c * 128 + d] === 0 ? undefined : this.byFirstPair.get(pairKey(c, d));
      const hit = this.firstAt(s, i, pair) ?? (this.single.size > 0 ? this.firstAt(s, i, this.single.get(c)) : undefined);
      if (hit) return { kind: hit, whole: false };
    }
    return undefined;
  }

  /** The kind of the first phrase of `list` that stands in `s` at `i`, ending at a word boundary unless it ends in a symbol. */
  private firstAt(s: string, i: number, list: readonly Entry[] | undefined): Kind | undefined {
    if (!list) return undefined;
    for (const { phrase, kind } of list) {
      if (!s.startsWith(phrase, i)) continue;
      if (isWordAt(phrase, phrase.length - 1) && isWordAt(s, i + phrase.length)) continue;
      return kind;
    }
    return undefined;
  }
}

/** Case-insensitive plain-substring test for user phrases (never compiled as regular expressions). */
export function containsAny(norm: string, phrases: readonly string[]): boolean {
  for (const p of phrases) if (p && norm.includes(p)) return true;
  return false;
}

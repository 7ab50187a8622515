import type { LineFeatures } from './features';
import type { Kind } from './kinds';

export interface PhraseHit {
  kind: Kind;
  /** The whole line is a list entry (stronger than a phrase inside it). */
  whole: boolean;
}

interface Entry {
  phrase: string;
  kind: Kind;
}

const WORD_START = /[\p{L}\p{N}]/u;

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return WORD_START.test(ch);
}

/** Lines longer than this are searched for whole-line entries only (they are never furniture phrases). */
const MAX_SEARCHED = 2000;

/**
 * The phrase lists of every kind, indexed by first word so that a line is
 * matched in time linear in its length (no regular expressions are built from
 * phrases). A phrase matches at a word start and must end at a word boundary
 * (unless it ends in punctuation or a space).
 */
export class PhraseIndex {
  private readonly lines = new Map<string, Kind>();
  private readonly byFirstChar = new Map<string, Entry[]>();

  constructor(kinds: readonly Kind[]) {
    for (const kind of kinds) {
      if (!kind.data) continue;
      for (const line of kind.data.lines) if (!this.lines.has(line)) this.lines.set(line, kind);
      for (const phrase of kind.data.phrases) {
        const first = phrase[0];
        const list = this.byFirstChar.get(first) ?? [];
        list.push({ phrase, kind });
        this.byFirstChar.set(first, list);
      }
    }
    for (const list of this.byFirstChar.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  }

  /** The kind whose list names this line; `wholeOnly` skips the search for phrases inside it. */
  match(f: LineFeatures, wholeOnly = false): PhraseHit | undefined {
    const whole = this.lines.get(f.key);
    if (whole) return { kind: whole, whole: true };
    const s = f.norm;
    if (wholeOnly || s.length > MAX_SEARCHED) return undefined;
    let prevWord = false;
    for (let i = 0; i < s.length; i++) {
      const ch = s[i];
      const word = isWordChar(ch);
      // Word phrases start at a word start; symbol phrases ("©") anywhere.
      const atStart = !(word && prevWord);
      prevWord = word;
      if (!atStart || ch === ' ') continue;
      const list = this.byFirstChar.get(ch);
      if (!list) continue;
      for (const { phrase, kind } of list) {
        if (!s.startsWith(phrase, i)) continue;
        const last = phrase[phrase.length - 1];
        if (isWordChar(last) && isWordChar(s[i + phrase.length])) continue;
        return { kind, whole: false };
      }
    }
    return undefined;
  }
}

/** Case-insensitive plain-substring test for user phrases (never compiled as regular expressions). */
export function containsAny(norm: string, phrases: readonly string[]): boolean {
  for (const p of phrases) if (p && norm.includes(p)) return true;
  return false;
}

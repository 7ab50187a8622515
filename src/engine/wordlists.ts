/**
 * Which of a few word lists hold a word, read straight from the text's
 * characters: a trie over the letters a-z and the apostrophe, walked with the
 * word's character codes, so the word is neither sliced nor lower-cased nor
 * hashed (most words leave the trie after a letter or two). Asked of every
 * word of a draft: the boilerplate line features' function words, persons and
 * reporting verbs (detectors/boilerplate/features.ts), and the lists the quote
 * tokens belong to (quotes/token-lists.ts). Every list word is ASCII lower
 * case (letters, straight apostrophes, periods and hyphens: "u.s",
 * "co-founder"), which is what makes the walk exact: ASCII capitals
 * lower-case one to one, and a curly apostrophe counts as a straight one, as
 * the boilerplate features have always read it.
 */

/** Symbols of the trie: a-z, then the apostrophe, the period and the hyphen. */
const SYMBOLS = 29;
const APOSTROPHE = 26;
const PERIOD = 27;
const HYPHEN = 28;

/** A word's flags, or this when it holds a character beyond ASCII other than the curly apostrophe (see `flagsAt`). */
export const UNREADABLE = -1;

export class WordLists {
  /** Child of node n by symbol s at n * SYMBOLS + s; 0 is no child (the root, node 0, is nobody's child). */
  private next: Int32Array;
  /** Per node: the flags of the lists whose word ends there. */
  private flags: Uint8Array;
  private size = 1;

  /** `lists[k]` sets flag 1 << k (eight lists at most). */
  constructor(lists: readonly Iterable<string>[]) {
    if (lists.length > 8) throw new Error('WordLists: eight lists at most');
    const words = lists.map((list) => [...list]);
    let chars = 1;
    for (const list of words) for (const w of list) chars += w.length;
    this.next = new Int32Array(chars * SYMBOLS);
    this.flags = new Uint8Array(chars);
    words.forEach((list, k) => {
      for (const w of list) this.add(w, 1 << k);
    });
  }

  private add(word: string, flag: number): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      // Lower case a-z, straight apostrophes, periods and hyphens only: the symbols that stand for themselves.
      const s = (c >= 65 && c <= 90) || c === 0x2019 ? -1 : symbolOf(c);
      if (s < 0) throw new Error(`word list entry "${word}" is not ASCII lower case`);
      let child = this.next[node * SYMBOLS + s];
      if (child === 0) {
        child = this.size++;
        this.next[node * SYMBOLS + s] = child;
      }
      node = child;
    }
    this.flags[node] |= flag;
  }

  /**
   * The flags of the word `text[start, end)` as `toLowerCase` and straight
   * apostrophes would spell it: 0 when no list holds it (a word with a digit
   * never is), UNREADABLE when it reaches a character beyond ASCII other than
   * the curly apostrophe (its lower case is then left to the caller).
   */
  flagsAt(text: string, start: number, end: number): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const s = symbolOf(c);
      // ASCII lower-cases one to one, so an ASCII prefix no list word has (or a digit) settles it.
      if (s < 0) return c > 127 ? UNREADABLE : 0;
      node = this.next[node * SYMBOLS + s];
      if (node === 0) return 0;
    }
    return this.flags[node];
  }

  /** The flags of a word already lower-cased. */
  flagsOf(word: string): number {
    const f = this.flagsAt(word, 0, word.length);
    return f === UNREADABLE ? 0 : f;
  }
}

/** The trie symbol of a character code, or -1: A-Z as a-z, both apostrophes, the period and the hyphen. */
function symbolOf(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c === 39 || c === 0x2019) return APOSTROPHE;
  if (c === 46) return PERIOD;
  if (c === 45) return HYPHEN;
  return -1;
}

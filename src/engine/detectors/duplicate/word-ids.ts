/**
 * Word ids: the duplicate detector compares words as integers, equal folded
 * words (lower case, straight apostrophes) with equal ids. Its own module
 * because the dictionary is what a kept index holds longest, and how it holds
 * words (borrowed from the text or copied) is what decides which texts it
 * keeps alive; tokens.ts only asks it for ids.
 */
import { flatCopy } from '../../draft';

const APOSTROPHES = /[’‘]/g;

/** Folds quote style in a word: curly apostrophes become straight ones. */
export function foldWord(word: string): string {
  return word.includes('’') || word.includes('‘') ? word.replace(APOSTROPHES, "'") : word;
}

/**
 * What folding a word (`foldWord` of its lower case) makes of its character
 * `c`, when that does not depend on its neighbours: ASCII (upper case
 * lowered), curly apostrophes (straightened) and the hyphens ‐ ‑ (kept); -1
 * for any other character.
 */
function plainWordFold(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  if (c === 0x2019 || c === 0x2018) return 0x27;
  return c === 0x2010 || c === 0x2011 ? c : -1;
}

/** FNV-1a step, over folded character codes. */
function mixCode(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

const HASH_SEED = 0x811c9dc5 | 0;

/**
 * Word ids shared by the paragraphs of a draft: equal folded words, equal ids.
 * Plain words (see plainWordFold: nearly all of a news draft's) are looked up
 * by a hash of their folded characters, read in place, and compared with the
 * first occurrence of their id: a plain word costs no string. Other words go
 * by their written form, then their folded form.
 *
 * With `borrow`, an id's first occurrence is kept as a place in the text it
 * was read from (for `check()`, whose texts outlive the ids); without, as a
 * copy of the folded word (a kept index must not hold old texts alive).
 */
export class WordIds {
  /** Per id: a text and the offset and length of a word in it that folds to the id's word. */
  private readonly src: string[] = [];
  private readonly at: number[] = [];
  private readonly len: number[] = [];
  /** Words whose folded form is plain, open addressing on the hash of the folded word: id + 1 (0: empty slot) and hash. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private plain = 0;
  /** Folded word → id, for words whose folded form is not plain. */
  private readonly folded = new Map<string, number>();
  /** Written form → id, for words that are not plain. */
  private readonly written = new Map<string, number>();

  constructor(private readonly borrow = false) {}

  /** The id of the word `text[start..end)`. */
  idAt(text: string, start: number, end: number): number {
    let h = HASH_SEED;
    for (let i = start; i < end; i++) {
      const f = plainWordFold(text.charCodeAt(i));
      if (f < 0) return this.id(text.slice(start, end));
      h = mixCode(h, f);
    }
    return this.plainId(h, text, start, end);
  }

  /** The id of the written word `raw` (any characters). */
  id(raw: string): number {
    let id = this.written.get(raw);
    if (id !== undefined) return id;
    const word = foldWord(raw.toLowerCase());
    // A word may fold to a plain one ("\u212Aelvin", with the Kelvin sign, to "kelvin"): then it takes the plain word's id.
    let h = HASH_SEED;
    let plain = true;
    for (let i = 0; i < word.length && plain; i++) {
      const c = word.charCodeAt(i);
      plain = plainWordFold(c) === c;
      h = mixCode(h, c);
    }
    if (plain) id = this.plainId(h, word, 0, word.length);
    else {
      id = this.folded.get(word);
      if (id === undefined) {
        id = this.add(word, 0, word.length);
        this.folded.set(word, id);
      }
    }
    this.written.set(raw, id);
    return id;
  }

  /** The folded words, by id. */
  words(): string[] {
    return this.src.map((text, id) => foldWord(text.slice(this.at[id], this.at[id] + this.len[id]).toLowerCase()));
  }

  /** The id of the plain word `text[start..end)`, whose folded characters hash to `h`. */
  private plainId(h: number, text: string, start: number, end: number): number {
    const { slots, hashes } = this;
    const mask = slots.length - 1;
    let slot = h & mask;
    for (let v = slots[slot]; v !== 0; v = slots[slot]) {
      const id = v - 1;
      if (hashes[slot] === h && samePlainWord(text, start, end, this.src[id], this.at[id], this.len[id])) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.borrow ? this.add(text, start, end - start) : this.add(flatCopy(foldWord(text.slice(start, end).toLowerCase())), 0, end - start);
    slots[slot] = id + 1;
    hashes[slot] = h;
    if (++this.plain * 2 > slots.length) this.growTable();
    return id;
  }

  private add(text: string, at: number, len: number): number {
    this.src.push(text);
    this.at.push(at);
    this.len.push(len);
    return this.src.length - 1;
  }

  private growTable(): void {
    const { slots, hashes } = this;
    const size = slots.length * 2;
    const mask = size - 1;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(size);
    for (let s = 0; s < slots.length; s++) {
      if (slots[s] === 0) continue;
      let slot = hashes[s] & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[s];
      this.hashes[slot] = hashes[s];
    }
  }
}

/** Whether the plain words `a[i..i + n)` and `b[j..j + m)` fold to the same word. */
function samePlainWord(a: string, i: number, end: number, b: string, j: number, m: number): boolean {
  if (end - i !== m) return false;
  for (; i < end; i++, j++) if (plainWordFold(a.charCodeAt(i)) !== plainWordFold(b.charCodeAt(j))) return false;
  return true;
}
